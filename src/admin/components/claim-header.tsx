import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useDownloadClaimLabel } from "../hooks/warranty-claims"
import { claimProductLabel, errorMessage, EXTENSION_REASON_LABELS, formatDay, serialLabel } from "../lib/format"
import type {
  WarrantyCoverPeriod as ClaimCoverPeriod,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { adminMoves, ClaimActions } from "./claim-actions"
import { ClaimField } from "./claim-section"
import { ClaimCovers, ClaimDueDate, ClaimStatusBadge } from "./claim-status-badge"

const DUE_BASIS_LABELS = {
  commercial: "30-day service period (R7.1)",
  legal: "15-day legal limit (R11.2)",
} as const

const sameCovers = (a: ClaimCoverPeriod[], b: ClaimCoverPeriod[]) =>
  a.length === b.length && a.every((c, i) => c.kind === b[i]?.kind && c.until === b[i]?.until)

/** Ticket, status, deadline and covers at a glance, the parcel label, and the moves open now. */
export const ClaimHeader = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const download = useDownloadClaimLabel()
  const filedCovers = claim.filed_covers ?? []
  const extensions = claim.extensions ?? []

  const downloadLabel = () =>
    download.mutate(
      { id: claim.id, ticket_number: claim.ticket_number, locale: claim.locale },
      { onError: (e) => toast.error(`Could not download the label: ${errorMessage(e)}`) }
    )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Heading>{claim.ticket_number}</Heading>
            <ClaimStatusBadge status={claim.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {claimProductLabel(claim)}
            {claim.serial_number && ` · ${serialLabel(claim.serial_number)}`}
          </Text>
        </div>
        <Button size="small" variant="secondary" isLoading={download.isPending} onClick={downloadLabel}>
          <ArrowDownTray />
          Parcel label
        </Button>
      </div>
      <ClaimField label="Due">
        <div className="flex flex-col gap-y-0.5">
          <ClaimDueDate claim={claim} />
          {claim.due_on && (
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              {extensions.length
                ? `Extended (R7.2): ${EXTENSION_REASON_LABELS[extensions[extensions.length - 1].reason] ?? ""}`
                : claim.due_basis && (DUE_BASIS_LABELS[claim.due_basis] ?? claim.due_basis)}
            </Text>
          )}
          {claim.received_on && (
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              Received {formatDay(claim.received_on)}
            </Text>
          )}
        </div>
      </ClaimField>
      <ClaimField label="Cover">
        <div className="flex flex-col gap-y-1">
          <ClaimCovers covers={claim.covers ?? []} cover={claim.cover} withUntil />
          {!sameCovers(claim.covers ?? [], filedCovers) && (
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              At filing:{" "}
              {filedCovers.length ? filedCovers.map((c) => `${c.kind} until ${formatDay(c.until)}`).join(", ") : "paid service"}
            </Text>
          )}
        </div>
      </ClaimField>
      {adminMoves(claim).length > 0 && (
        <div className="bg-ui-bg-subtle rounded-b-xl px-6 py-4">
          <ClaimActions claim={claim} />
        </div>
      )}
    </Container>
  )
}
