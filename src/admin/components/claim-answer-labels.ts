import type { WarrantyAnswerChannel, WarrantyOfferBlock } from "../../types"

/** How the shopper gave the answer staff record. */
export const ANSWER_CHANNEL_LABELS: Record<WarrantyAnswerChannel, string> = {
  counter: "At the counter",
  phone: "On the phone",
  email: "By e-mail",
}
export const ANSWER_CHANNELS = Object.keys(ANSWER_CHANNEL_LABELS) as WarrantyAnswerChannel[]

/** Why an offer option cannot be accepted now, with what staff can do about it. */
export const OFFER_BLOCK_LABELS: Record<WarrantyOfferBlock, string> = {
  offer_closed: "The offer is no longer open.",
  payment_not_captured: "The order's payment is not captured yet: capture it on the order first.",
  nothing_to_refund: "Less than the offered value is left to refund on the order's payment.",
  out_of_stock: "The replacement is out of stock: make a new offer (a valuation).",
  currency_mismatch: "The offer is in another currency than the order.",
  order_canceled: "The order is canceled.",
  unit_not_delivered: "The unit was not delivered from this order (or was already sent back).",
  no_shipping_option: "The order has no shipping option to send a replacement with.",
  variant_unavailable: "The replacement is no longer a published product.",
  card_void: "The unit's warranty card is void.",
  no_customer: "The claim has no customer account to give a credit code to.",
}
