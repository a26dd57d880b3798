import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveWarrantyCardStep } from "./steps/retrieve-warranty-card"
import { validateCardNotVoidStep } from "./steps/validate-card-not-void"
import { voidWarrantyCardsWorkflow } from "./void-warranty-cards"

export const voidWarrantyCardWorkflowId = "void-warranty-card"

/** Staff void one card with a reason; a card that is already void cannot be voided again. */
export const voidWarrantyCardWorkflow = createWorkflow(
  voidWarrantyCardWorkflowId,
  (input: { id: string; reason: string; voided_at: Date }) => {
    const card = retrieveWarrantyCardStep({ id: input.id })
    validateCardNotVoidStep(card)
    const voidInput = transform({ input }, ({ input }) => ({
      ids: [input.id],
      reason: input.reason,
      voided_at: input.voided_at,
    }))
    const voided = voidWarrantyCardsWorkflow.runAsStep({ input: voidInput })
    const result = transform({ voided }, ({ voided }) => voided[0])
    return new WorkflowResponse(result)
  }
)
