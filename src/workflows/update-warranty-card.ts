import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeEndDates } from "../modules/warranty/rules/dates"
import { CardCorrection, createCardCorrectionsStep } from "./steps/create-card-corrections"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { retrieveWarrantyCardStep } from "./steps/retrieve-warranty-card"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"
import { validateCardNotVoidStep } from "./steps/validate-card-not-void"
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
 * end dates with it (R3.4, R4.1), starts a pending card, and is recorded with its reason.
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

    const plan = transform({ input, card }, ({ input, card }) => {
      const update: { id: string } & Record<string, unknown> = { id: card.id }
      const corrections: CardCorrection[] = []
      if (input.serial_number !== undefined) {
        update.serial_number = input.serial_number === null ? null : input.serial_number.trim()
      }
      if (input.starts_on && input.starts_on !== card.starts_on) {
        Object.assign(update, computeEndDates(input.starts_on, card.months, card.battery_days))
        update.starts_on = input.starts_on
        if (card.status === "pending") {
          update.status = "active"
          update.issued_at = new Date(`${input.starts_on}T12:00:00Z`)
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
      return { updates: [update], corrections }
    })

    const updated = updateWarrantyCardsStep(plan.updates)
    createCardCorrectionsStep(plan.corrections)
    const result = transform({ updated }, ({ updated }) => updated[0])
    return new WorkflowResponse(result)
  }
)
