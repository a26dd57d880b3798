import { model } from "@medusajs/framework/utils"

/** R3.2: the invoice date an ERP recorded for an order; courier cards start on it. */
export const WarrantyInvoice = model
  .define("warranty_invoice", {
    id: model.id({ prefix: "winv" }).primaryKey(),
    order_id: model.text(),
    issued_on: model.text(),
    recorded_by: model.text(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
