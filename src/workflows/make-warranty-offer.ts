import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MoveInput } from "../modules/warranty/rules/claim-moves"
import { moveWarrantyClaimWorkflow } from "./move-warranty-claim"
import { resolveOfferTermsStep } from "./steps/resolve-offer-terms"
import { retrieveWarrantyClaimStep } from "./steps/retrieve-warranty-claim"

export const makeWarrantyOfferWorkflowId = "make-warranty-offer"

export type MakeWarrantyOfferInput = { id: string; actor_id: string | null; offer: MoveInput["make_offer"] }

/**
 * R8.2, R8.3, R8.5: staff offer a replacement, a valuation or a trade-in. The catalogue and the
 * stock are checked first, then the offer is one claim move (`make_offer`), logged and emitted
 * as `warranty_claim.offer_made`.
 */
export const makeWarrantyOfferWorkflow = createWorkflow(makeWarrantyOfferWorkflowId, (input: MakeWarrantyOfferInput) => {
  const claim = retrieveWarrantyClaimStep(transform({ input }, ({ input }) => ({ id: input.id })))
  const offer = resolveOfferTermsStep(
    transform({ input, claim }, ({ input, claim }) => ({
      claim: { order_id: claim.order_id, variant_id: claim.variant_id },
      offer: input.offer,
    }))
  )
  const moved = moveWarrantyClaimWorkflow.runAsStep({
    input: transform({ input, offer }, ({ input, offer }) => ({
      id: input.id,
      move: "make_offer" as const,
      actor: "admin" as const,
      actor_id: input.actor_id,
      input: offer,
    })),
  })
  return new WorkflowResponse(moved)
})
