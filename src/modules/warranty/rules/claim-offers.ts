/**
 * Resolution offers (R8.2-R8.5): what staff may offer, what the shopper may choose, and when an
 * offer can still be taken. Pure: the offer workflows look up stock, prices and the catalogue.
 */
import type { Money } from "./claim-moves"

/** R8.2 same model, R8.3 a valuation, R8.5 a trade-in credit. */
export const OFFER_KINDS = ["replacement", "valuation", "trade_in"] as const
export type OfferKind = (typeof OFFER_KINDS)[number]

/** What the shopper may choose (the store API's `option`). */
export const OFFER_OPTIONS = ["replacement", "credit", "credit_with_top_up", "refund", "trade_in"] as const
export type OfferOption = (typeof OFFER_OPTIONS)[number]

/** R8.3: list price of the variant, or a current market value with its source. */
export const VALUE_BASES = ["list_price", "market_value"] as const
export type ValueBasis = (typeof VALUE_BASES)[number]

/** R8.5: why a trade-in instead of a repair. */
export const TRADE_IN_REASONS = ["unrepairable", "parts_withdrawn", "end_of_life", "repair_too_costly"] as const
export type TradeInReason = (typeof TRADE_IN_REASONS)[number]

export type OfferStatus = "open" | "accepted" | "declined" | "expired" | "replaced"

export type Offer = {
  kind: OfferKind
  status: OfferStatus
  /** What the shopper may choose. */
  options: OfferOption[]
  /** The valuation or trade-in credit; null for a replacement. */
  value: Money | null
  basis: ValueBasis | null
  basis_note: string | null
  trade_in_reason: TradeInReason | null
  /** R8.2: the unit sent out (the same variant, or one staff mark as the same model). */
  replacement_variant_id: string | null
  /** R8.2: Medusa reservations holding the replacement unit while the offer is open. */
  reservation_ids: string[]
  /** R8.2: the replacement's names as the catalogue had them when the offer was made (older offers lack them). */
  product_id?: string | null
  product_title?: string | null
  variant_title?: string | null
  sku?: string | null
  suggested_product_ids: string[]
  note: string | null
  made_at: string
  expires_at: string
  decided_at: string | null
  accepted_option: OfferOption | null
  /** R8.5: a trade-in shopper who wants the broken device back. */
  return_device: boolean
  decline_reason: string | null
}

/** What each kind lets the shopper choose. */
export const OPTIONS_BY_KIND: Record<OfferKind, OfferOption[]> = {
  replacement: ["replacement"],
  // R8.3 (a) another product for the amount, (b) a dearer one paying the difference, (c) a refund.
  valuation: ["credit", "credit_with_top_up", "refund"],
  trade_in: ["trade_in"],
}

/** R8.3(a)/(b), R8.5: the single-use promotion that carries a credit. */
export type ClaimCredit = Money & { promotion_id: string; campaign_id: string; code: string; expires_at: string }
/** R8.3(c): the refund Medusa made on the order's payment. */
export type ClaimRefund = Money & { payment_id: string; refund_id: string | null }
/** R8.2: the order exchange that swapped the unit. */
export type ClaimExchange = { exchange_id: string; return_id: string; new_line_item_id: string }

/** What the outcome made in Medusa and what became of the device (R8.2-R8.5): `claim.resolution`. */
export type Resolution = {
  option?: OfferOption
  product_id?: string | null
  variant_id?: string | null
  exchange?: ClaimExchange
  new_card_id?: string
  old_card_id?: string
  credit?: ClaimCredit
  /** R8.3(b): the cart with the chosen product and the credit on it. */
  cart_id?: string
  refund?: ClaimRefund
  /** R8.3, R8.5: the Medusa return that took the settled unit back (received, not restocked). */
  return_id?: string | null
  /** R8.5: an order paid (partly) with the credit: another device was bought. */
  device_bought_order_id?: string | null
  recycled_at?: string | null
}

/** True while the offer is open and its expiry has not passed. */
export function offerOpen(offer: Offer | null | undefined, now: string): boolean {
  return !!offer && offer.status === "open" && Date.parse(now) < Date.parse(offer.expires_at)
}

/** The options that issue a store-credit code (R8.3 a/b, R8.5). */
export function issuesCredit(option: OfferOption): boolean {
  return option === "credit" || option === "credit_with_top_up" || option === "trade_in"
}

// ---------------------------------------------------------------------------------------------
// Answers staff record for the shopper (at the counter, on the phone, by e-mail)

/** How the shopper gave an answer that staff record on their behalf. */
export const ANSWER_CHANNELS = ["counter", "phone", "email"] as const
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number]

/** The shopper's answer, recorded by a staff member: the log keeps both (actor `customer`). */
export type RecordedAnswer = { channel: AnswerChannel; recorded_by: string }

// ---------------------------------------------------------------------------------------------
// Whether an option can be carried out now (R8.2-R8.5)

/** Why accepting an option now would fail; the storefront has a text for each (`claim.offer_blocked`). */
export const OFFER_BLOCKS = [
  "offer_closed",
  "payment_not_captured",
  "nothing_to_refund",
  "out_of_stock",
  "currency_mismatch",
  "order_canceled",
  "unit_not_delivered",
  "no_shipping_option",
  "variant_unavailable",
  "card_void",
  "no_customer",
] as const
export type OfferBlock = (typeof OFFER_BLOCKS)[number]

/**
 * What the order, its payment and the stock say about carrying out an offer: read by
 * `readOfferFacts` (the accept workflow's own checks read the same things when it runs).
 */
export type OfferFacts = {
  order_currency: string
  order_canceled: boolean
  /** The claim has a shopper account to bind a credit code to. */
  has_customer: boolean
  card_void: boolean
  /** Some payment of the order is only authorized: an exchange would cancel it (R8.2). */
  payment_authorized_only: boolean
  /** Captured minus refunded on the order's best payment; 0 when nothing is captured. */
  refundable: number
  payment_captured: boolean
  /** R8.2: the claimed unit was delivered and not sent back, with the location it left from. */
  unit_delivered: boolean
  has_fulfillment_location: boolean
  has_shipping_option: boolean
  /** R8.2: the replacement variant (null when the offer names none). */
  replacement: { published: boolean; in_stock: boolean; name: string } | null
}

/** Why one option cannot be accepted now, with the field a clerk corrects and what to do instead. */
export type OptionProblem = { code: OfferBlock; field: string; message: string }

const money = (amount: number, currency: string) => `${amount} ${currency.toUpperCase()}`

/**
 * Whether accepting `option` now would work, for an offer of `value` (R8.2-R8.5): the same things
 * the accept workflow needs (`validate-replacement`, `validate-claim-refund`, the credit), checked
 * before the offer is made and again whenever the shopper or staff read it. Null when it would.
 */
export function optionProblem(option: OfferOption, value: Money | null, facts: OfferFacts): OptionProblem | null {
  if (value && value.currency_code.toLowerCase() !== facts.order_currency.toLowerCase()) {
    return {
      code: "currency_mismatch",
      field: "value.currency_code",
      message: `value.currency_code: the order was paid in ${facts.order_currency.toUpperCase()}; make the offer in ${facts.order_currency.toUpperCase()}`,
    }
  }
  switch (option) {
    case "replacement": {
      if (facts.card_void) {
        return { code: "card_void", field: "kind", message: "kind: the claimed unit's warranty card is void; a void card's unit cannot be exchanged, offer a valuation instead" }
      }
      if (facts.order_canceled) {
        return { code: "order_canceled", field: "kind", message: "kind: the order is canceled, so no exchange can be made on it; offer a valuation instead" }
      }
      if (!facts.unit_delivered || !facts.has_fulfillment_location) {
        return { code: "unit_not_delivered", field: "kind", message: "kind: the claimed unit was not delivered from a stock location of this order (or was already sent back); offer a valuation instead" }
      }
      if (!facts.has_shipping_option) {
        return { code: "no_shipping_option", field: "kind", message: "kind: the order has no shipping option to send the replacement with; offer a valuation instead" }
      }
      if (facts.payment_authorized_only) {
        return {
          code: "payment_not_captured",
          field: "kind",
          message: "kind: the order's payment is only authorized, and an exchange would cancel it. Capture the payment on the order first, or offer a valuation",
        }
      }
      if (!facts.replacement || !facts.replacement.published) {
        return { code: "variant_unavailable", field: "replacement_variant_id", message: "replacement_variant_id: the replacement is not a published product; pick another variant of the same model" }
      }
      if (!facts.replacement.in_stock) {
        return {
          code: "out_of_stock",
          field: "replacement_variant_id",
          message: `replacement_variant_id: no unit of ${facts.replacement.name} is in stock; offer a valuation instead (R8.3)`,
        }
      }
      return null
    }
    case "refund": {
      if (!facts.payment_captured) {
        return {
          code: "payment_not_captured",
          field: "kind",
          message: "kind: a valuation lets the shopper choose a refund, and the order's payment is not captured. Capture the payment on the order first (a credit or a trade-in needs it too)",
        }
      }
      if (value && value.amount > facts.refundable) {
        return {
          code: "nothing_to_refund",
          field: "value.amount",
          message: `value.amount: only ${money(facts.refundable, facts.order_currency)} is still refundable on the order's payment; lower the value to at most that`,
        }
      }
      return null
    }
    case "credit":
    case "credit_with_top_up":
    case "trade_in":
      if (!facts.has_customer) {
        return { code: "no_customer", field: "kind", message: "kind: the claim has no shopper account to give a credit code to; offer a replacement or a refund" }
      }
      // R8.3, R8.5: the settled unit goes back through a return on the order, which would cancel an authorized-only payment.
      if (facts.payment_authorized_only) {
        return {
          code: "payment_not_captured",
          field: "kind",
          message: "kind: the order's payment is only authorized, and the settled unit's return on the order would cancel it. Capture the payment on the order first",
        }
      }
      return null
  }
}

/** Each option of an offer with whether it can be accepted now; an offer no longer open blocks every option. */
export function offerOptionStates(offer: Offer, facts: OfferFacts | null, open: boolean): { option: OfferOption; can_accept: boolean; reason: OfferBlock | null }[] {
  return offer.options.map((option) => {
    const reason: OfferBlock | null = !open || !facts ? "offer_closed" : (optionProblem(option, offer.value, facts)?.code ?? null)
    return { option, can_accept: reason === null, reason }
  })
}
