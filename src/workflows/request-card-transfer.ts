import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { addHours } from "date-fns"
import { WarrantyEvents } from "../modules/warranty/events"
import { buildCardTransferMailStep } from "./steps/build-transfer-mails"
import { createCardTransferStep } from "./steps/create-card-transfer"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { loadTransferableCardStep } from "./steps/load-transferable-card"
import { retrieveCustomerStep, type CustomerRow } from "./steps/retrieve-customer"

export const requestCardTransferWorkflowId = "request-card-transfer"

export type RequestCardTransferInput = {
  /** The card. */
  id: string
  /** The owner, who starts it (a card of someone else is a 404). */
  customer_id: string
  /** The new owner's e-mail (lower case). */
  email: string
  locale: string
}

/** Handing a card to oneself is a mistake the owner can correct. */
const validateRecipientStep = createStep("validate-card-transfer-recipient", async (input: { owner: CustomerRow; email: string }) => {
  if (input.owner.email && input.owner.email.toLowerCase() === input.email) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: this is your own e-mail address; enter the new owner's")
  }
  return new StepResponse(true)
})

/**
 * Issue 11 s.3: the owner hands a card on to the account with an e-mail address: a one-time link
 * (token stored hashed, valid `card_transfer_valid_hours`) goes to that address through the
 * Notification Module; the card changes hands only when that account accepts.
 */
export const requestCardTransferWorkflow = createWorkflow(requestCardTransferWorkflowId, (input: RequestCardTransferInput) => {
  const settings = getWarrantySettingsStep()
  const card = loadTransferableCardStep({ id: input.id, customer_id: input.customer_id })
  const owner = retrieveCustomerStep({ id: input.customer_id })
  validateRecipientStep({ owner, email: input.email })
  const transferInput = transform({ input, settings }, ({ input, settings }) => ({
    warranty_card_id: input.id,
    from_customer_id: input.customer_id,
    email: input.email,
    locale: input.locale,
    expires_at: addHours(new Date(settings.now), settings.card_transfer_valid_hours),
  }))
  const created = createCardTransferStep(transferInput)
  const mailInput = transform({ created, card, owner, settings }, ({ created, card, owner, settings }) => ({
    transfer: created.transfer,
    token: created.token,
    card: { id: card.id, card_number: card.card_number, product_title: card.product_title },
    from: { first_name: owner.first_name, last_name: owner.last_name },
    settings,
  }))
  const mails = buildCardTransferMailStep(mailInput)
  sendNotificationsStep(mails)
  const event = transform({ created }, ({ created }) => ({
    id: created.transfer.id,
    warranty_card_id: created.transfer.warranty_card_id,
    expires_at: created.transfer.expires_at,
  }))
  emitEventStep({ eventName: WarrantyEvents.CARD_TRANSFER_REQUESTED, data: event })
  const transfer = transform({ created }, ({ created }) => ({
    id: created.transfer.id,
    warranty_card_id: created.transfer.warranty_card_id,
    email: created.transfer.email,
    status: created.transfer.status,
    expires_at: created.transfer.expires_at,
    created_at: created.transfer.created_at,
  }))
  return new WorkflowResponse(transfer)
})
