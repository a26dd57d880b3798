import { model } from "@medusajs/framework/utils"

/** How a card came to its owner (issue 11, sections 2 and 3). */
export enum CardOwnerSource {
  /** The customer of the order that bought the unit (written when the card first changes hands). */
  SALE = "sale",
  /** Medusa's order transfer moved the order, and the card with it. */
  ORDER_TRANSFER = "order_transfer",
  /** The owner handed the card on; the new owner accepted with the e-mailed token. */
  CARD_TRANSFER = "card_transfer",
  /** Staff moved the card to another customer in the dashboard. */
  ADMIN_TRANSFER = "admin_transfer",
}

export enum CardOwnerActor {
  CUSTOMER = "customer",
  ADMIN = "admin",
  SYSTEM = "system",
}

/**
 * The append-only log of a card's owners: one row per owner, from `created_at` on, with who made
 * the change. A card with no row still has its buyer, the order's customer at sale.
 */
export const WarrantyCardOwner = model
  .define("warranty_card_owner", {
    id: model.id({ prefix: "wcown" }).primaryKey(),
    warranty_card_id: model.text(),
    customer_id: model.text().nullable(),
    source: model.enum(CardOwnerSource),
    actor: model.enum(CardOwnerActor),
    actor_id: model.text().nullable(),
    /** The previous owner (null on the sale row). */
    previous_customer_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["warranty_card_id", "created_at"], where: "deleted_at IS NULL" }])
