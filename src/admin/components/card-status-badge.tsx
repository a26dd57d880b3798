import { StatusBadge } from "@medusajs/ui"
import { STATUS_COLORS, STATUS_LABELS } from "../lib/format"
import type { WarrantyCardStatus } from "../../types"

export const CardStatusBadge = ({ status }: { status: WarrantyCardStatus }) => (
  <StatusBadge color={STATUS_COLORS[status] ?? "grey"}>{STATUS_LABELS[status] ?? status}</StatusBadge>
)
