import { ArrowDownTray } from "@medusajs/icons"
import { Button, Select, toast } from "@medusajs/ui"
import { useState } from "react"
import { type ClaimDocumentKind, useDownloadClaimDocument } from "../hooks/claim-documents"
import { errorMessage } from "../lib/format"
import type { AdminWarrantyClaimDetail, WarrantyClaimStatus, WarrantyLocale } from "../../types"

const LOCALE_LABELS: Record<WarrantyLocale, string> = { ro: "Română", en: "English" }

/** No parcel to label any more: the claim is over. */
const LABEL_DONE: WarrantyClaimStatus[] = ["closed", "canceled"]
/**
 * The service is over and the device leaves (or stays for recycling): what the handover
 * receipt route accepts too (`/admin/warranty-claims/:id/handover-receipt`).
 */
const HANDED_OVER: WarrantyClaimStatus[] = [
  "ready",
  "awaiting_return_details",
  "returning",
  "rejected",
  "unrepairable",
  "recycling",
  "closed",
]

const DOCUMENT_NAMES: Record<ClaimDocumentKind, string> = {
  label: "parcel label",
  "intake-receipt": "intake receipt",
  "handover-receipt": "handover receipt",
}

/**
 * The paper of a claim: the parcel label (R6.5), the intake receipt once the workshop has the
 * device, the handover receipt once it leaves. In the shopper's language unless the clerk picks
 * another one.
 */
export const ClaimDocuments = ({ claim }: { claim: AdminWarrantyClaimDetail }) => {
  const download = useDownloadClaimDocument()
  const [locale, setLocale] = useState<WarrantyLocale>(claim.locale)
  const received = claim.received_on !== null
  const documents: { kind: ClaimDocumentKind; label: string }[] = [
    ...(LABEL_DONE.includes(claim.status) ? [] : [{ kind: "label" as const, label: "Parcel label" }]),
    ...(received ? [{ kind: "intake-receipt" as const, label: "Intake receipt" }] : []),
    ...(received && HANDED_OVER.includes(claim.status)
      ? [{ kind: "handover-receipt" as const, label: "Handover receipt" }]
      : []),
  ]
  if (documents.length === 0) {
    return null
  }
  const pending = download.isPending ? download.variables?.kind : undefined

  const get = (kind: ClaimDocumentKind) =>
    download.mutate(
      { id: claim.id, ticket_number: claim.ticket_number, kind, locale },
      { onError: (e) => toast.error(`Could not download the ${DOCUMENT_NAMES[kind]}: ${errorMessage(e)}`) }
    )

  return (
    <div className="flex flex-wrap items-center gap-2">
      {documents.map((d) => (
        <Button
          key={d.kind}
          size="small"
          variant="secondary"
          isLoading={pending === d.kind}
          disabled={download.isPending && pending !== d.kind}
          onClick={() => get(d.kind)}
        >
          <ArrowDownTray />
          {d.label}
        </Button>
      ))}
      <Select size="small" value={locale} onValueChange={(v) => setLocale(v as WarrantyLocale)}>
        <Select.Trigger aria-label="Language of the documents" className="w-[110px]">
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {(Object.keys(LOCALE_LABELS) as WarrantyLocale[]).map((l) => (
            <Select.Item key={l} value={l}>
              {LOCALE_LABELS[l]}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
