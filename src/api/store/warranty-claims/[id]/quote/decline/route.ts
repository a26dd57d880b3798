import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../../utils/locale"
import { runClaimMove } from "../../../../../utils/warranty-claims"

/** R8.4: the shopper declines the quote; the diagnostic fee becomes due and the device goes back. */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["decline_quote"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "decline_quote",
    actor: "customer",
    actor_id: req.auth_context.actor_id,
    customer_id: req.auth_context.actor_id,
    input: {},
    locale: readerLocale(req),
  })
}
