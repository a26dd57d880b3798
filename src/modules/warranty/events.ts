/** Events the warranty module emits (documented in the README). */
export const WarrantyEvents = {
  /** A card record was made for a sold unit (status `pending`). `{ id, order_id }` */
  CARD_ISSUED: "warranty_card.issued",
  /** The card was handed over / invoiced: dates set, status `active` (R3). `{ id, order_id, starts_on }` */
  CARD_STARTED: "warranty_card.started",
  /** The card was voided. `{ id, order_id, reason }` */
  CARD_VOIDED: "warranty_card.voided",
  /** The daily job stored `expired` on a card past its end day. `{ id, order_id }` */
  CARD_EXPIRED: "warranty_card.expired",
  /** Issue 11 s.3: an owner asked to hand a card on; the new owner got a one-time link. `{ id, warranty_card_id, expires_at }` (id: the transfer) */
  CARD_TRANSFER_REQUESTED: "warranty_card.transfer_requested",
  /** Issue 11: a card has a new owner (order transfer, card transfer or staff). `{ id, previous_customer_id, customer_id, source }` */
  CARD_TRANSFERRED: "warranty_card.transferred",
  /** A battery-health reading was recorded (R4.6). `{ id, warranty_card_id, percent, source, battery_replacement_due }` */
  BATTERY_HEALTH_RECORDED: "battery_health.recorded",
} as const

export enum VoidReason {
  ORDER_CANCELED = "order_canceled",
  RETURNED = "returned",
  /** R8.2: the unit was replaced through an order exchange; its return is the broken unit. */
  REPLACED = "replaced",
  /** R8.3, R8.5: the claim was settled by a valuation (credit or refund) or a trade-in credit. */
  SETTLED = "settled",
}
