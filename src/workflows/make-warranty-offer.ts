import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MoveInput } from "../modules/warranty/rules/claim-moves"
import { moveWarrantyClaimWorkflow } from "./move-warranty-claim"
import { holdReplacementUnitStep } from "./steps/hold-replacement-unit"
import { resolveOfferOptionsStep } from "./steps/resolve-offer-options"
import { resolveOfferTermsStep } from "./steps/resolve-offer-terms"
import { retrieveWarrantyClaimStep } from "./steps/retrieve-warranty-claim"

export const makeWarrantyOfferWorkflowId = "make-warranty-offer"

export type MakeWarrantyOfferInput = { id: string; actor_id: string | null; offer: MoveInput["make_offer"] }

/**
 * R8.2, R8.3, R8.5: staff offer a replacement, a valuation or a trade-in. The catalogue, the
 * order's payment and currency and the stock are checked first (every choice must be one the
 * shopper can actually take), then the offer is one claim move (`make_offer`), logged and emitted
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
  // R8.2-R8.5: every choice the offer gives can be carried out now, or the offer is refused.
  resolveOfferOptionsStep(
    transform({ offer, claim }, ({ offer, claim }) => ({
      order_id: claim.order_id,
      customer_id: claim.customer_id ?? null,
      card: claim.warranty_card ? { status: claim.warranty_card.status as string, line_item_id: claim.warranty_card.line_item_id } : null,
      replacement_variant_id: offer.kind === "replacement" ? (offer.replacement_variant_id ?? null) : null,
      // A new offer's unit is not held yet: the stock decides (and the next step holds it).
      held_reservation_ids: [],
      kind: offer.kind,
      value: offer.value ? { amount: offer.value.amount, currency_code: offer.value.currency_code } : null,
    }))
  )
  // R8.2: the replacement unit is held for the shopper while the offer is open.
  const held = when({ offer }, ({ offer }) => offer.kind === "replacement").then(() =>
    holdReplacementUnitStep(
      transform({ offer, claim }, ({ offer, claim }) => ({
        variant_id: offer.replacement_variant_id as string,
        order_id: claim.order_id,
        ticket_number: claim.ticket_number,
        claim_id: claim.id,
      }))
    )
  )
  const moved = moveWarrantyClaimWorkflow.runAsStep({
    input: transform({ input, offer, held }, ({ input, offer, held }) => ({
      id: input.id,
      move: "make_offer" as const,
      actor: "admin" as const,
      actor_id: input.actor_id,
      input: { ...offer, reservation_ids: held ?? [] },
    })),
  })
  return new WorkflowResponse(moved)
})
