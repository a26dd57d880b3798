import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCustomerAnswer } from "../../../../../utils/customer-answers"
import type { AdminRecordQuoteAnswerBody, AdminWarrantyClaimResponse, WarrantyClientErrorBody } from "../../../../../../types"

/** R8.4: the shopper's no to the quote, recorded by staff: the diagnostic fee becomes due and the device goes back. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordQuoteAnswerBody>, res: MedusaResponse<AdminWarrantyClaimResponse | WarrantyClientErrorBody>) {
  await recordCustomerAnswer(req, res, { move: "decline_quote", input: (recorded) => ({ recorded }) })
}
