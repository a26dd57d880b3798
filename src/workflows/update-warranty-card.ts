import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { startedCard } from "../modules/warranty/rules/status"
import { CardCorrection, createCardCorrectionsStep } from "./steps/create-card-corrections"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { retrieveWarrantyCardStep } from "./steps/retrieve-warranty-card"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"
import { validateCardNotVoidStep } from "./steps/validate-card-not-void"
import { validateSerialNumberFreeStep } from "./steps/validate-serial-number-free"
import { validateStartDateStep } from "./steps/validate-start-date"

export const updateWarrantyCardWorkflowId = "update-warranty-card"

export type UpdateWarrantyCardInput = {
  id: string
  serial_number?: string | null
  /** A corrected start date; `reason` is required with it (the route validates that). */
  starts_on?: string
  reason?: string
  actor_id: string
}

/**
 * Staff set the serial/IMEI (R1.2) or correct the start date (R3). A corrected start moves the
 * end dates with it (R3.4, R4.1), starts a pending card, sets `active` or `expired` from the new
 * end date, and is recorded with its reason.
 */
export const updateWarrantyCardWorkflow = createWorkflow(
  updateWarrantyCardWorkflowId,
  (input: UpdateWarrantyCardInput) => {
    const settings = getWarrantySettingsStep()
    const card = retrieveWarrantyCardStep({ id: input.id })
    validateCardNotVoidStep(card)
    const dateCheck = transform({ input, settings }, ({ input, settings }) => ({
      field: "starts_on",
      date: input.starts_on,
      today: settings.today,
    }))
    validateStartDateStep(dateCheck)
    validateSerialNumberFreeStep({ card_id: input.id, serial_number: input.serial_number })

    const plan = transform({ input, card, settings }, ({ input, card, settings }) => {
      const update: { id: string } & Record<string, unknown> = { id: card.id }
      const corrections: CardCorrection[] = []
      if (input.serial_number !== undefined) {
        update.serial_number = input.serial_number === null ? null : input.serial_number.trim()
      }
      const started: { id: string; order_id: string; starts_on: string }[] = []
      if (input.starts_on && input.starts_on !== card.starts_on) {
        const issued_at = card.issued_at ?? new Date(`${input.starts_on}T12:00:00Z`)
        Object.assign(update, startedCard(card, input.starts_on, issued_at, settings.today))
        if (card.status === "pending") {
          started.push({ id: card.id, order_id: card.order_id, starts_on: input.starts_on })
        }
        corrections.push({
          warranty_card_id: card.id,
          field: "starts_on",
          previous_value: card.starts_on ?? null,
          value: input.starts_on,
          reason: input.reason ?? "",
          recorded_by: input.actor_id,
        })
      }
      return { updates: [update], corrections, started }
    })

    const updated = updateWarrantyCardsStep(plan.updates)
    createCardCorrectionsStep(plan.corrections)
    emitEventStep({ eventName: WarrantyEvents.CARD_STARTED, data: plan.started })
    const result = transform({ updated }, ({ updated }) => updated[0])
    return new WorkflowResponse(result)
  }
)
