import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { WarrantyOptions } from "../../modules/warranty/options"

export type WarrantySettings = WarrantyOptions & { today: string; now: string }

/** The shop settings (plugin options with Settings -> Warranty on top), today's date in the shop's time zone and the instant (ISO). */
export async function readWarrantySettings(container: Pick<MedusaContainer, "resolve">): Promise<WarrantySettings> {
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const now = new Date()
  return { ...(await warranty.getSettings()), today: warranty.today(now), now: now.toISOString() }
}

/** The settings read once per run (see readWarrantySettings). */
export const getWarrantySettingsStep = createStep(
  "get-warranty-settings",
  async (_: void, { container }) => {
    return new StepResponse<WarrantySettings>(await readWarrantySettings(container))
  }
)
