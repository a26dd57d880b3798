import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { planCardStarts, StartableCard, StartFulfillment } from "../modules/warranty/rules/card-starts"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"
import { orderCardsLock } from "./utils/order-cards-lock"

export const startWarrantyCardsWorkflowId = "start-warranty-cards"

export type StartWarrantyCardsInput = {
  fulfillment_id: string
  /** `shipment`: the parcel (and the invoice in it) left; `delivery`: handed over. */
  trigger: "shipment" | "delivery"
}

/**
 * R3: a card starts when the customer gets the product and the card (the rules are in
 * `planCardStarts`). Each started card remembers its fulfilment, so a fulfilment starts at most
 * as many cards as it holds units, however often its events arrive, and a later parcel starts its
 * own units. A delivery also starts a courier unit that was never shipped through Medusa. Cards
 * not issued yet when the event comes are started by issuance itself (`planLateCardStarts`).
 */
export const startWarrantyCardsWorkflow = createWorkflow(
  startWarrantyCardsWorkflowId,
  (input: StartWarrantyCardsInput) => {
    const settings = getWarrantySettingsStep()

    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      // A big-number field is only returned with its raw_ column.
      fields: [
        "id",
        "shipped_at",
        "delivered_at",
        "items.line_item_id",
        "items.quantity",
        "items.raw_quantity",
        "order.id",
        "shipping_option.service_zone.fulfillment_set.type",
      ],
      filters: { id: input.fulfillment_id },
    }).config({ name: "get-fulfillment" })

    const orderId = transform({ fulfillments }, ({ fulfillments }) => {
      const f = fulfillments[0] as { order?: { id: string } | null } | undefined
      return f?.order?.id ?? "__none__"
    })
    // Issuance and every start of one order's cards take turns (events arrive twice, at once, or
    // before the cards exist), in one process or many (the locking module's provider).
    acquireLockStep(transform({ orderId }, ({ orderId }) => orderCardsLock(orderId)))

    const { data: cards } = useQueryGraphStep({
      entity: "warranty_card",
      fields: ["id", "order_id", "line_item_id", "unit_index", "months", "battery_days", "delivery_kind", "status", "fulfillment_id"],
      filters: { order_id: orderId },
    }).config({ name: "get-order-cards" })

    const { data: invoices } = useQueryGraphStep({
      entity: "warranty_invoice",
      fields: ["order_id", "issued_on"],
      filters: { order_id: orderId },
    }).config({ name: "get-invoice" })

    const updates = transform(
      { input, fulfillments, cards, invoices, settings },
      ({ input, fulfillments, cards, invoices, settings }) => {
        const f = fulfillments[0] as StartFulfillment | undefined
        if (!f) {
          return []
        }
        const invoiceDay = (invoices[0] as { issued_on?: string } | undefined)?.issued_on
        return planCardStarts(f, input.trigger, cards as StartableCard[], { ...settings, invoiceDay })
      }
    )

    const started = updateWarrantyCardsStep(updates)
    releaseLockStep(transform({ orderId }, ({ orderId }) => ({ key: orderCardsLock(orderId).key })))

    const events = transform({ started }, ({ started }) =>
      started.map((c) => ({ id: c.id, order_id: c.order_id, starts_on: c.starts_on }))
    )
    emitEventStep({ eventName: WarrantyEvents.CARD_STARTED, data: events })

    return new WorkflowResponse(started)
  }
)
