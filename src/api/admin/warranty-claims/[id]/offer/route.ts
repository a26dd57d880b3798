import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../modules/warranty/rules/claim-moves"
import { makeWarrantyOfferWorkflow } from "../../../../../workflows/make-warranty-offer"
import { readerLocale } from "../../../../utils/locale"
import { runClaimMove } from "../../../../utils/warranty-claims"
import type { AdminMakeOfferType } from "../../../../validators"
import type { AdminWarrantyClaimResponse, WarrantyClientErrorBody } from "../../../../../types"

/** R8.2, R8.3, R8.5: a resolution offer (a new one replaces an open one). */
export async function POST(req: AuthenticatedMedusaRequest<AdminMakeOfferType>, res: MedusaResponse<AdminWarrantyClaimResponse | WarrantyClientErrorBody>) {
  const actor_id = req.auth_context.actor_id
  const offer = req.validatedBody as MoveInput["make_offer"]
  await runClaimMove(
    req.scope,
    res,
    { id: req.params.id, move: "make_offer", actor: "admin", actor_id, input: offer, locale: readerLocale(req) },
    () => makeWarrantyOfferWorkflow(req.scope).run({ input: { id: req.params.id, actor_id, offer } })
  )
}
