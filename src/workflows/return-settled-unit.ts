import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createOrderCreditLinesWorkflow,
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
  /**
   * What the shopper gets back in money for the unit: the refund (R8.3 c), or 0 when its value goes
   * out as a credit code. Medusa's return credits the unit's price; the rest is taken back with a
   * negative credit line, so the order owes nothing either way (no second refund is offered).
   */
  amount: number
  actor_id: string | null
}

export type ReturnSettledUnitResult = { return_id: string | null }

/**
 * R8.3, R8.5: a unit settled by a credit, a refund or a trade-in goes back through a Medusa return
 * on its order, so the order no longer counts it as with the shopper and no later return of the
 * line can take it back (and be refunded) a second time. What the return credits beyond the money
 * the shopper gets back (the refund, or nothing for a credit code) is taken back with a negative
 * credit line referencing the claim, so the order shows nothing owed. The device is already at
 * the service (or is recycled): the return is received at once and the unit dismissed as damaged,
 * never restocked. The return carries the claim in its metadata (`warranty_claim_id`), which the
 * return-received subscriber reads to leave the cards alone (the card is already void, settled).
 * A unit Medusa never counted as delivered has nothing to take back: no return, `return_id` null.
 * Every step is one of Medusa's own return workflows, each undone if a later step fails.
 */
export const returnSettledUnitWorkflow = createWorkflow(returnSettledUnitWorkflowId, (input: ReturnSettledUnitInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: [...OFFER_ORDER_FIELDS, "summary", "payment_collections.status"],
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

  // The return credited the order with the unit's price; the shopper gets `amount` back in money
  // (and the rest as a code, or nothing). A negative credit line, Medusa's own way to settle a
  // negative pending difference without a refund, takes back the part not paid out, so the order
  // shows nothing owed once the refund (if any) is made.
  const { data: after } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "summary"],
    filters: { id: input.order_id },
  }).config({ name: "get-order-after-settled-return" })
  const kept = transform({ made, orders, after, input }, ({ made, orders, after, input }) => {
    if (!made) {
      return 0
    }
    const pending = (o: unknown) => Number((o as { summary?: { pending_difference?: number } } | undefined)?.summary?.pending_difference ?? 0)
    const credited = pending(orders[0]) - pending(after[0])
    return Math.min(0, input.amount - credited)
  })
  when("settled-unit-value-kept", { kept }, ({ kept }) => kept < 0).then(() => {
    createOrderCreditLinesWorkflow.runAsStep({
      input: transform({ input, kept }, ({ input, kept }) => ({
        id: input.order_id,
        credit_lines: [
          {
            amount: kept,
            reference: "warranty_claim",
            reference_id: input.claim_id,
            metadata: { ticket_number: input.ticket_number, note: "Value of the settled unit not paid out in money (R8.3, R8.5)" },
          },
        ],
      })),
    })
  })

  return new WorkflowResponse(transform({ made }, ({ made }): ReturnSettledUnitResult => ({ return_id: made ?? null })))
})
