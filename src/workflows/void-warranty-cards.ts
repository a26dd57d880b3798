import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"

export const voidWarrantyCardsWorkflowId = "void-warranty-cards"

export type VoidWarrantyCardsInput = { ids: string[]; reason: string; voided_at: Date }

/** Voids cards (status `void` with its reason) and emits `warranty_card.voided`. */
export const voidWarrantyCardsWorkflow = createWorkflow(
  voidWarrantyCardsWorkflowId,
  (input: VoidWarrantyCardsInput) => {
    const updates = transform({ input }, ({ input }) =>
      // A void card owes no battery replacement any more (R4.3): it leaves that to-do list.
      input.ids.map((id) => ({
        id,
        status: "void",
        void_reason: input.reason,
        voided_at: input.voided_at,
        battery_replacement_due: false,
      }))
    )
    const voided = updateWarrantyCardsStep(updates)
    const events = transform({ voided }, ({ voided }) =>
      voided.map((c) => ({ id: c.id, order_id: c.order_id, reason: c.void_reason }))
    )
    emitEventStep({ eventName: WarrantyEvents.CARD_VOIDED, data: events })
    return new WorkflowResponse(voided)
  }
)
