import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { VoidReason } from "../modules/warranty/events"
import { orderCardsLock } from "./utils/order-cards-lock"
import { voidWarrantyCardsWorkflow } from "./void-warranty-cards"

export const voidReturnedWarrantyCardsWorkflowId = "void-returned-warranty-cards"

type ReturnRow = {
  metadata?: Record<string, unknown> | null
  items?: { item_id: string; received_quantity?: number | string | null }[]
}
type CardRow = { id: string; line_item_id: string; unit_index: number; status: string; void_reason?: string | null }

/**
 * Units that came back through Medusa's returns lose their warranty: for each line item, as many
 * cards as units received back are voided with reason `returned`. Counting against all received
 * returns of the order makes a repeated event harmless. A claim's settlement return (R8.3, R8.5,
 * `metadata.warranty_claim_id`) is not counted: its unit's card was voided as settled. Under the
 * order's lock, so the same event delivered twice at once voids the units once.
 */
export const voidReturnedWarrantyCardsWorkflow = createWorkflow(
  voidReturnedWarrantyCardsWorkflowId,
  (input: { order_id: string; voided_at: Date }) => {
    acquireLockStep(transform({ input }, ({ input }) => orderCardsLock(input.order_id)))
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      // Big-number fields of return items only come back with the whole row.
      fields: ["id", "returns.metadata", "returns.items.*"],
      filters: { id: input.order_id },
    }).config({ name: "get-order-returns" })

    const { data: cards } = useQueryGraphStep({
      entity: "warranty_card",
      fields: ["id", "line_item_id", "unit_index", "status", "void_reason"],
      filters: { order_id: input.order_id },
    }).config({ name: "get-order-cards" })

    const voidInput = transform({ orders, cards, input }, ({ orders, cards, input }) => {
      const received = new Map<string, number>()
      for (const ret of ((orders[0]?.returns ?? []) as ReturnRow[])) {
        // R8.3, R8.5: a claim's settlement return takes back a unit whose card is already void (settled).
        if (ret.metadata?.warranty_claim_id) {
          continue
        }
        for (const item of ret.items ?? []) {
          received.set(item.item_id, (received.get(item.item_id) ?? 0) + Number(item.received_quantity ?? 0))
        }
      }
      const ids: string[] = []
      for (const [lineItemId, qty] of received) {
        const forItem = (cards as CardRow[]).filter((c) => c.line_item_id === lineItemId)
        // A replaced unit (R8.2) came back through its exchange's return: it counts as returned.
        const alreadyReturned = forItem.filter((c) => c.void_reason === VoidReason.RETURNED || c.void_reason === VoidReason.REPLACED).length
        // Only a unit the customer received can come back: void started cards before pending
        // ones, the last started first.
        const rank = (c: CardRow) => (c.status === "pending" ? 1 : 0)
        const open = forItem
          .filter((c) => c.status !== "void")
          .sort((a, b) => rank(a) - rank(b) || b.unit_index - a.unit_index)
        ids.push(...open.slice(0, Math.max(0, qty - alreadyReturned)).map((c) => c.id))
      }
      return { ids, reason: VoidReason.RETURNED, voided_at: input.voided_at }
    })

    const voided = voidWarrantyCardsWorkflow.runAsStep({ input: voidInput })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: orderCardsLock(input.order_id).key })))
    return new WorkflowResponse(voided)
  }
)
