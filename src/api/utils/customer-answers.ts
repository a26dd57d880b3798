import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MoveInput } from "../../modules/warranty/rules/claim-moves"
import type { AnswerChannel, RecordedAnswer } from "../../modules/warranty/rules/claim-offers"
import type { ClaimMove } from "../../modules/warranty/rules/claim-transitions"
import { readerLocale } from "./locale"
import { findClaim, runClaimMove } from "./warranty-claims"
import type { AdminWarrantyClaimResponse, WarrantyClientErrorBody } from "../../types"

/**
 * The route of an answer staff record for the shopper: the claim's shopper is the actor (the
 * table's customer edges and the same guards decide), the log adds how it was given and who
 * recorded it. An unknown claim is a 404; the answer is the claim as staff read it.
 */
export async function recordCustomerAnswer<M extends ClaimMove>(
  req: AuthenticatedMedusaRequest<{ channel: AnswerChannel }>,
  res: MedusaResponse<AdminWarrantyClaimResponse | WarrantyClientErrorBody>,
  answer: { move: M; input: (recorded: RecordedAnswer) => MoveInput[M]; run?: (customer_id: string, recorded: RecordedAnswer) => Promise<unknown> }
) {
  const claim = await findClaim(req.scope, { id: req.params.id })
  const customer_id = claim.customer_id ?? undefined
  const recorded: RecordedAnswer = { channel: req.validatedBody.channel, recorded_by: req.auth_context.actor_id }
  await runClaimMove(
    req.scope,
    res,
    {
      id: claim.id,
      move: answer.move,
      actor: "customer",
      actor_id: claim.customer_id ?? null,
      customer_id,
      input: answer.input(recorded),
      locale: readerLocale(req),
      audience: "admin",
    },
    answer.run ? () => answer.run!(customer_id ?? "", recorded) : undefined
  )
}
