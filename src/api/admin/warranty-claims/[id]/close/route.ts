import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../utils/locale"
import { runClaimMove } from "../../../../utils/warranty-claims"

/** Closes the claim (returned, or handed over at the counter). */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["close"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "close",
    actor: "admin",
    actor_id: req.auth_context.actor_id,
    input: req.validatedBody,
    locale: readerLocale(req),
  })
}
