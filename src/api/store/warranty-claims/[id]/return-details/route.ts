import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../utils/locale"
import { runClaimMove } from "../../../../utils/warranty-claims"

/** R7.4: the shopper confirms where and to whom the device goes back. */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["confirm_return_details"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "confirm_return_details",
    actor: "customer",
    actor_id: req.auth_context.actor_id,
    customer_id: req.auth_context.actor_id,
    input: req.validatedBody ?? {},
    locale: readerLocale(req),
  })
}
