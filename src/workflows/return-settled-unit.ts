import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  dismissItemReturnRequestWorkflow,
  requestItemReturnWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { planSettledUnitReturnStep, type SettledUnitOrder } from "./steps/plan-settled-unit-return"
import { OFFER_ORDER_FIELDS } from "./utils/offer-order"

export const returnSettledUnitWorkflowId = "return-settled-unit"

export type ReturnSettledUnitInput = {
  claim_id: string
  ticket_number: string
  order_id: string
  line_item_id: string
  /** R8.3 credit or refund, R8.5 trade-in: said in the return's note. */
  option: string
  actor_id: string | null
}

export type ReturnSettledUnitResult = { return_id: string | null }

/**
 * R8.3, R8.5: a unit settled by a credit, a refund or a trade-in goes back through a Medusa return
 * on its order, so the order no longer counts it as with the shopper and no later return of the
 * line can take it back (and be refunded) a second time. The device is already at the service
 * (or is recycled): the return is received at once and the unit dismissed as damaged, never
 * restocked. The return carries the claim in its metadata (`warranty_claim_id`), which the
 * return-received subscriber reads to leave the cards alone (the card is already void, settled).
 * A unit Medusa never counted as delivered has nothing to take back: no return, `return_id` null.
 * Every step is one of Medusa's own return workflows, each undone if a later step fails.
 */
export const returnSettledUnitWorkflow = createWorkflow(returnSettledUnitWorkflowId, (input: ReturnSettledUnitInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [...OFFER_ORDER_FIELDS, "payment_collections.status"],
    filters: { id: input.order_id },
  }).config({ name: "get-settled-unit-order" })

  const plan = planSettledUnitReturnStep(
    transform({ input, orders }, ({ input, orders }) => ({
      order_id: input.order_id,
      line_item_id: input.line_item_id,
      order: orders[0] as SettledUnitOrder | undefined,
    }))
  )

  const made = when("settled-unit-returnable", { plan }, ({ plan }) => plan.returnable).then(() => {
    const note = transform({ input }, ({ input }) => `Warranty claim ${input.ticket_number}: unit settled by ${input.option.replace(/_/g, " ")} (R8.3, R8.5)`)

    const change = beginReturnOrderWorkflow.runAsStep({
      input: transform({ input, plan, note }, ({ input, plan, note }) => ({
        order_id: input.order_id,
        location_id: plan.location_id ?? undefined,
        created_by: input.actor_id ?? undefined,
        description: note,
        internal_note: note,
        metadata: { warranty_claim_id: input.claim_id, ticket_number: input.ticket_number },
      })),
    })
    const returnId = transform({ change }, ({ change }) => change.return_id as string)

    requestItemReturnWorkflow.runAsStep({
      input: transform({ returnId, input, note }, ({ returnId, input, note }) => ({
        return_id: returnId,
        items: [{ id: input.line_item_id, quantity: 1, internal_note: note }],
      })),
    })
    confirmReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.actor_id ?? undefined })),
    })

    // Already at the service: received now, dismissed as damaged (no restock).
    beginReceiveReturnWorkflow.runAsStep({
      input: transform({ returnId, input, note }, ({ returnId, input, note }) => ({
        return_id: returnId,
        created_by: input.actor_id ?? undefined,
        internal_note: note,
      })),
    })
    dismissItemReturnRequestWorkflow.runAsStep({
      input: transform({ returnId, input, note }, ({ returnId, input, note }) => ({
        return_id: returnId,
        items: [{ id: input.line_item_id, quantity: 1, internal_note: `${note}: at the service or recycled, not restocked` }],
      })),
    })
    confirmReturnReceiveWorkflow.runAsStep({
      input: transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, confirmed_by: input.actor_id ?? undefined })),
    })
    return returnId
  })

  return new WorkflowResponse(transform({ made }, ({ made }): ReturnSettledUnitResult => ({ return_id: made ?? null })))
})
