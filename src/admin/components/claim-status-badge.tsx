import { Badge, StatusBadge, Text } from "@medusajs/ui"
import { CLAIM_COVER_LABELS, CLAIM_COVER_SHORT_LABELS, CLAIM_STATUS_COLORS, CLAIM_STATUS_LABELS, formatDay } from "../lib/format"
import type {
  WarrantyClaimCover as ClaimCover,
  WarrantyCoverPeriod as ClaimCoverPeriod,
  WarrantyClaimStatus as ClaimStatus,
  AdminWarrantyClaim as WarrantyClaim,
} from "../../types"

export const ClaimStatusBadge = ({ status }: { status: ClaimStatus }) => (
  <StatusBadge color={CLAIM_STATUS_COLORS[status] ?? "grey"}>{CLAIM_STATUS_LABELS[status] ?? status}</StatusBadge>
)

export const OverdueBadge = () => <StatusBadge color="red">Overdue</StatusBadge>

/** A claim that is over: no due date runs any more. */
const ENDED: Partial<Record<ClaimStatus, string>> = { closed: "Closed", canceled: "Canceled" }

/**
 * The service due date (15-day legal limit or 30-day service period), in red with a badge once
 * it has passed; a closed or canceled claim shows that it ended instead of a running date.
 */
export const ClaimDueDate = ({
  claim,
}: {
  claim: Pick<WarrantyClaim, "due_on" | "overdue"> & { status?: ClaimStatus; closed_at?: string | null; canceled_at?: string | null }
}) => {
  const ended = claim.status ? ENDED[claim.status] : undefined
  if (ended) {
    const on = claim.status === "closed" ? claim.closed_at : claim.canceled_at
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted whitespace-nowrap" data-due="ended">
        {on ? `${ended} ${formatDay(on)}` : ended}
      </Text>
    )
  }
  if (!claim.due_on) {
    return (
      <Text size="small" leading="compact" className="text-ui-fg-muted whitespace-nowrap">
        Not received yet
      </Text>
    )
  }
  return (
    <div className="flex items-center gap-x-2 whitespace-nowrap">
      <Text size="small" leading="compact" className={claim.overdue ? "text-ui-fg-error" : undefined}>
        {formatDay(claim.due_on)}
      </Text>
      {claim.overdue && <OverdueBadge />}
    </div>
  )
}

/** R11.3: the free covers a claim is under, the main one in blue; "Paid service" when none applies. */
export const ClaimCovers = ({
  covers,
  cover,
  withUntil,
  short,
}: {
  covers: ClaimCoverPeriod[]
  cover: ClaimCover
  withUntil?: boolean
  /** Short names, for table cells. */
  short?: boolean
}) => {
  const labels = short ? CLAIM_COVER_SHORT_LABELS : CLAIM_COVER_LABELS
  if (!covers.length) {
    return <Badge size="2xsmall">{labels[cover] ?? labels.paid}</Badge>
  }
  return (
    <div className="flex flex-wrap gap-1">
      {covers.map((c) => (
        <Badge key={c.kind} size="2xsmall" color={c.kind === cover ? "blue" : "grey"}>
          {labels[c.kind] ?? c.kind}
          {withUntil && ` · until ${formatDay(c.until)}`}
        </Badge>
      ))}
    </div>
  )
}
