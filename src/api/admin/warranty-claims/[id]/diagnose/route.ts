import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../../../../modules/warranty/rules/claim-moves"
import { readerLocale } from "../../../../utils/locale"
import { runClaimMove } from "../../../../utils/warranty-claims"

/** Diagnosis: findings, covered or an R9 reason; the covers are assessed again today (R11.3). */
export async function POST(req: AuthenticatedMedusaRequest<MoveInput["diagnose"]>, res: MedusaResponse) {
  await runClaimMove(req.scope, res, {
    id: req.params.id,
    move: "diagnose",
    actor: "admin",
    actor_id: req.auth_context.actor_id,
    input: req.validatedBody,
    locale: readerLocale(req),
  })
}
