import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hasBattery } from "../../../../../modules/warranty/rules/has-battery"
import { voidWarrantyCardWorkflow } from "../../../../../workflows/void-card"
import type { AdminVoidWarrantyCardType } from "../../../../validators"
import type { AdminVoidWarrantyCardResponse, WarrantyJsonSource } from "../../../../../types"

export async function POST(req: AuthenticatedMedusaRequest<AdminVoidWarrantyCardType>, res: MedusaResponse<WarrantyJsonSource<AdminVoidWarrantyCardResponse>>) {
  const { result } = await voidWarrantyCardWorkflow(req.scope).run({
    input: { id: req.params.id, reason: req.validatedBody.reason, voided_at: new Date() },
  })
  res.json({ warranty_card: { ...result, has_battery: hasBattery(result) } })
}
