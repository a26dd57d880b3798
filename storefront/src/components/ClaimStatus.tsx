import { StatusBadge } from "@medusajs/ui"
import type { WarrantyCardStatus, WarrantyClaimStatus } from "medusa-plugin-warranty/client"
import { useLocale } from "../lib/i18n"

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Only the colour is chosen here; the words are the API's `status_label`. */
const CLAIM_COLORS: Partial<Record<WarrantyClaimStatus, Color>> = {
  awaiting_customer: "orange",
  awaiting_return_details: "orange",
  offered: "orange",
  rejected: "red",
  unrepairable: "red",
  closed: "grey",
  canceled: "grey",
  ready: "green",
  returning: "purple",
}

export function ClaimStatusBadge({ status, label }: { status: WarrantyClaimStatus; label: string }) {
  return (
    <StatusBadge color={CLAIM_COLORS[status] ?? "blue"} className="h-auto whitespace-normal py-0.5 text-left">
      {label}
    </StatusBadge>
  )
}

const CARD_COLORS: Record<WarrantyCardStatus, Color> = { active: "green", pending: "orange", expired: "grey", void: "red" }

export function CardStatusBadge({ status }: { status: WarrantyCardStatus }) {
  const { t } = useLocale()
  return <StatusBadge color={CARD_COLORS[status]}>{t.card.status[status]}</StatusBadge>
}
