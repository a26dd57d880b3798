import { model } from "@medusajs/framework/utils"
import { ClaimEvent } from "./claim-event"
import { ProductKind } from "./warranty-policy"
import { WarrantyCard } from "./warranty-card"

/** Every status a claim can be in; `rules/claim-transitions.ts` decides every move between them. */
export enum ClaimStatus {
  SUBMITTED = "submitted",
  RECEIVED = "received",
  DIAGNOSING = "diagnosing",
  AWAITING_CUSTOMER = "awaiting_customer",
  REPAIRING = "repairing",
  AT_MANUFACTURER = "at_manufacturer",
  READY = "ready",
  AWAITING_RETURN_DETAILS = "awaiting_return_details",
  RETURNING = "returning",
  REJECTED = "rejected",
  UNREPAIRABLE = "unrepairable",
  /** R8.2-R8.5: a resolution offer waits for the shopper's choice. */
  OFFERED = "offered",
  /** R8.5: a trade-in was accepted; the shop recycles the broken device at no cost. */
  RECYCLING = "recycling",
  CLOSED = "closed",
  CANCELED = "canceled",
}

/** R6.2: how the device reaches the service. */
export enum ClaimDeliveryMethod {
  DROP_OFF = "drop_off",
  COURIER = "courier",
}

/** R11.3: the main cover of a claim; `paid` when no free cover applies. */
export enum ClaimCover {
  COMMERCIAL = "commercial",
  LEGAL = "legal",
  BATTERY = "battery",
  PAID = "paid",
}

/**
 * A warranty or repair claim on one card (R6-R9, R11). Snapshot fields (product, serial) are
 * copied at filing so the claim reads the same after the card changes. JSON blocks hold what
 * each stage recorded; `claim_event` keeps every move.
 */
export const WarrantyClaim = model
  .define("warranty_claim", {
    id: model.id({ prefix: "wclm" }).primaryKey(),
    ticket_number: model.text(),
    warranty_card: model.belongsTo(() => WarrantyCard, { mappedBy: "claims" }),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    product_title: model.text(),
    variant_title: model.text().nullable(),
    serial_number: model.text().nullable(),
    product_kind: model.enum(ProductKind),
    defects: model.json(),
    description: model.text(),
    delivery_method: model.enum(ClaimDeliveryMethod),
    contact: model.json(),
    acknowledgements: model.json(),
    locale: model.text().default("ro"),
    status: model.enum(ClaimStatus).default(ClaimStatus.SUBMITTED),
    cover: model.enum(ClaimCover),
    covers: model.json(),
    filed_covers: model.json(),
    /** The day the claim was filed, in the shop's time zone: the day covers were first assessed. */
    filed_on: model.text(),
    received_on: model.text().nullable(),
    due_on: model.text().nullable(),
    due_basis: model.text().nullable(),
    extensions: model.json().nullable(),
    overdue_notified_at: model.dateTime().nullable(),
    intake: model.json().nullable(),
    diagnosis: model.json().nullable(),
    exclusion_reason: model.text().nullable(),
    quote: model.json().nullable(),
    fees: model.json().nullable(),
    rejection: model.json().nullable(),
    return_details: model.json().nullable(),
    return_shipment: model.json().nullable(),
    /** R8.2-R8.5: the current resolution offer (earlier ones are in the event log). */
    offer: model.json().nullable(),
    /** Copied from `offer` so the expiry job can find open offers by date. */
    offer_expires_at: model.dateTime().nullable(),
    offer_reminded_at: model.dateTime().nullable(),
    /** What Medusa made for the outcome: exchange, promotion, cart, refund, new card, recycling. */
    resolution: model.json().nullable(),
    resolved_at: model.dateTime().nullable(),
    recycled_at: model.dateTime().nullable(),
    submitted_at: model.dateTime(),
    received_at: model.dateTime().nullable(),
    diagnosed_at: model.dateTime().nullable(),
    quoted_at: model.dateTime().nullable(),
    repair_started_at: model.dateTime().nullable(),
    ready_at: model.dateTime().nullable(),
    returned_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    canceled_at: model.dateTime().nullable(),
    /** Bumped by every move; a move made on a stale read is refused (409). */
    version: model.number().default(0),
    events: model.hasMany(() => ClaimEvent, { mappedBy: "claim" }),
  })
  .cascades({ delete: ["events"] })
  .indexes([
    { on: ["ticket_number"], unique: true, where: "deleted_at IS NULL" },
    // One device is at the service once: one open claim per card.
    {
      on: ["warranty_card_id"],
      unique: true,
      where: "deleted_at IS NULL AND status NOT IN ('closed', 'canceled')",
    },
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    // Issue 12 (P3): each list filter with the list's default order, so a page and its count read one index range.
    { on: ["created_at"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
    { on: ["cover", "created_at"], where: "deleted_at IS NULL" },
    { on: ["product_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["serial_number"], where: "deleted_at IS NULL" },
    { on: ["status", "due_on"], where: "deleted_at IS NULL" },
    { on: ["due_on"], where: "deleted_at IS NULL" },
    { on: ["status", "offer_expires_at"], where: "deleted_at IS NULL AND offer_expires_at IS NOT NULL" },
    // Issue 12 (P4), R7.1, R11.2: the claims whose clock runs and whose shopper was not told yet.
    {
      name: "IDX_warranty_claim_overdue_sweep",
      on: ["due_on"],
      where:
        "deleted_at IS NULL AND overdue_notified_at IS NULL AND status IN ('received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer')",
    },
    // Issue 12 (P3): `overdue=true` newest first (the due day is checked in the index, not the table).
    {
      name: "IDX_warranty_claim_clock_created_at_due_on",
      on: ["created_at", "due_on"],
      where: "deleted_at IS NULL AND status IN ('received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer')",
    },
    // Search (`q`, ILIKE '%…%') also has trigram GIN indexes on ticket_number, serial_number,
    // product_title and variant_title: Migration20261130170000 writes them (an operator class
    // cannot be named here).
  ])
