import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payWarrantyClaimFeeWorkflow } from "../../../../../../workflows/pay-warranty-claim-fee"
import { readerLocale } from "../../../../../utils/locale"
import { runClaimMove } from "../../../../../utils/warranty-claims"
import type { StorePayClaimFeeType } from "../../../../../validators"
import type { StoreWarrantyClaimResponse, WarrantyClientErrorBody } from "../../../../../../types"
import { idempotent } from "../../../../../utils/idempotency"

/** R8.4: the shopper pays the due diagnostic fee through its payment collection. */
export const POST = idempotent(async function POST(req: AuthenticatedMedusaRequest<StorePayClaimFeeType>, res: MedusaResponse<StoreWarrantyClaimResponse | WarrantyClientErrorBody>) {
  const customer_id = req.auth_context.actor_id
  await runClaimMove(
    req.scope,
    res,
    {
      id: req.params.id,
      move: "pay_fee",
      actor: "customer",
      actor_id: customer_id,
      customer_id,
      // The workflow finds the collection and the payment it captures; nothing comes from the body.
      input: { payment_collection_id: "", payment_id: null },
      locale: readerLocale(req),
    },
    () =>
      payWarrantyClaimFeeWorkflow(req.scope).run({
        input: { id: req.params.id, customer_id, provider_id: req.validatedBody.provider_id },
      })
  )
})
