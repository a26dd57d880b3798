import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../utils/locale"
import { runClaimMove } from "../../../../utils/warranty-claims"

/** R7.3: a paid repair quote (3-30 days); refused while a free cover applies without an R9 exclusion (R8.4, R11.3). */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["quote"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "quote",
    actor: "admin",
    actor_id: req.auth_context.actor_id,
    input: req.validatedBody,
    locale: readerLocale(req),
  })
}
