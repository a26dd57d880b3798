import { Container, Heading, Text, Tooltip } from "@medusajs/ui"
import { CLAIM_COVER_LABELS, claimProductLabel, EXTENSION_REASON_LABELS, formatDay, serialLabel } from "../lib/format"
import type {
  WarrantyCoverPeriod as ClaimCoverPeriod,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { adminMoves, ClaimActions } from "./claim-actions"
import { ClaimDocuments } from "./claim-documents"
import { ClaimField } from "./claim-section"
import { ClaimCovers, ClaimDueDate, ClaimStatusBadge } from "./claim-status-badge"

/** What the due date is counted from, in the shop's words; the rule in a tooltip. */
const DUE_BASIS = {
  commercial: { label: "30-day service period", rule: "R7.1" },
  legal: { label: "15-day legal limit", rule: "R11.2" },
} as const

const ENDED = ["closed", "canceled"]

const sameCovers = (a: ClaimCoverPeriod[], b: ClaimCoverPeriod[]) =>
  a.length === b.length && a.every((c, i) => c.kind === b[i]?.kind && c.until === b[i]?.until)

/**
 * Ticket, status, deadline and covers at a glance, the claim's documents (secondary), and the
 * moves open now. A closed or canceled claim shows no running due date.
 */
export const ClaimHeader = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const filedCovers = claim.filed_covers ?? []
  const extensions = claim.extensions ?? []
  const ended = ENDED.includes(claim.status)
  const basis = claim.due_basis ? DUE_BASIS[claim.due_basis] : undefined

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
        <ClaimDocuments claim={claim} />
      </div>
      <ClaimField label="Due">
        <div className="flex flex-col gap-y-0.5">
          <ClaimDueDate claim={claim} />
          {claim.due_on && !ended && (
            <Tooltip content={extensions.length ? "R7.2" : (basis?.rule ?? "")}>
              <Text size="xsmall" leading="compact" className="text-ui-fg-subtle w-fit">
                {extensions.length
                  ? `Extended: ${EXTENSION_REASON_LABELS[extensions[extensions.length - 1].reason] ?? ""}`
                  : basis?.label}
              </Text>
            </Tooltip>
          )}
          {claim.due_on && ended && (
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              Was due {formatDay(claim.due_on)}
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
              {filedCovers.length
                ? filedCovers.map((c) => `${CLAIM_COVER_LABELS[c.kind] ?? c.kind} until ${formatDay(c.until)}`).join(", ")
                : CLAIM_COVER_LABELS.paid}
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
