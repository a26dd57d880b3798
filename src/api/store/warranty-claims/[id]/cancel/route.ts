import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../utils/locale"
import { runClaimMove } from "../../../../utils/warranty-claims"

/** The shopper withdraws a claim before the device reaches the service. */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["cancel"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "cancel",
    actor: "customer",
    actor_id: req.auth_context.actor_id,
    customer_id: req.auth_context.actor_id,
    input: req.validatedBody ?? {},
    locale: readerLocale(req),
  })
}
