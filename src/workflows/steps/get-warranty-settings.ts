import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { WarrantyOptions } from "../../modules/warranty/options"

export type WarrantySettings = WarrantyOptions & { today: string; now: string }

/** The shop settings (plugin options with Settings -> Warranty on top), today's date in the shop's time zone and the instant (ISO), read once per run. */
export const getWarrantySettingsStep = createStep(
  "get-warranty-settings",
  async (_: void, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const now = new Date()
    return new StepResponse<WarrantySettings>({ ...(await warranty.getSettings()), today: warranty.today(now), now: now.toISOString() })
  }
)
