import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimRefund } from "../modules/warranty/rules/claim-offers"
import { refundPaymentWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateClaimRefundStep } from "./steps/validate-claim-refund"

export const refundClaimValueWorkflowId = "refund-claim-value"

export type RefundClaimValueInput = {
  order_id: string
  amount: number
  currency_code: string
  note: string
  actor_id: string | null
}


/**
 * R8.3(c): the device's value goes back to the shopper through Medusa's own refund on the
 * original order's captured payment, so the order's history and totals show it.
 */
export const refundClaimValueWorkflow = createWorkflow(refundClaimValueWorkflowId, (input: RefundClaimValueInput) => {
  const checked = validateClaimRefundStep(
    transform({ input }, ({ input }) => ({ order_id: input.order_id, amount: input.amount, currency_code: input.currency_code }))
  )
  refundPaymentWorkflow.runAsStep({
    input: transform({ input, checked }, ({ input, checked }) => ({
      payment_id: checked.payment_id,
      amount: input.amount,
      note: input.note,
      created_by: input.actor_id ?? undefined,
    })),
  })
  const { data: payments } = useQueryGraphStep({
    entity: "payment",
    fields: ["id", "refunds.id"],
    filters: transform({ checked }, ({ checked }) => ({ id: checked.payment_id })),
  }).config({ name: "read-claim-refund" })

  return new WorkflowResponse(
    transform({ input, checked, payments }, ({ input, checked, payments }): ClaimRefund => {
      const before = new Set(checked.refund_ids)
      const payment = payments[0] as { refunds?: ({ id: string } | null)[] | null } | undefined
      const made = (payment?.refunds ?? []).find((r) => r && !before.has(r.id))
      return { payment_id: checked.payment_id, refund_id: made?.id ?? null, amount: input.amount, currency_code: input.currency_code }
    })
  )
})
