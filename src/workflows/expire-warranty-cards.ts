import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"

export const expireWarrantyCardsWorkflowId = "expire-warranty-cards"

/** R3.4: stores `expired` on active cards whose end day has passed in the shop's time zone. */
export const expireWarrantyCardsWorkflow = createWorkflow(expireWarrantyCardsWorkflowId, () => {
  const settings = getWarrantySettingsStep()
  const { data: cards } = useQueryGraphStep({
    entity: "warranty_card",
    fields: ["id", "order_id"],
    filters: transform({ settings }, ({ settings }) => ({ status: "active", ends_on: { $lt: settings.today } })),
    pagination: { take: 1000, skip: 0 },
  })
  const updates = transform({ cards }, ({ cards }) => cards.map((c) => ({ id: c.id as string, status: "expired" })))
  updateWarrantyCardsStep(updates)
  const events = transform({ cards }, ({ cards }) => cards.map((c) => ({ id: c.id, order_id: c.order_id })))
  emitEventStep({ eventName: WarrantyEvents.CARD_EXPIRED, data: events })
  return new WorkflowResponse(transform({ cards }, ({ cards }) => cards.length))
})
