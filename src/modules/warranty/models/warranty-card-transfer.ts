import { model } from "@medusajs/framework/utils"

export enum CardTransferStatus {
  REQUESTED = "requested",
  ACCEPTED = "accepted",
  CANCELED = "canceled",
}

/**
 * A card transfer the owner started from the storefront (issue 11, section 3): the new owner's
 * e-mail and a one-time token, stored only as its SHA-256 hash; it expires and is used once.
 */
export const WarrantyCardTransfer = model
  .define("warranty_card_transfer", {
    id: model.id({ prefix: "wctr" }).primaryKey(),
    warranty_card_id: model.text(),
    from_customer_id: model.text(),
    email: model.text(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    status: model.enum(CardTransferStatus).default(CardTransferStatus.REQUESTED),
    accepted_at: model.dateTime().nullable(),
    accepted_by: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    locale: model.text().nullable(),
  })
  .indexes([
    { on: ["warranty_card_id", "status"], where: "deleted_at IS NULL" },
    { on: ["token_hash"], unique: true, where: "deleted_at IS NULL" },
  ])
