import { model } from "@medusajs/framework/utils"
import { ProductKind, WarrantyCoverage } from "./warranty-policy"
import { BatteryHealthRecord } from "./battery-health-record"
import { WarrantyCardCorrection } from "./warranty-card-correction"
import { WarrantyClaim } from "./warranty-claim"

export enum WarrantyCardStatus {
  PENDING = "pending",
  ACTIVE = "active",
  EXPIRED = "expired",
  VOID = "void",
}

export enum DeliveryKind {
  PICKUP = "pickup",
  COURIER = "courier",
}

/**
 * R1.2: one card per sold unit. The terms (months, battery days, coverage, kind) are copied
 * from the policy at sale (R2.3). `*_on` fields are calendar dates (YYYY-MM-DD) in the shop's
 * time zone (R3.4).
 */
export const WarrantyCard = model
  .define("warranty_card", {
    id: model.id({ prefix: "wcard" }).primaryKey(),
    card_number: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    unit_index: model.number(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    product_title: model.text(),
    variant_title: model.text().nullable(),
    sku: model.text().nullable(),
    serial_number: model.text().nullable(),
    months: model.number(),
    battery_days: model.number(),
    coverage: model.enum(WarrantyCoverage),
    kind: model.enum(ProductKind),
    oem_battery_model: model.boolean().default(false),
    delivery_kind: model.enum(DeliveryKind),
    /** The fulfilment whose shipment or handover started the card (R3); one unit per card. */
    fulfillment_id: model.text().nullable(),
    issued_at: model.dateTime().nullable(),
    starts_on: model.text().nullable(),
    ends_on: model.text().nullable(),
    battery_ends_on: model.text().nullable(),
    status: model.enum(WarrantyCardStatus).default(WarrantyCardStatus.PENDING),
    void_reason: model.text().nullable(),
    voided_at: model.dateTime().nullable(),
    /** R4.2: the health measured at sale. */
    sale_battery_health: model.number().nullable(),
    /** R4.3: sold under the threshold, the shop owes a battery replacement. */
    battery_replacement_due: model.boolean().default(false),
    battery_health_records: model.hasMany(() => BatteryHealthRecord, { mappedBy: "warranty_card" }),
    corrections: model.hasMany(() => WarrantyCardCorrection, { mappedBy: "warranty_card" }),
    claims: model.hasMany(() => WarrantyClaim, { mappedBy: "warranty_card" }),
  })
  .cascades({ delete: ["battery_health_records", "corrections"] })
  .indexes([
    { on: ["card_number"], unique: true, where: "deleted_at IS NULL" },
    { on: ["line_item_id", "unit_index"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL" },
    { on: ["fulfillment_id"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["product_id"], where: "deleted_at IS NULL" },
    { on: ["serial_number"], where: "deleted_at IS NULL" },
    { on: ["status", "ends_on"], where: "deleted_at IS NULL" },
    // Issue 12 (P3): the list's default order.
    { on: ["created_at"], where: "deleted_at IS NULL" },
    // Search (`q`, ILIKE '%…%') also has trigram GIN indexes on card_number, serial_number,
    // product_title, variant_title and sku: Migration20261130170000 writes them (an operator class
    // cannot be named here).
  ])
