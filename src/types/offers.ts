/** Resolution offers and outcomes (R8.2-R8.5). */
import type { WarrantyClaimStatus } from "./claim-codes"
import type { WarrantyDateTime, WarrantyMoney } from "./common"

/** R8.2 same model, R8.3 a valuation, R8.5 a trade-in credit. */
export type WarrantyOfferKind = "replacement" | "valuation" | "trade_in"
/** What the shopper may choose (the `option` of `offer/accept`). */
export type WarrantyOfferOption = "replacement" | "credit" | "credit_with_top_up" | "refund" | "trade_in"
/** `replaced`: staff made a new offer over this one. */
export type WarrantyOfferStatus = "open" | "accepted" | "declined" | "expired" | "replaced"
/** R8.3: the list price of the variant, or a market value with its source. */
export type WarrantyValueBasis = "list_price" | "market_value"
/** R8.5: why a trade-in instead of a repair. */
export type WarrantyTradeInReason = "unrepairable" | "parts_withdrawn" | "end_of_life" | "repair_too_costly"

/** The offer a claim holds (`warranty_claim.offer`). */
export type WarrantyClaimOffer = {
  kind: WarrantyOfferKind
  status: WarrantyOfferStatus
  options: WarrantyOfferOption[]
  /** The valuation or trade-in credit; null for a replacement. */
  value: WarrantyMoney | null
  basis: WarrantyValueBasis | null
  basis_note: string | null
  trade_in_reason: WarrantyTradeInReason | null
  /** R8.2: the unit sent out. */
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
  made_at: WarrantyDateTime
  expires_at: WarrantyDateTime
  decided_at: WarrantyDateTime | null
  accepted_option: WarrantyOfferOption | null
  /** R8.5: a trade-in shopper who wants the broken device back. */
  return_device: boolean
  decline_reason: string | null
}

/** R8.3(a)/(b), R8.5: the single-use promotion that carries a credit. */
export type WarrantyClaimCredit = WarrantyMoney & {
  promotion_id: string
  campaign_id: string
  /** The code the shopper enters at checkout. */
  code: string
  expires_at: WarrantyDateTime
}

/** What Medusa made for the outcome and what became of the device (`warranty_claim.resolution`). */
export type WarrantyClaimResolution = {
  option?: WarrantyOfferOption
  product_id?: string | null
  variant_id?: string | null
  /** R8.2: the order exchange that swapped the unit. */
  exchange?: { exchange_id: string; return_id: string; new_line_item_id: string }
  new_card_id?: string
  old_card_id?: string
  credit?: WarrantyClaimCredit
  /** R8.3(b): the cart with the chosen product and the credit on it; the shopper pays the rest. */
  cart_id?: string
  /** R8.3(c): the refund on the order's payment. */
  refund?: WarrantyMoney & { payment_id: string; refund_id: string | null }
  /** R8.3, R8.5: the Medusa return that took the settled unit back (received, not restocked); null when Medusa never counted it delivered. */
  return_id?: string | null
  /** R8.5: an order paid (partly) with the credit: another device was bought. */
  device_bought_order_id?: string | null
  recycled_at?: WarrantyDateTime | null
}

/** A product staff suggest for a credit (published only). */
export type WarrantyOfferSuggestedProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants: { id: string; title: string | null }[]
}

/**
 * Why accepting an option now would fail: the offer is no longer open, the order's payment is not
 * captured (or too little is left to refund), the replacement is out of stock or off sale, the
 * offer is in another currency than the order, the order is canceled, the unit was not delivered,
 * the order has no shipping option, the card is void, or the claim has no shopper account.
 */
export type WarrantyOfferBlock =
  | "offer_closed"
  | "payment_not_captured"
  | "nothing_to_refund"
  | "out_of_stock"
  | "currency_mismatch"
  | "order_canceled"
  | "unit_not_delivered"
  | "no_shipping_option"
  | "variant_unavailable"
  | "card_void"
  | "no_customer"

/** One option of an offer and whether accepting it now would work (checked when read). */
export type WarrantyOfferOptionState = {
  option: WarrantyOfferOption
  can_accept: boolean
  /** Null when `can_accept`. */
  reason: WarrantyOfferBlock | null
}

/** One choice the shopper may make, with its meaning in their language. */
export type WarrantyOfferChoice = WarrantyOfferOptionState & {
  label: string
  detail: string | null
  /** Why it cannot be chosen now, in the shopper's language; null when it can. */
  reason_text: string | null
}

/** The offer as the shopper reads it. */
export type StoreWarrantyOffer = WarrantyClaimOffer & {
  /** Open and not past its time, the claim is still `offered`, and at least one choice can be accepted now. */
  can_accept: boolean
  choices: WarrantyOfferChoice[]
  suggested_products: WarrantyOfferSuggestedProduct[]
}

/** `GET /store/warranty-claims/:id/offer`; a claim without an offer is a 404. */
export type StoreWarrantyClaimOfferResponse = {
  /** An open offer past its time reads `expired`. */
  offer: StoreWarrantyOffer
  claim: { id: string; ticket_number: string; status: WarrantyClaimStatus }
  /** The shop's calendar day. */
  today: string
}

/** `POST /store/warranty-claims/:id/offer/accept` */
export type StoreAcceptWarrantyOfferBody = {
  option: WarrantyOfferOption
  /** `credit_with_top_up`: the product to buy with the credit. */
  product_id?: string
  /** When that product has several variants. */
  variant_id?: string
  /** R8.5: a trade-in shopper who wants the broken device back. */
  return_device?: boolean
}

/** `POST /store/warranty-claims/:id/offer/decline` */
export type StoreDeclineWarrantyOfferBody = { reason?: string | null }

/** `POST /admin/warranty-claims/:id/offer` (a new offer replaces an open one) */
export type AdminMakeWarrantyOfferBody = {
  kind: WarrantyOfferKind
  /** Without a currency, the order's. */
  value?: { amount: number; currency_code?: string }
  basis?: WarrantyValueBasis
  basis_note?: string | null
  trade_in_reason?: WarrantyTradeInReason
  /** Default: the claimed variant. */
  replacement_variant_id?: string
  suggested_product_ids?: string[]
  expires_at?: WarrantyDateTime
  note?: string | null
}

/** How the shopper gave an answer that staff record for them. */
export type WarrantyAnswerChannel = "counter" | "phone" | "email"

/** An answer of the shopper's that staff may record now (`customer_answers` of the admin claim). */
export type WarrantyCustomerAnswer = "accept_quote" | "decline_quote" | "accept_offer" | "decline_offer"

/** `POST /admin/warranty-claims/:id/quote/accept` and `/quote/decline`: the shopper's answer, given via `channel`. */
export type AdminRecordQuoteAnswerBody = { channel: WarrantyAnswerChannel }

/** `POST /admin/warranty-claims/:id/offer/accept`: the store body, and how the shopper gave it. */
export type AdminAcceptWarrantyOfferBody = StoreAcceptWarrantyOfferBody & { channel: WarrantyAnswerChannel }

/** `POST /admin/warranty-claims/:id/offer/decline` */
export type AdminDeclineWarrantyOfferBody = StoreDeclineWarrantyOfferBody & { channel: WarrantyAnswerChannel }
