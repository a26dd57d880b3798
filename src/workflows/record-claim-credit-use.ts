import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { markClaimsDeviceBoughtStep } from "./steps/mark-claims-device-bought"

export const recordClaimCreditUseWorkflowId = "record-claim-credit-use"

type OrderCodes = {
  id: string
  customer_id?: string | null
  promotions?: ({ code?: string | null } | null)[] | null
  items?: ({ adjustments?: ({ code?: string | null } | null)[] | null } | null)[] | null
}

/**
 * R8.5: an order placed with a claim's credit code means the shopper bought another device; the
 * claim records that order (`resolution.device_bought_order_id`), which makes returning the broken
 * device free.
 */
export const recordClaimCreditUseWorkflow = createWorkflow(recordClaimCreditUseWorkflowId, (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "customer_id", "promotions.code", "items.adjustments.code"],
    filters: { id: input.order_id },
  })
  const marked = markClaimsDeviceBoughtStep(
    transform({ input, orders }, ({ input, orders }) => {
      const order = orders[0] as OrderCodes | undefined
      const codes = new Set<string>()
      for (const p of order?.promotions ?? []) {
        if (p?.code) {
          codes.add(p.code)
        }
      }
      for (const item of order?.items ?? []) {
        for (const a of item?.adjustments ?? []) {
          if (a?.code) {
            codes.add(a.code)
          }
        }
      }
      return { order_id: input.order_id, customer_id: order?.customer_id ?? null, codes: [...codes] }
    })
  )
  return new WorkflowResponse({ warranty_claim_ids: marked })
})
