import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { ShopSettingsSave } from "../../modules/warranty/shop-settings"

/**
 * Saves staff's change of the shop settings with its log line (who, when, each key from -> to),
 * only at the version they read (else 409). Compensation puts the previous overrides back while
 * no later save came in.
 */
export const saveWarrantySettingsStep = createStep(
  "save-warranty-settings",
  async (input: ShopSettingsSave, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const saved = await warranty.saveShopSettings(input)
    const undo = saved.change_id ? { version: saved.version, previous: saved.previous, change_id: saved.change_id } : null
    return new StepResponse({ version: saved.version, changes: saved.changes }, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.revertShopSettings(undo)
  }
)
