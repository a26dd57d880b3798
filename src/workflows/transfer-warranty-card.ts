import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CardOwnerChange } from "../modules/warranty/card-owners"
import { WarrantyEvents } from "../modules/warranty/events"
import { changeCardOwnerStep } from "./steps/change-card-owner"
import { loadTransferableCardStep } from "./steps/load-transferable-card"
import { retrieveCustomerStep } from "./steps/retrieve-customer"

export const transferWarrantyCardWorkflowId = "transfer-warranty-card"

export type TransferWarrantyCardInput = { id: string; customer_id: string; note?: string | null; actor_id: string }

const validateNewOwnerStep = createStep(
  "validate-new-card-owner",
  async (input: { current: string | null; customer_id: string }) => {
    if (input.current === input.customer_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "customer_id: the card already belongs to this customer")
    }
    return new StepResponse(true)
  }
)

/**
 * Issue 11 s.3: staff give a card to another customer (the phone was resold): the card keeps its
 * dates, the log records who did it, an open storefront transfer is canceled, and the card no
 * longer follows its order. Refused while a claim on it is open, or with transfers turned off.
 */
export const transferWarrantyCardWorkflow = createWorkflow(transferWarrantyCardWorkflowId, (input: TransferWarrantyCardInput) => {
  const card = loadTransferableCardStep({ id: input.id })
  retrieveCustomerStep({ id: input.customer_id, field: "customer_id" })
  validateNewOwnerStep(transform({ card, input }, ({ card, input }) => ({ current: card.customer_id ?? null, customer_id: input.customer_id })))
  const change = transform({ input, card }, ({ input, card }): CardOwnerChange => ({
    warranty_card_id: card.id,
    from: card.customer_id ?? null,
    to: input.customer_id,
    source: "admin_transfer",
    actor: "admin",
    actor_id: input.actor_id,
    note: input.note ?? null,
  }))
  const made = changeCardOwnerStep(change)
  const event = transform({ made }, ({ made }) => ({
    id: made.warranty_card_id,
    previous_customer_id: made.from,
    customer_id: made.to,
    source: made.source,
  }))
  emitEventStep({ eventName: WarrantyEvents.CARD_TRANSFERRED, data: event })
  return new WorkflowResponse(made)
})
