import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCustomerAnswer } from "../../../../../utils/customer-answers"
import type { AdminDeclineOfferType } from "../../../../../validators"
import type { AdminWarrantyClaimResponse, WarrantyClientErrorBody } from "../../../../../../types"

/** The shopper declines the offer at the counter, on the phone or by e-mail: the device goes back at their cost (R6.2, R8.5). */
export async function POST(req: AuthenticatedMedusaRequest<AdminDeclineOfferType>, res: MedusaResponse<AdminWarrantyClaimResponse | WarrantyClientErrorBody>) {
  const reason = req.validatedBody.reason ?? null
  await recordCustomerAnswer(req, res, { move: "decline_offer", input: (recorded) => ({ reason, recorded }) })
}
