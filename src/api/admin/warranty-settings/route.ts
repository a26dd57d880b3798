import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeSettings } from "../../utils/warranty-settings"
import type { AdminUpdateWarrantySettingsType } from "../../validators"
import { updateWarrantySettingsWorkflow } from "../../../workflows/update-warranty-settings"
import type { AdminWarrantySettingsResponse, WarrantyClientErrorBody, WarrantyJsonSource } from "../../../types"

/** Settings -> Warranty: the shop settings now, their defaults (the plugin options), what is overridden, and the log. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<WarrantyJsonSource<AdminWarrantySettingsResponse>>) {
  res.json(await describeSettings(req.scope))
}

/**
 * Changes some settings (null resets one to the plugin option). A save made meanwhile by someone
 * else is a 409, answered here: Medusa's error handler would replace its message with a generic one.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateWarrantySettingsType>,
  res: MedusaResponse<WarrantyJsonSource<AdminWarrantySettingsResponse> | WarrantyClientErrorBody>
) {
  const { version, ...patch } = req.validatedBody
  try {
    await updateWarrantySettingsWorkflow(req.scope).run({
      input: { version, patch, changed_by: req.auth_context.actor_id },
    })
  } catch (e) {
    if ((e as { type?: string } | null)?.type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (e as Error).message })
      return
    }
    throw e
  }
  res.json(await describeSettings(req.scope))
}
