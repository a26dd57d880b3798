import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../utils/locale"
import { runClaimMove } from "../../../../utils/warranty-claims"

/** Repair is impossible; the outcomes (R8.2-R8.5) follow from here. */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["mark_unrepairable"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "mark_unrepairable",
    actor: "admin",
    actor_id: req.auth_context.actor_id,
    input: req.validatedBody,
    locale: readerLocale(req),
  })
}
