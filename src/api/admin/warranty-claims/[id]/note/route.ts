import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../utils/locale"
import { runClaimMove } from "../../../../utils/warranty-claims"

/** A note on the claim's log, for staff only unless marked visible to the shopper. */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["note"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "note",
    actor: "admin",
    actor_id: req.auth_context.actor_id,
    input: req.validatedBody,
    locale: readerLocale(req),
  })
}
