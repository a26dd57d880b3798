/**
 * The one table that decides every move of a claim (R6-R9). Nothing else sets a claim's status:
 * the transition step looks the move up here, and a move that is not here is refused (409).
 */
import type { ClaimActor } from "../models/claim-event"
import type { ClaimStatus } from "../models/warranty-claim"

/** The model's statuses, as string values (the rules stay free of the database layer). */
export type ClaimStatusValue = `${ClaimStatus}`

export type ClaimMove =
  | "receive"
  | "cancel"
  | "diagnose"
  | "start_repair"
  | "quote"
  | "accept_quote"
  | "decline_quote"
  | "reject"
  | "mark_unrepairable"
  | "send_to_manufacturer"
  | "mark_ready"
  | "request_return_details"
  | "confirm_return_details"
  | "ship_return"
  | "close"
  | "extend"
  | "note"
  | "mark_overdue"
  | "make_offer"
  | "accept_offer"
  | "accept_trade_in"
  | "accept_trade_in_return"
  | "decline_offer"
  | "expire_offer"
  | "remind_offer"
  | "recycle"
  | "pay_fee"
  | "mark_fee_paid"
  | "waive_fee"

export type ClaimActorValue = `${ClaimActor}`

export type Transition = { from: ClaimStatusValue; move: ClaimMove; to: ClaimStatusValue; actor: ClaimActorValue }

/** The service clock runs in these states (R7.1, R11.2): a claim here past its due day is overdue. */
export const CLOCK_STATES: ClaimStatusValue[] = ["received", "diagnosing", "awaiting_customer", "repairing", "at_manufacturer"]

const OPEN_STATES: ClaimStatusValue[] = [
  "submitted",
  "received",
  "diagnosing",
  "awaiting_customer",
  "repairing",
  "at_manufacturer",
  "ready",
  "awaiting_return_details",
  "rejected",
  "offered",
  "recycling",
]

const ALL_STATES: ClaimStatusValue[] = [...OPEN_STATES, "returning", "unrepairable", "closed", "canceled"]

/** Where a diagnostic fee can be due (R8.4): settled before the device leaves. */
const FEE_STATES: ClaimStatusValue[] = ["rejected", "returning"]

const edge = (from: ClaimStatusValue, move: ClaimMove, to: ClaimStatusValue, actor: ClaimActorValue): Transition => ({
  from,
  move,
  to,
  actor,
})
const stay = (states: ClaimStatusValue[], move: ClaimMove, actor: ClaimActorValue) =>
  states.map((s) => edge(s, move, s, actor))

export const CLAIM_TRANSITIONS: readonly Transition[] = [
  edge("submitted", "receive", "received", "admin"),
  // R6.1: the shopper may withdraw a claim until the workshop has the device.
  edge("submitted", "cancel", "canceled", "customer"),
  edge("received", "diagnose", "diagnosing", "admin"),
  // R8.1: covered, the shop repairs at its own cost.
  edge("diagnosing", "start_repair", "repairing", "admin"),
  // R7.3: a paid repair waits for the shopper's yes.
  edge("diagnosing", "quote", "awaiting_customer", "admin"),
  // R9: not covered, with a reason.
  edge("diagnosing", "reject", "rejected", "admin"),
  edge("diagnosing", "mark_unrepairable", "unrepairable", "admin"),
  // R8.5: a shopper who wants the device back gets it back.
  edge("unrepairable", "ship_return", "returning", "admin"),
  edge("unrepairable", "close", "closed", "admin"),
  // R8.2, R8.3, R8.5: a resolution offer when repair is impossible (or, R8.5, too costly after a quote);
  // a new offer replaces an open one.
  edge("diagnosing", "make_offer", "offered", "admin"),
  edge("unrepairable", "make_offer", "offered", "admin"),
  edge("awaiting_customer", "make_offer", "offered", "admin"),
  edge("offered", "make_offer", "offered", "admin"),
  // R8.2 replacement, R8.3 credit / credit with top-up / refund: settled by the acceptance itself.
  edge("offered", "accept_offer", "closed", "customer"),
  // R8.5: the credit is issued and the broken device is recycled at no cost ...
  edge("offered", "accept_trade_in", "recycling", "customer"),
  // ... or sent back, free when the shopper bought another device.
  edge("offered", "accept_trade_in_return", "returning", "customer"),
  // Declined or expired: the device goes back at the shopper's cost (R6.2).
  edge("offered", "decline_offer", "returning", "customer"),
  edge("offered", "expire_offer", "returning", "system"),
  edge("offered", "remind_offer", "offered", "system"),
  // R8.5: recycled free of charge, only once the shopper accepted the trade-in.
  edge("recycling", "recycle", "closed", "admin"),
  // The shopper changed their mind before the device was recycled.
  edge("recycling", "ship_return", "returning", "admin"),
  edge("awaiting_customer", "accept_quote", "repairing", "customer"),
  // R8.4: a declined quote makes the diagnostic fee due and the device goes back.
  edge("awaiting_customer", "decline_quote", "returning", "customer"),
  // R7.2
  edge("repairing", "send_to_manufacturer", "at_manufacturer", "admin"),
  edge("at_manufacturer", "start_repair", "repairing", "admin"),
  edge("repairing", "mark_ready", "ready", "admin"),
  // R7.4: the shopper is asked where to send it.
  edge("ready", "request_return_details", "awaiting_return_details", "system"),
  // A drop-off device handed over at the counter.
  edge("ready", "close", "closed", "admin"),
  edge("awaiting_return_details", "close", "closed", "admin"),
  // R7.4: shipped only once the shopper confirmed the address (guarded in the step).
  edge("awaiting_return_details", "ship_return", "returning", "admin"),
  edge("rejected", "ship_return", "returning", "admin"),
  edge("rejected", "close", "closed", "admin"),
  // After a declined quote the claim is `returning` before the parcel leaves.
  edge("returning", "ship_return", "returning", "admin"),
  edge("returning", "close", "closed", "admin"),
  // R7.2: extensions while the clock runs.
  ...stay(CLOCK_STATES, "extend", "admin"),
  ...stay(CLOCK_STATES, "mark_overdue", "system"),
  ...stay(OPEN_STATES.concat("returning", "unrepairable"), "confirm_return_details", "customer"),
  ...stay(ALL_STATES, "note", "admin"),
  // R8.4: a due fee is paid online, paid at the counter or waived with a reason.
  ...stay(FEE_STATES, "pay_fee", "customer"),
  ...stay(FEE_STATES, "mark_fee_paid", "admin"),
  ...stay(FEE_STATES, "waive_fee", "admin"),
]

export function findTransition(
  from: string,
  move: ClaimMove,
  actor: ClaimActorValue
): Transition | undefined {
  return CLAIM_TRANSITIONS.find((t) => t.from === from && t.move === move && t.actor === actor)
}

/** The moves an actor may make from a status, in table order, without repeats. */
export function allowedMoves(from: string, actor?: ClaimActorValue): ClaimMove[] {
  const moves = CLAIM_TRANSITIONS.filter((t) => t.from === from && (!actor || t.actor === actor)).map((t) => t.move)
  return [...new Set(moves)]
}

/** The event name a move emits. */
export const CLAIM_MOVE_EVENTS: Record<ClaimMove, string> = {
  receive: "warranty_claim.received",
  cancel: "warranty_claim.canceled",
  diagnose: "warranty_claim.diagnosed",
  start_repair: "warranty_claim.repair_started",
  quote: "warranty_claim.quoted",
  accept_quote: "warranty_claim.quote_accepted",
  decline_quote: "warranty_claim.quote_declined",
  reject: "warranty_claim.rejected",
  mark_unrepairable: "warranty_claim.unrepairable",
  send_to_manufacturer: "warranty_claim.sent_to_manufacturer",
  mark_ready: "warranty_claim.ready",
  request_return_details: "warranty_claim.return_details_requested",
  confirm_return_details: "warranty_claim.return_details_confirmed",
  ship_return: "warranty_claim.return_shipped",
  close: "warranty_claim.closed",
  extend: "warranty_claim.extended",
  note: "warranty_claim.note_added",
  mark_overdue: "warranty_claim.overdue",
  make_offer: "warranty_claim.offer_made",
  accept_offer: "warranty_claim.offer_accepted",
  accept_trade_in: "warranty_claim.offer_accepted",
  accept_trade_in_return: "warranty_claim.offer_accepted",
  decline_offer: "warranty_claim.offer_declined",
  expire_offer: "warranty_claim.offer_expired",
  remind_offer: "warranty_claim.offer_expiring",
  recycle: "warranty_claim.recycled",
  pay_fee: "warranty_claim.fee_paid",
  mark_fee_paid: "warranty_claim.fee_paid",
  waive_fee: "warranty_claim.fee_waived",
}

/** Emitted when a fee becomes due (R8.4), beside the move's own event. */
export const CLAIM_FEE_DUE_EVENT = "warranty_claim.fee_due"
/** Emitted when a claim ends by an outcome (R8.2-R8.5), beside the move's own event. */
export const CLAIM_RESOLVED_EVENT = "warranty_claim.resolved"

export const CLAIM_SUBMITTED_EVENT = "warranty_claim.submitted"
