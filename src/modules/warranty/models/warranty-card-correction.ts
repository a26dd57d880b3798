import { model } from "@medusajs/framework/utils"
import { WarrantyCard } from "./warranty-card"

/** A recorded change of a card's start date (admin correction or invoice date), with its reason. */
export const WarrantyCardCorrection = model.define("warranty_card_correction", {
  id: model.id({ prefix: "wcor" }).primaryKey(),
  field: model.text(),
  previous_value: model.text().nullable(),
  value: model.text().nullable(),
  reason: model.text(),
  recorded_by: model.text(),
  warranty_card: model.belongsTo(() => WarrantyCard, { mappedBy: "corrections" }),
})
