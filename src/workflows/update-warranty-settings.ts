import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ShopSettingsPatch } from "../modules/warranty/rules/settings"
import { saveWarrantySettingsStep } from "./steps/save-warranty-settings"
import { validateSettingsPatchStep } from "./steps/validate-settings-patch"

export const updateWarrantySettingsWorkflowId = "update-warranty-settings"

export type UpdateWarrantySettingsInput = {
  /** The settings' version the admin read (optimistic concurrency: a newer one is a 409). */
  version: number
  patch: ShopSettingsPatch
  /** The admin user's id, for the change log. */
  changed_by: string
}

/**
 * Issue 11 s.6: staff change the shop settings (Settings -> Warranty). New cards and claims use
 * them at once; issued cards keep the terms copied onto them (R2.3).
 */
export const updateWarrantySettingsWorkflow = createWorkflow(updateWarrantySettingsWorkflowId, (input: UpdateWarrantySettingsInput) => {
  validateSettingsPatchStep(input.patch)
  const saved = saveWarrantySettingsStep(input)
  return new WorkflowResponse(saved)
})
