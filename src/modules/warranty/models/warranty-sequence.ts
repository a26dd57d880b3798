import { model } from "@medusajs/framework/utils"

/** Counters for human-readable numbers (cards now, claim tickets later), one row per scope. */
export const WarrantySequence = model.define("warranty_sequence", {
  id: model.text().primaryKey(),
  value: model.number().default(0),
})
