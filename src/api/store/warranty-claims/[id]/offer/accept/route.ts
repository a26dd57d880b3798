import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptMoveFor } from "../../../../../../modules/warranty/rules/claim-moves"
import { acceptWarrantyOfferWorkflow } from "../../../../../../workflows/accept-warranty-offer"
import { readerLocale } from "../../../../../utils/locale"
import { runClaimMove } from "../../../../../utils/warranty-claims"
import type { StoreAcceptOfferType } from "../../../../../validators"
import type { StoreWarrantyClaimResponse, WarrantyClientErrorBody } from "../../../../../../types"
import { idempotent } from "../../../../../utils/idempotency"

/** The shopper takes the offer: Medusa carries out the outcome (exchange, credit code, cart, refund; R8.2-R8.5). */
export const POST = idempotent(async function POST(req: AuthenticatedMedusaRequest<StoreAcceptOfferType>, res: MedusaResponse<StoreWarrantyClaimResponse | WarrantyClientErrorBody>) {
  const customer_id = req.auth_context.actor_id
  const body = req.validatedBody
  const choice = { option: body.option, product_id: body.product_id ?? null, variant_id: body.variant_id ?? null }
  await runClaimMove(
    req.scope,
    res,
    {
      id: req.params.id,
      move: acceptMoveFor(body.option, !!body.return_device),
      actor: "customer",
      actor_id: customer_id,
      customer_id,
      input: choice,
      locale: readerLocale(req),
    },
    () =>
      acceptWarrantyOfferWorkflow(req.scope).run({
        input: { id: req.params.id, customer_id, ...choice, return_device: !!body.return_device },
      })
  )
})
