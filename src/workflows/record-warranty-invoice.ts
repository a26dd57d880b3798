import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { startedCard } from "../modules/warranty/rules/status"
import { CardCorrection, createCardCorrectionsStep } from "./steps/create-card-corrections"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"
import { upsertWarrantyInvoiceStep } from "./steps/upsert-warranty-invoice"
import { validateStartDateStep } from "./steps/validate-start-date"

export const recordWarrantyInvoiceWorkflowId = "record-warranty-invoice"

type CardRow = {
  id: string
  order_id: string
  months: number
  battery_days: number
  status: string
  starts_on: string | null
  delivery_kind: string
}

/**
 * R3.2: for courier orders the warranty starts on the day the invoice (the card) is issued. An
 * ERP records that date here: the order's pending courier cards start on it, and courier cards
 * already started on another day (the shipment day) are moved to it, with a correction record.
 */
export const recordWarrantyInvoiceWorkflow = createWorkflow(
  recordWarrantyInvoiceWorkflowId,
  (input: { order_id: string; issued_on: string; actor_id: string }) => {
    const settings = getWarrantySettingsStep()
    useQueryGraphStep({
      entity: "order",
      fields: ["id"],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-order" })
    const dateCheck = transform({ input, settings }, ({ input, settings }) => ({
      field: "issued_on",
      date: input.issued_on,
      today: settings.today,
    }))
    validateStartDateStep(dateCheck)

    const invoice = upsertWarrantyInvoiceStep({
      order_id: input.order_id,
      issued_on: input.issued_on,
      recorded_by: input.actor_id,
    })

    const { data: cards } = useQueryGraphStep({
      entity: "warranty_card",
      fields: ["id", "order_id", "months", "battery_days", "status", "starts_on", "delivery_kind"],
      filters: { order_id: input.order_id, delivery_kind: "courier", status: ["pending", "active", "expired"] },
    }).config({ name: "get-courier-cards" })

    const plan = transform({ cards, input, settings }, ({ cards, input, settings }) => {
      const updates: ({ id: string } & Record<string, unknown>)[] = []
      const corrections: CardCorrection[] = []
      const started: { id: string; order_id: string; starts_on: string }[] = []
      for (const card of cards as CardRow[]) {
        if (card.starts_on === input.issued_on) {
          continue
        }
        updates.push(startedCard(card, input.issued_on, new Date(`${input.issued_on}T12:00:00Z`), settings.today))
        if (card.status === "pending") {
          started.push({ id: card.id, order_id: card.order_id, starts_on: input.issued_on })
        } else {
          corrections.push({
            warranty_card_id: card.id,
            field: "starts_on",
            previous_value: card.starts_on,
            value: input.issued_on,
            reason: "invoice_date",
            recorded_by: input.actor_id,
          })
        }
      }
      return { updates, corrections, started }
    })

    updateWarrantyCardsStep(plan.updates)
    createCardCorrectionsStep(plan.corrections)
    emitEventStep({ eventName: WarrantyEvents.CARD_STARTED, data: plan.started })

    return new WorkflowResponse(invoice)
  }
)
