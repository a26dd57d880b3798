import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeSettings } from "../../utils/warranty-settings"
import type { AdminUpdateWarrantySettingsType } from "../../validators"
import { updateWarrantySettingsWorkflow } from "../../../workflows/update-warranty-settings"
import type { AdminWarrantySettingsResponse, WarrantyJsonSource } from "../../../types"

/** Settings -> Warranty: the shop settings now, their defaults (the plugin options), what is overridden, and the log. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<WarrantyJsonSource<AdminWarrantySettingsResponse>>) {
  res.json(await describeSettings(req.scope))
}

/** Changes some settings (null resets one to the plugin option); a save made meanwhile by someone else makes this a 409. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateWarrantySettingsType>,
  res: MedusaResponse<WarrantyJsonSource<AdminWarrantySettingsResponse>>
) {
  const { version, ...patch } = req.validatedBody
  await updateWarrantySettingsWorkflow(req.scope).run({
    input: { version, patch, changed_by: req.auth_context.actor_id },
  })
  res.json(await describeSettings(req.scope))
}
