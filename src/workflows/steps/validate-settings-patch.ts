import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { SHOP_SETTING_KEYS, type ShopSettingsPatch } from "../../modules/warranty/rules/settings"

/** A save names at least one shop setting (each value was checked by its option's schema at the route). */
export const validateSettingsPatchStep = createStep("validate-settings-patch", async (patch: ShopSettingsPatch) => {
  if (!SHOP_SETTING_KEYS.some((key) => patch[key] !== undefined)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Give at least one setting to change (or null to reset it to the plugin option): ${SHOP_SETTING_KEYS.join(", ")}`
    )
  }
})
