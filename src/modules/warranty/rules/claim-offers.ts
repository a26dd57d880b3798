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
