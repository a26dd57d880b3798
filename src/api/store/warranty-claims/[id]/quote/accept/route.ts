import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../../utils/locale"
import { runClaimMove } from "../../../../../utils/warranty-claims"

/** R7.3: the shopper accepts the repair quote; parts are ordered only now. */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["accept_quote"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "accept_quote",
    actor: "customer",
    actor_id: req.auth_context.actor_id,
    customer_id: req.auth_context.actor_id,
    input: {},
    locale: readerLocale(req),
  })
}
