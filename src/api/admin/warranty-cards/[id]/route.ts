import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../utils/locale"
import { MedusaError } from "@medusajs/framework/utils"
import { updateWarrantyCardWorkflow } from "../../../../workflows/update-warranty-card"
import { coverageDetails, presentCard, warrantyService } from "../../../utils/warranty-cards"
import type { AdminUpdateWarrantyCardType } from "../../../validators"

async function readCard(req: AuthenticatedMedusaRequest, fields: string[]) {
  const query = req.scope.resolve("query")
  const { data } = await query.graph({ entity: "warranty_card", fields, filters: { id: req.params.id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${req.params.id} was not found`)
  }
  const warranty = warrantyService(req.scope)
  return {
    ...presentCard(data[0], warranty.today()),
    ...coverageDetails(data[0], readerLocale(req)),
  }
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ warranty_card: await readCard(req, req.queryConfig.fields) })
}

/** Set the serial/IMEI (R1.2) or correct the start date with a reason (R3). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateWarrantyCardType>, res: MedusaResponse) {
  await updateWarrantyCardWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ warranty_card: await readCard(req, req.queryConfig.fields) })
}
