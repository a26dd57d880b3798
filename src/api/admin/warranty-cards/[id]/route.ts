import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateWarrantyCardWorkflow } from "../../../../workflows/update-warranty-card"
import { readerLocale } from "../../../utils/locale"
import { readCard } from "../../../utils/warranty-cards"
import type { AdminUpdateWarrantyCardType } from "../../../validators"
import type { AdminWarrantyCardResponse } from "../../../../types"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWarrantyCardResponse>) {
  res.json({ warranty_card: await readCard(req, { id: req.params.id }, readerLocale(req)) })
}

/** Set the serial/IMEI (R1.2) or correct the start date with a reason (R3). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateWarrantyCardType>, res: MedusaResponse<AdminWarrantyCardResponse>) {
  await updateWarrantyCardWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ warranty_card: await readCard(req, { id: req.params.id }, readerLocale(req)) })
}
