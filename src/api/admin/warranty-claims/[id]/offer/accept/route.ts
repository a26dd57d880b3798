import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptMoveFor } from "../../../../../../modules/warranty/rules/claim-moves"
import { acceptWarrantyOfferWorkflow } from "../../../../../../workflows/accept-warranty-offer"
import { recordCustomerAnswer } from "../../../../../utils/customer-answers"
import type { AdminAcceptOfferType } from "../../../../../validators"
import type { AdminWarrantyClaimResponse, WarrantyClientErrorBody } from "../../../../../../types"

/**
 * The shopper takes the offer at the counter, on the phone or by e-mail, and staff record it: the
 * same workflow as the shopper's own yes carries out the outcome (R8.2-R8.5).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminAcceptOfferType>, res: MedusaResponse<AdminWarrantyClaimResponse | WarrantyClientErrorBody>) {
  const body = req.validatedBody
  const choice = { option: body.option, product_id: body.product_id ?? null, variant_id: body.variant_id ?? null }
  await recordCustomerAnswer(req, res, {
    move: acceptMoveFor(body.option, !!body.return_device),
    input: (recorded) => ({ ...choice, recorded }),
    run: (customer_id, recorded) =>
      acceptWarrantyOfferWorkflow(req.scope).run({
        input: { id: req.params.id, customer_id, ...choice, return_device: !!body.return_device, recorded },
      }),
  })
}
