import { model } from "@medusajs/framework/utils"

/** The one row id of the shop's settings. */
export const SHOP_SETTINGS_ID = "shop"

/**
 * The shop settings staff changed under Settings -> Warranty (one row, `shop`): only the keys set
 * there, each overriding the plugin option of that name. `version` grows by one with every save;
 * a save names the version it read, so two staff editing at once cannot overwrite each other.
 */
export const WarrantySetting = model.define("warranty_setting", {
  id: model.text().primaryKey(),
  overrides: model.json().default({}),
  version: model.number().default(0),
})
