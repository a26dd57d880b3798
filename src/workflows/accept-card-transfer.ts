import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CardOwnerChange } from "../modules/warranty/card-owners"
import { WarrantyEvents } from "../modules/warranty/events"
import { changeCardOwnerStep } from "./steps/change-card-owner"
import { findCardTransferStep } from "./steps/find-card-transfer"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { loadTransferableCardStep } from "./steps/load-transferable-card"
import { retrieveCustomerStep } from "./steps/retrieve-customer"

export const acceptCardTransferWorkflowId = "accept-card-transfer"

/**
 * Issue 11 s.3: the new owner, signed in with the e-mail address the link went to, takes the
 * card: it keeps its dates (R7.6 spirit), the log records them, the token is spent, and the
 * previous owner no longer sees it. Refused while a claim on the card is open.
 */
export const acceptCardTransferWorkflow = createWorkflow(
  acceptCardTransferWorkflowId,
  (input: { id: string; token: string; customer_id: string }) => {
    const settings = getWarrantySettingsStep()
    const customer = retrieveCustomerStep({ id: input.customer_id })
    const findInput = transform({ input, customer, settings }, ({ input, customer, settings }) => ({
      warranty_card_id: input.id,
      token: input.token,
      customer,
      now: settings.now,
    }))
    const transfer = findCardTransferStep(findInput)
    loadTransferableCardStep({ id: input.id })
    const change = transform({ input, transfer }, ({ input, transfer }): CardOwnerChange => ({
      warranty_card_id: input.id,
      from: transfer.from_customer_id,
      to: input.customer_id,
      source: "card_transfer",
      actor: "customer",
      actor_id: input.customer_id,
      transfer_id: transfer.id,
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
  }
)
