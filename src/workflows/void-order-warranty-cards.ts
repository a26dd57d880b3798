import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { VoidReason } from "../modules/warranty/events"
import { orderCardsLock } from "./utils/order-cards-lock"
import { voidWarrantyCardsWorkflow } from "./void-warranty-cards"

export const voidOrderWarrantyCardsWorkflowId = "void-order-warranty-cards"

/**
 * A canceled order's cards become `void` with reason `order_canceled`. Under the order's lock, so
 * an issuance running at the same time either sees the order canceled or has its cards voided.
 */
export const voidOrderWarrantyCardsWorkflow = createWorkflow(
  voidOrderWarrantyCardsWorkflowId,
  (input: { order_id: string; voided_at: Date }) => {
    acquireLockStep(transform({ input }, ({ input }) => orderCardsLock(input.order_id)))
    const { data: cards } = useQueryGraphStep({
      entity: "warranty_card",
      fields: ["id", "status"],
      filters: { order_id: input.order_id },
    })
    const voidInput = transform({ cards, input }, ({ cards, input }) => ({
      ids: cards.filter((c) => c.status !== "void").map((c) => c.id as string),
      reason: VoidReason.ORDER_CANCELED,
      voided_at: input.voided_at,
    }))
    const voided = voidWarrantyCardsWorkflow.runAsStep({ input: voidInput })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: orderCardsLock(input.order_id).key })))
    return new WorkflowResponse(voided)
  }
)
