import { inEveryLocale, isLocale, type Locale } from "../../../i18n"
import type { ExclusionReason, ExtensionReason } from "../codes"
import { assessCovers, Cover, CoverCard, feeAllowed, mainCover, serviceDue } from "./claim-covers"
import { allowedMoves, ClaimActorValue, ClaimMove, findTransition, ClaimStatusValue } from "./claim-transitions"
import { CalendarDate, instantAfterDays } from "./dates"
import { hasBattery } from "./has-battery"
import { diagnosticFeeFor } from "./fees"
import { Offer, OfferKind, OfferOption, OPTIONS_BY_KIND, RecordedAnswer, Resolution, TradeInReason, ValueBasis } from "./claim-offers"

export type { Resolution } from "./claim-offers"

export type Address = {
  address_1: string
  address_2?: string | null
  city: string
  postal_code: string
  province?: string | null
  country_code: string
}
/** R6.5: who the label names as sender (and, R7.4, where the device goes back). */
export type ClaimContact = { name: string; contact_person: string; phone: string; address: Address }
export type Money = { amount: number; currency_code: string }
export type Fee = Money & {
  kind: "diagnostic"
  status: "due" | "paid" | "waived"
  reason: string
  created_at: string
  /** R8.4: the Medusa payment collection the shopper pays online. */
  payment_collection_id?: string | null
  payment_id?: string | null
  settled_at?: string | null
  settled_via?: "online" | "counter" | "waiver" | null
  /** A till receipt number (counter) or the waiver's reason. */
  reference?: string | null
}
export type Quote = Money & {
  parts_to_order: string[]
  estimated_days: number
  /** R8.4: the fee in the order's currency; null when the shop set none for it (declining makes no fee due). */
  diagnostic_fee: Money | null
  decision: "pending" | "accepted" | "declined"
  decided_at: string | null
}

/** What a move needs to know about the claim. */
export type PlannedClaim = {
  id: string
  status: ClaimStatusValue | string
  delivery_method: "drop_off" | "courier" | string
  defects: string[]
  covers: Cover[]
  due_on: CalendarDate | null
  received_on: CalendarDate | null
  filed_on: CalendarDate
  exclusion_reason: string | null
  diagnosis: { covered: boolean } | null
  quote: Quote | null
  fees: Fee[] | null
  extensions: { reason: ExtensionReason; due_on: CalendarDate; note: string | null; created_at: string }[] | null
  return_details: { confirmed_at: string } | null
  return_shipment: { shipped_at: string } | null
  offer?: Offer | null
  resolution?: Resolution | null
  locale: Locale | string
  /** The order's currency (lower case): quotes default to it and fees are charged in it (R8.4). */
  order_currency_code?: string | null
}

export type MoveInput = {
  receive: {
    accessories_received?: string[]
    original_packaging: boolean
    seals_intact: boolean
    damage_notes?: string | null
    battery_percent?: number | null
  }
  cancel: { reason?: string | null }
  diagnose: {
    findings: string
    covered: boolean
    exclusion_reason?: ExclusionReason | null
    battery_finding?: "failure" | "wear" | null
  }
  start_repair: { note?: string | null }
  quote: {
    amount: number
    currency_code: string
    parts_to_order?: string[]
    estimated_days: number
    /** Needed to quote in another currency than the order's. */
    confirm_other_currency?: boolean
  }
  /** `recorded`: staff record the shopper's answer (counter, phone, e-mail); the log keeps who and how. */
  accept_quote: { recorded?: RecordedAnswer }
  decline_quote: { recorded?: RecordedAnswer }
  reject: { reason: ExclusionReason; note?: string | null; charge_diagnostic_fee?: boolean }
  mark_unrepairable: { note: string }
  send_to_manufacturer: { note?: string | null }
  mark_ready: { note?: string | null; battery_percent?: number | null }
  request_return_details: Record<string, never>
  confirm_return_details: { name: string; phone: string; address: Address }
  ship_return: { carrier: string; tracking_number: string }
  close: { note?: string | null }
  extend: { reason: ExtensionReason; due_on: CalendarDate; note?: string | null }
  note: { note: string; visible_to_customer?: boolean }
  mark_overdue: Record<string, never>
  make_offer: {
    kind: OfferKind
    value?: Money | null
    basis?: ValueBasis | null
    basis_note?: string | null
    trade_in_reason?: TradeInReason | null
    replacement_variant_id?: string | null
    /** Set by the offer workflow: the reservations holding the replacement unit. */
    reservation_ids?: string[]
    /** Set by the offer workflow: the replacement's names, for the offer and its log entry. */
    product_id?: string | null
    product_title?: string | null
    variant_title?: string | null
    sku?: string | null
    suggested_product_ids?: string[]
    expires_at?: string | null
    note?: string | null
  }
  accept_offer: OfferChoice
  accept_trade_in: OfferChoice
  accept_trade_in_return: OfferChoice
  decline_offer: { reason?: string | null; recorded?: RecordedAnswer }
  expire_offer: Record<string, never>
  remind_offer: Record<string, never>
  recycle: { note?: string | null }
  /** `payment_id` is known when an earlier attempt already captured; otherwise it is put on the fee after the capture. */
  pay_fee: { payment_collection_id: string; payment_id: string | null }
  mark_fee_paid: { reference?: string | null }
  waive_fee: { reason: string }
}

/** The shopper's answer to an offer; the product is looked up in the catalogue before planning. */
export type OfferChoice = {
  option: OfferOption
  product_id?: string | null
  variant_id?: string | null
  /** The offer the caller read (its `made_at`): an offer replaced meanwhile is not accepted blind. */
  offer_made_at?: string | null
  /** Staff record the shopper's answer (counter, phone, e-mail). */
  recorded?: RecordedAnswer
}

export type MoveSettings = {
  today: CalendarDate
  now: string
  legal_guarantee_months: number
  service_days: number
  legal_remedy_days: number
  legal_remedy_day_unit: "calendar" | "working"
  legal_remedy_from?: "receipt" | "filing"
  /** R8.4: one fee per currency; a claim is charged the one in its order's currency. */
  diagnostic_fee: Money[]
  offer_valid_days?: number
  trade_in_repair_cost_share?: number
}

export type MovePlan = {
  from: string
  to: ClaimStatusValue
  patch: Record<string, unknown>
  /** What the event log keeps of this move. */
  data: Record<string, unknown>
  visible_to_customer: boolean
  /** An intake or after-repair battery reading for the card's history (R4.6, R11.4). */
  battery_reading: { percent: number | null; source: "intake" | "repair" } | null
  /** R8.4: a fee this move made due (the workflow opens its payment collection). */
  fee_due: Fee | null
  /** The claim ends by an outcome (R8.2-R8.5). */
  resolved: boolean
  /** R8.2: reservations of a replacement unit to let go (the offer holding them ended). */
  release_reservation_ids: string[]
}

/** Why a move is refused: `conflict` when the table has no such move, `invalid` when a guard says no. */
export class ClaimMoveError extends Error {
  constructor(
    readonly kind: "conflict" | "invalid",
    message: string
  ) {
    super(message)
  }
}

const invalid = (message: string) => new ClaimMoveError("invalid", message)

/**
 * The guards that depend on the claim alone, not on what the caller sends: `planClaimMove`
 * applies them, and readers are offered only the moves that pass them.
 */
export function claimStateProblem(claim: PlannedClaim, move: ClaimMove): ClaimMoveError | null {
  switch (move) {
    case "start_repair":
      // R8.1: from diagnosis only when it found the defect covered; a paid repair starts from an accepted quote.
      return claim.status === "diagnosing" && !claim.diagnosis?.covered
        ? invalid("status: the diagnosis did not find the defect covered; send a quote (R7.3) or reject it (R9)")
        : null
    case "quote":
      // R8.4, R11.3: no charge while a free cover applies, unless staff recorded an R9 exclusion.
      return feeAllowed(claim.covers, claim.exclusion_reason)
        ? null
        : invalid(
            `amount: no quote or fee may be charged while a free cover applies (${claim.covers.map((c) => c.kind).join(", ")}) and no R9 exclusion was recorded`
          )
    case "accept_quote":
    case "decline_quote":
      return claim.quote ? null : invalid("quote: the claim has no quote to answer")
    case "request_return_details":
      // R7.4 concerns a parcel; a drop-off device is collected at the counter.
      return claim.delivery_method === "courier"
        ? null
        : invalid("delivery_method: a drop-off claim is collected at the counter, no return details are asked")
    case "confirm_return_details":
      return claim.return_shipment ? invalid("return_details: the device has already been shipped back") : null
    case "ship_return":
      if (claim.return_shipment) {
        return new ClaimMoveError("conflict", "The device has already been shipped back.")
      }
      if (dueFees(claim).length) {
        return feesDueProblem(claim)
      }
      // R7.4: sent back only after the shopper confirmed where.
      return claim.return_details
        ? null
        : invalid("return_details: the shopper has not confirmed the return address and phone yet (R7.4)")
    case "close":
      if (dueFees(claim).length) {
        return feesDueProblem(claim)
      }
      if (["ready", "rejected", "unrepairable"].includes(claim.status) && claim.delivery_method !== "drop_off") {
        return invalid("status: a courier claim is closed after the return is shipped (R7.4)")
      }
      if (claim.status === "returning" && !claim.return_shipment && claim.delivery_method !== "drop_off") {
        return invalid("status: ship the device back before closing the claim")
      }
      return null
    case "accept_offer":
    case "accept_trade_in":
    case "accept_trade_in_return":
    case "decline_offer":
    case "expire_offer":
    case "remind_offer":
      return claim.offer?.status === "open" ? null : new ClaimMoveError("conflict", "The claim has no open offer.")
    case "pay_fee":
    case "mark_fee_paid":
    case "waive_fee":
      return dueFees(claim).length ? null : invalid("fees: no fee is due on this claim")
    default:
      return null
  }
}

/** R8.4: the fees still owed. */
export function dueFees(claim: Pick<PlannedClaim, "fees">): Fee[] {
  return (claim.fees ?? []).filter((f) => f.status === "due")
}

function feesDueProblem(claim: PlannedClaim): ClaimMoveError {
  const owed = dueFees(claim)
    .map((f) => `${f.amount} ${f.currency_code.toUpperCase()}`)
    .join(" + ")
  return invalid(`fees: the diagnostic fee (${owed}) is due; the device goes back only once it is paid or waived (R8.4)`)
}

/** The move that records the shopper's choice: a trade-in keeps or returns the device (R8.5). */
export function acceptMoveFor(option: OfferOption, return_device: boolean): "accept_offer" | "accept_trade_in" | "accept_trade_in_return" {
  if (option !== "trade_in") {
    return "accept_offer"
  }
  return return_device ? "accept_trade_in_return" : "accept_trade_in"
}

function settleFees(claim: PlannedClaim, settle: (f: Fee) => Fee | null): { fees: Fee[]; settled: Fee[] } {
  const settled: Fee[] = []
  const fees = (claim.fees ?? []).map((f) => {
    const next = f.status === "due" ? settle(f) : null
    if (next) {
      settled.push(next)
    }
    return next ?? f
  })
  return { fees, settled }
}

/** The moves an actor can make on this claim now: in the table and passing the claim's own guards. */
export function availableMoves(claim: PlannedClaim, actor: ClaimActorValue): ClaimMove[] {
  return allowedMoves(claim.status, actor).filter((m) => !claimStateProblem(claim, m))
}

/**
 * R4.6, R11.4: only a reading someone took goes into the card's history: no percentage, no
 * reading; and a unit without a battery (an accessory, R5.2) takes none.
 */
function enteredReading(
  card: CoverCard & { battery_days?: number },
  percent: number | null | undefined,
  source: "intake" | "repair"
): MovePlan["battery_reading"] {
  if (typeof percent !== "number") {
    return null
  }
  if (!hasBattery(card)) {
    throw invalid("battery_percent: this product has no battery (an accessory); leave the battery reading out")
  }
  return { percent, source }
}

/** Staff-only moves and notes stay off the shopper's timeline. */
const HIDDEN_MOVES: ClaimMove[] = ["note", "mark_overdue", "send_to_manufacturer"]

/**
 * Plans one move: the table decides whether it may happen (409 otherwise), the guards below
 * whether the data allows it (400), and the result says what to write. Pure: the transition
 * step writes the plan and the event in one locked transaction.
 */
export function planClaimMove<M extends ClaimMove>(
  claim: PlannedClaim,
  card: CoverCard,
  move: M,
  actor: ClaimActorValue,
  input: MoveInput[M],
  settings: MoveSettings
): MovePlan {
  const transition = findTransition(claim.status, move, actor)
  if (!transition) {
    throw new ClaimMoveError("conflict", `A claim in status "${claim.status}" cannot be moved by "${move}".`)
  }
  const problem = claimStateProblem(claim, move)
  if (problem) {
    throw problem
  }
  const plan: MovePlan = {
    from: claim.status,
    to: transition.to,
    patch: {},
    data: {},
    visible_to_customer: !HIDDEN_MOVES.includes(move),
    battery_reading: null,
    fee_due: null,
    resolved: false,
    release_reservation_ids: [],
  }
  const now = settings.now
  const locale: Locale = isLocale(claim.locale) ? claim.locale : "ro"

  switch (move) {
    case "receive": {
      const i = input as MoveInput["receive"]
      // R7.1, R11.2: the clock starts the day the workshop has the device.
      const due = serviceDue(settings.today, claim.covers, settings, claim.filed_on)
      plan.patch = {
        received_on: settings.today,
        received_at: now,
        ...due,
        intake: {
          accessories_received: i.accessories_received ?? [],
          original_packaging: i.original_packaging,
          seals_intact: i.seals_intact,
          damage_notes: i.damage_notes ?? null,
          battery_percent: i.battery_percent ?? null,
        },
      }
      plan.data = { ...(plan.patch.intake as object), due_on: due.due_on, due_basis: due.due_basis }
      plan.battery_reading = enteredReading(card, i.battery_percent, "intake")
      break
    }
    case "cancel": {
      const i = input as MoveInput["cancel"]
      plan.patch = { canceled_at: now }
      plan.data = { reason: i.reason ?? null }
      break
    }
    case "diagnose": {
      const i = input as MoveInput["diagnose"]
      // R11.3: covers are assessed again with what the diagnosis found (R4.4: battery wear), on the
      // filing day: a cover that applied when the shopper told the shop is not lost because the
      // workshop diagnosed the device later.
      const assessed = assessCovers(card, claim.defects, claim.filed_on, settings, locale, i.battery_finding ?? null)
      if (i.covered && !assessed.covered) {
        throw invalid(`covered: no free cover applied on the filing day ${claim.filed_on}; diagnose it as not covered (a paid repair or an R9 reason)`)
      }
      if (i.covered && i.exclusion_reason) {
        throw invalid("exclusion_reason: a covered diagnosis cannot carry an R9 exclusion")
      }
      if (!i.covered && assessed.covered && !i.exclusion_reason) {
        throw invalid(
          `exclusion_reason: a free cover applies (${assessed.covers.map((c) => c.kind).join(", ")}); give the R9 reason it is not covered`
        )
      }
      const due =
        claim.received_on && !claim.extensions?.length ? serviceDue(claim.received_on, assessed.covers, settings, claim.filed_on) : null
      plan.patch = {
        diagnosis: {
          findings: i.findings,
          covered: i.covered,
          exclusion_reason: i.exclusion_reason ?? null,
          battery_finding: i.battery_finding ?? null,
          // What would apply if the shopper filed today: on record for staff, not what binds the claim.
          covers_on_diagnosis_day: assessCovers(card, claim.defects, settings.today, settings, locale, i.battery_finding ?? null).covers,
          diagnosed_on: settings.today,
        },
        exclusion_reason: i.exclusion_reason ?? null,
        covers: assessed.covers,
        cover: mainCover(assessed.covers),
        diagnosed_at: now,
        ...(due ?? {}),
      }
      plan.data = { ...(plan.patch.diagnosis as object), covers: assessed.covers }
      break
    }
    case "start_repair": {
      const i = input as MoveInput["start_repair"]
      // R8.1: from diagnosis only when it found the defect covered; a paid repair starts from an accepted quote.
      plan.patch = { repair_started_at: now }
      plan.data = { note: i.note ?? null }
      break
    }
    case "quote": {
      const i = input as MoveInput["quote"]
      // R8.4, R11.3: no charge while a free cover applies, unless staff recorded an R9 exclusion.
      const currency_code = i.currency_code.toLowerCase()
      const order_currency = claim.order_currency_code?.toLowerCase() ?? null
      if (order_currency && currency_code !== order_currency && !i.confirm_other_currency) {
        throw invalid(
          `currency_code: the order was paid in ${order_currency.toUpperCase()}; quote in ${order_currency.toUpperCase()}, or confirm a quote in ${currency_code.toUpperCase()} with confirm_other_currency`
        )
      }
      const quote: Quote = {
        amount: i.amount,
        currency_code,
        parts_to_order: i.parts_to_order ?? [],
        estimated_days: i.estimated_days,
        // R8.4: the fee is in the order's currency, whatever the quote's.
        diagnostic_fee: diagnosticFeeFor(settings.diagnostic_fee, order_currency ?? currency_code),
        decision: "pending",
        decided_at: null,
      }
      plan.patch = { quote, quoted_at: now }
      plan.data = { ...quote }
      break
    }
    case "accept_quote": {
      // R7.3: parts not in stock are ordered only now.
      plan.patch = { quote: { ...(claim.quote as Quote), decision: "accepted", decided_at: now } }
      plan.data = { parts_to_order: claim.quote?.parts_to_order ?? [] }
      break
    }
    case "decline_quote": {
      // R8.4: the diagnostic fee becomes due; the device goes back at the shopper's cost.
      const quote = claim.quote as Quote
      // With no fee set in the order's currency, none is made due (never one in another currency).
      const fee: Fee | null = quote.diagnostic_fee
        ? { kind: "diagnostic", ...quote.diagnostic_fee, status: "due", reason: "quote_declined", created_at: now }
        : null
      plan.patch = {
        quote: { ...quote, decision: "declined", decided_at: now },
        fees: fee ? [...(claim.fees ?? []), fee] : (claim.fees ?? []),
      }
      plan.data = { fee }
      plan.fee_due = fee
      break
    }
    case "reject": {
      const i = input as MoveInput["reject"]
      const fees = [...(claim.fees ?? [])]
      if (i.charge_diagnostic_fee) {
        // An R9 reason is on record, so the fee is allowed (R8.4, R11.3); it is the one in the order's currency.
        const currency = claim.order_currency_code ?? claim.quote?.currency_code ?? null
        const fee = diagnosticFeeFor(settings.diagnostic_fee, currency)
        if (!fee) {
          throw invalid(
            `charge_diagnostic_fee: the shop set no diagnostic fee in ${currency ? currency.toUpperCase() : "the order's currency"} (plugin option diagnostic_fee); reject without the fee`
          )
        }
        plan.fee_due = { kind: "diagnostic", ...fee, status: "due", reason: "rejected", created_at: now }
        fees.push(plan.fee_due)
      }
      plan.patch = {
        // The R9 wording the shopper was given is kept with the claim, as a record.
        rejection: { reason: i.reason, note: i.note ?? null, text: inEveryLocale((t) => t.claim.exclusion_reason[i.reason]) },
        exclusion_reason: i.reason,
        fees,
      }
      plan.data = { reason: i.reason, note: i.note ?? null, fee_charged: !!i.charge_diagnostic_fee }
      break
    }
    case "mark_unrepairable": {
      const i = input as MoveInput["mark_unrepairable"]
      plan.data = { note: i.note }
      break
    }
    case "send_to_manufacturer": {
      const i = input as MoveInput["send_to_manufacturer"]
      plan.data = { note: i.note ?? null }
      break
    }
    case "mark_ready": {
      const i = input as MoveInput["mark_ready"]
      // R7.6: the card's end date does not move (an option may extend it; see the workflow).
      plan.patch = { ready_at: now }
      plan.data = { note: i.note ?? null, battery_percent: i.battery_percent ?? null }
      plan.battery_reading = enteredReading(card, i.battery_percent, "repair")
      break
    }
    case "request_return_details":
      break
    case "confirm_return_details": {
      const i = input as MoveInput["confirm_return_details"]
      plan.patch = { return_details: { ...i, confirmed_at: now } }
      plan.data = { ...i }
      break
    }
    case "ship_return": {
      const i = input as MoveInput["ship_return"]
      // R6.2: return shipping is the shopper's, except R8.5: a trade-in shopper who bought another device.
      const paid_by =
        claim.offer?.status === "accepted" && claim.offer.accepted_option === "trade_in" && claim.resolution?.device_bought_order_id
          ? "shop"
          : "customer"
      plan.patch = { return_shipment: { ...i, paid_by, shipped_at: now }, returned_at: now }
      plan.data = { ...i, paid_by }
      break
    }
    case "close": {
      const i = input as MoveInput["close"]
      plan.patch = { closed_at: now }
      plan.data = { note: i.note ?? null }
      // A trade-in device sent back: the outcome was the credit (R8.5).
      plan.resolved = claim.offer?.status === "accepted"
      break
    }
    case "extend": {
      const i = input as MoveInput["extend"]
      // R7.2: an extension records its reason and sets a later due date.
      if (claim.due_on && i.due_on <= claim.due_on) {
        throw invalid(`due_on: must be after the current due date ${claim.due_on}`)
      }
      if (i.due_on < settings.today) {
        throw invalid(`due_on: must not be in the past (today is ${settings.today})`)
      }
      const extension = { reason: i.reason, due_on: i.due_on, note: i.note ?? null, previous_due_on: claim.due_on, created_at: now }
      // A new due date may pass again: the overdue job will then tell the shopper again.
      plan.patch = { due_on: i.due_on, extensions: [...(claim.extensions ?? []), extension], overdue_notified_at: null }
      plan.data = { ...extension }
      break
    }
    case "note": {
      const i = input as MoveInput["note"]
      plan.visible_to_customer = !!i.visible_to_customer
      plan.data = { note: i.note }
      break
    }
    case "mark_overdue": {
      plan.patch = { overdue_notified_at: now }
      plan.data = { due_on: claim.due_on }
      break
    }
    case "make_offer": {
      const offer = planOffer(claim, input as MoveInput["make_offer"], settings)
      plan.patch = { offer, offer_expires_at: offer.expires_at, offer_reminded_at: null }
      plan.data = { ...offer, replaced_offer: claim.offer?.status === "open" ? claim.offer : null }
      // A replaced open offer lets go of the unit it held.
      plan.release_reservation_ids = claim.offer?.status === "open" ? (claim.offer.reservation_ids ?? []) : []
      break
    }
    case "accept_offer":
    case "accept_trade_in":
    case "accept_trade_in_return": {
      const i = input as OfferChoice
      const offer = claim.offer as Offer
      if (i.offer_made_at && i.offer_made_at !== offer.made_at) {
        throw new ClaimMoveError("conflict", "The offer was replaced while you answered it; read the new offer.")
      }
      if (Date.parse(now) >= Date.parse(offer.expires_at)) {
        throw invalid(`offer: the offer expired at ${offer.expires_at}; the device goes back to you`)
      }
      if (!offer.options.includes(i.option)) {
        throw invalid(`option: this offer allows ${offer.options.join(", ")}, not "${i.option}"`)
      }
      if (acceptMoveFor(i.option, move === "accept_trade_in_return") !== move) {
        throw invalid(`option: "${i.option}" is not answered by "${move}"`)
      }
      if (i.option === "credit_with_top_up" && !i.variant_id) {
        // R8.3 (b): the credit goes onto a cart with the dearer product.
        throw invalid("product_id: choose the product to buy with the credit, paying the difference (R8.3 b)")
      }
      if (i.option === "replacement" && !offer.replacement_variant_id) {
        throw invalid("option: the offer names no replacement unit")
      }
      const accepted: Offer = {
        ...offer,
        status: "accepted",
        decided_at: now,
        accepted_option: i.option,
        return_device: move === "accept_trade_in_return",
      }
      const resolution: Resolution = { option: i.option, product_id: i.product_id ?? null, variant_id: i.variant_id ?? null }
      plan.patch = { offer: accepted, offer_expires_at: null, resolution, resolved_at: now }
      if (move === "accept_offer") {
        // R8.2, R8.3: Medusa carries out the outcome in the same run; the claim is done.
        plan.patch.closed_at = now
        plan.resolved = true
      }
      plan.data = { option: i.option, product_id: i.product_id ?? null, variant_id: i.variant_id ?? null, return_device: accepted.return_device }
      break
    }
    case "decline_offer":
    case "expire_offer": {
      const i = input as MoveInput["decline_offer"]
      // The device goes back at the shopper's cost (R6.2, R8.5).
      const ended: Offer = {
        ...(claim.offer as Offer),
        status: move === "decline_offer" ? "declined" : "expired",
        decided_at: now,
        decline_reason: move === "decline_offer" ? (i.reason ?? null) : null,
      }
      plan.patch = { offer: ended, offer_expires_at: null }
      plan.data = { kind: ended.kind, reason: ended.decline_reason, expires_at: ended.expires_at }
      plan.release_reservation_ids = ended.reservation_ids ?? []
      break
    }
    case "remind_offer": {
      plan.patch = { offer_reminded_at: now }
      plan.data = { expires_at: claim.offer?.expires_at ?? null }
      break
    }
    case "recycle": {
      const i = input as MoveInput["recycle"]
      // R8.5: recycled free of charge.
      plan.patch = { recycled_at: now, closed_at: now, resolved_at: now, resolution: { ...(claim.resolution ?? {}), recycled_at: now } }
      plan.data = { note: i.note ?? null, cost: 0 }
      plan.resolved = true
      break
    }
    case "pay_fee": {
      const i = input as MoveInput["pay_fee"]
      const { fees, settled } = settleFees(claim, (f) =>
        f.payment_collection_id === i.payment_collection_id
          ? { ...f, status: "paid", settled_at: now, settled_via: "online", payment_id: i.payment_id ?? null }
          : null
      )
      if (!settled.length) {
        throw invalid("payment_collection_id: no due fee is paid through this payment collection")
      }
      plan.patch = { fees }
      plan.data = { fees: settled }
      break
    }
    case "mark_fee_paid": {
      const i = input as MoveInput["mark_fee_paid"]
      const { fees, settled } = settleFees(claim, (f) => ({ ...f, status: "paid", settled_at: now, settled_via: "counter", reference: i.reference ?? null }))
      plan.patch = { fees }
      plan.data = { fees: settled }
      break
    }
    case "waive_fee": {
      const i = input as MoveInput["waive_fee"]
      const { fees, settled } = settleFees(claim, (f) => ({ ...f, status: "waived", settled_at: now, settled_via: "waiver", reference: i.reason }))
      plan.patch = { fees }
      plan.data = { fees: settled, reason: i.reason }
      break
    }
  }
  // The shopper's answer recorded by staff: the log says how it was given and who recorded it.
  const recorded = actor === "customer" ? (input as { recorded?: RecordedAnswer }).recorded : undefined
  if (recorded) {
    plan.data = { ...plan.data, channel: recorded.channel, recorded_by: recorded.recorded_by }
  }
  return plan
}

/** R8.2, R8.3, R8.5: checks an offer staff make and fills its defaults. */
function planOffer(claim: PlannedClaim, i: MoveInput["make_offer"], settings: MoveSettings): Offer {
  const now = settings.now
  const freeCover = claim.covers.length > 0 && !claim.exclusion_reason
  if (i.kind !== "trade_in" && !freeCover) {
    throw invalid(`kind: a ${i.kind} is owed under warranty (R8.2, R8.3) and this claim has no free cover; offer a trade-in (R8.5)`)
  }
  if (i.kind === "replacement" && !i.replacement_variant_id) {
    throw invalid("replacement_variant_id: name the unit to send (the same model, R8.2)")
  }
  if (i.kind !== "replacement") {
    if (!i.value || !(i.value.amount > 0)) {
      throw invalid("value: must be an amount greater than 0")
    }
  }
  if (i.kind === "valuation") {
    if (!i.basis) {
      throw invalid("basis: say whether the value is the list price or a market value (R8.3)")
    }
    if (i.basis === "market_value" && !i.basis_note?.trim()) {
      throw invalid("basis_note: say where the market value comes from (R8.3)")
    }
  }
  if (i.kind === "trade_in") {
    if (!i.trade_in_reason) {
      throw invalid("trade_in_reason: say why a trade-in is offered: unrepairable, parts_withdrawn, end_of_life or repair_too_costly (R8.5)")
    }
    if (i.trade_in_reason === "repair_too_costly") {
      const share = settings.trade_in_repair_cost_share ?? 0.5
      const quote = claim.quote
      const value = i.value as Money
      if (!quote || quote.currency_code !== value.currency_code || quote.amount <= share * value.amount) {
        throw invalid(
          `trade_in_reason: "repair_too_costly" needs a repair quote above ${Math.round(share * 100)}% of the device's value (${value.amount} ${value.currency_code.toUpperCase()})` +
            (quote ? `; the quote is ${quote.amount} ${quote.currency_code.toUpperCase()}` : "; the claim has no quote")
        )
      }
    }
  }
  const expires_at = i.expires_at ? new Date(i.expires_at).toISOString() : instantAfterDays(now, settings.offer_valid_days ?? 14)
  if (Date.parse(expires_at) <= Date.parse(now)) {
    throw invalid("expires_at: must be in the future")
  }
  return {
    kind: i.kind,
    status: "open",
    options: OPTIONS_BY_KIND[i.kind],
    value: i.kind === "replacement" ? null : { amount: (i.value as Money).amount, currency_code: (i.value as Money).currency_code.toLowerCase() },
    basis: i.kind === "valuation" ? (i.basis ?? null) : null,
    basis_note: i.basis_note ?? null,
    trade_in_reason: i.kind === "trade_in" ? (i.trade_in_reason ?? null) : null,
    replacement_variant_id: i.kind === "replacement" ? (i.replacement_variant_id ?? null) : null,
    reservation_ids: i.kind === "replacement" ? (i.reservation_ids ?? []) : [],
    product_id: i.kind === "replacement" ? (i.product_id ?? null) : null,
    product_title: i.kind === "replacement" ? (i.product_title ?? null) : null,
    variant_title: i.kind === "replacement" ? (i.variant_title ?? null) : null,
    sku: i.kind === "replacement" ? (i.sku ?? null) : null,
    suggested_product_ids: i.suggested_product_ids ?? [],
    note: i.note ?? null,
    made_at: now,
    expires_at,
    decided_at: null,
    accepted_option: null,
    return_device: false,
    decline_reason: null,
  }
}

