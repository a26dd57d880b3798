import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import type { CardOwnerChange } from "../modules/warranty/card-owners"
import { findCardOwnerChangesStep, type FindCardOwnerChangesInput } from "./steps/find-card-owner-changes"
import { reassignCardOwnersStep } from "./steps/reassign-card-owners"

export const syncCardOwnersWorkflowId = "sync-card-owners"

/**
 * Issue 11 s.2: cards and their claims follow their order's customer after Medusa's order
 * transfer (store or admin, to an account or to a guest). Run before every store read of cards
 * and claims, on staff's card and claim pages, and by a job; idempotent, and safe when several
 * servers run it at once (each change applies only while the card still has the owner read).
 */
export const syncCardOwnersWorkflow = createWorkflow(syncCardOwnersWorkflowId, (input: FindCardOwnerChangesInput) => {
  const found = findCardOwnerChangesStep(input)
  const changes = transform({ found }, ({ found }): CardOwnerChange[] =>
    found.map((f) => ({
      warranty_card_id: f.warranty_card_id,
      from: f.from,
      to: f.to,
      source: "order_transfer",
      actor: "system",
      actor_id: null,
      note: f.order_id,
    }))
  )
  const made = reassignCardOwnersStep(changes)
  const events = transform({ made }, ({ made }) =>
    made.map((m) => ({ id: m.warranty_card_id, previous_customer_id: m.from, customer_id: m.to, source: m.source }))
  )
  emitEventStep({ eventName: WarrantyEvents.CARD_TRANSFERRED, data: events })
  return new WorkflowResponse(made)
})
