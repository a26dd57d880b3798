import type { ClaimStatusValue } from "./claim-transitions"

/** What became of a claim's device, as the handover receipt names it (R8.1-R8.5, R9). */
export type HandoverOutcome = "repaired" | "replaced" | "valued" | "returned_unrepaired" | "recycled"

/** The workshop has the device in hand, or had it: the intake receipt can be printed (R7.1). */
export function hasBeenReceived(claim: { received_on?: string | null }): boolean {
  return !!claim.received_on
}

/**
 * The service is over and the device leaves (or stays for recycling): ready for pickup, waiting
 * for or on its way back, refused or unrepairable, recycling, or closed.
 */
const HANDOVER_STATES: ClaimStatusValue[] = [
  "ready",
  "awaiting_return_details",
  "returning",
  "rejected",
  "unrepairable",
  "recycling",
  "closed",
]

type HandoverClaim = {
  status: string
  received_on?: string | null
  ready_at?: Date | string | null
  recycled_at?: Date | string | null
  resolution?: { option?: string | null } | null
  offer?: { status?: string; accepted_option?: string | null } | null
}

/**
 * The outcome a handover receipt prints, or null while there is nothing to hand over (not yet
 * received, still in service, or canceled). An accepted offer decides it (R8.2 replaced, R8.3
 * valued, R8.5 recycled unless the shopper wanted the device back); else a device marked ready
 * was repaired (R8.1) and any other one goes back unrepaired (R8.4, R9).
 */
export function handoverOutcome(claim: HandoverClaim): HandoverOutcome | null {
  if (!hasBeenReceived(claim) || !HANDOVER_STATES.includes(claim.status as ClaimStatusValue)) {
    return null
  }
  const option =
    claim.resolution?.option ?? (claim.offer?.status === "accepted" ? claim.offer.accepted_option : null) ?? null
  if (option === "replacement") {
    return "replaced"
  }
  if (option === "credit" || option === "credit_with_top_up" || option === "refund") {
    return "valued"
  }
  if (option === "trade_in" && (claim.status === "recycling" || claim.recycled_at)) {
    return "recycled"
  }
  if (claim.ready_at && option !== "trade_in") {
    return "repaired"
  }
  return "returned_unrepaired"
}
