import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCustomerAnswer } from "../../../../../utils/customer-answers"
import type { AdminRecordQuoteAnswerBody, AdminWarrantyClaimResponse, WarrantyClientErrorBody } from "../../../../../../types"

/** R7.3: the shopper's yes to the quote, given at the counter, on the phone or by e-mail and recorded by staff. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordQuoteAnswerBody>, res: MedusaResponse<AdminWarrantyClaimResponse | WarrantyClientErrorBody>) {
  await recordCustomerAnswer(req, res, { move: "accept_quote", input: (recorded) => ({ recorded }) })
}
