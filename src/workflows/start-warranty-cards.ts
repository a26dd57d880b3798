import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { dayIn } from "../modules/warranty/rules/dates"
import { kindOfFulfillmentSet } from "../modules/warranty/rules/delivery"
import { startedCard } from "../modules/warranty/rules/status"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"

export const startWarrantyCardsWorkflowId = "start-warranty-cards"

export type StartWarrantyCardsInput = {
  fulfillment_id: string
  /** `shipment`: the parcel (and the invoice in it) left; `delivery`: handed over. */
  trigger: "shipment" | "delivery"
}

type FulfillmentRow = {
  id: string
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  items?: { line_item_id?: string | null; quantity: number | string }[]
  order?: { id: string } | null
  shipping_option?: { service_zone?: { fulfillment_set?: { type?: string | null } | null } | null } | null
}

type CardRow = {
  id: string
  order_id: string
  line_item_id: string
  unit_index: number
  months: number
  battery_days: number
  delivery_kind: string
  status: string
  fulfillment_id: string | null
}

/**
 * R3: a card starts when the customer gets the product and the card.
 * - courier (R3.2): on the day the shipment is created (the invoice travels with the parcel), or
 *   on the invoice date recorded for the order;
 * - pickup (R3.1): on the day the pickup fulfilment is marked delivered.
 * The fulfilment decides each unit's kind (R3.1/R3.2 per unit): its shipping option's fulfilment
 * set (`pickup` or `shipping`) is written on the cards it starts, so one order can hand one item
 * over in the shop and send another by courier. A fulfilment without a shipping option keeps the
 * kind the card was issued with. Each started card remembers its fulfilment, so a fulfilment
 * starts at most as many cards as it holds units, however often its events arrive, and a later parcel starts its own units. A
 * delivery also starts a courier unit that was never shipped through Medusa.
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
      const f = fulfillments[0] as FulfillmentRow | undefined
      return f?.order?.id ?? "__none__"
    })

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
        const f = fulfillments[0] as FulfillmentRow | undefined
        if (!f) {
          return []
        }
        const at =
          input.trigger === "shipment" ? f.shipped_at ?? f.delivered_at : f.delivered_at ?? f.shipped_at
        const eventDay = at ? dayIn(new Date(at), settings.time_zone) : settings.today
        const invoiceDay = (invoices[0] as { issued_on?: string } | undefined)?.issued_on
        const all = cards as CardRow[]
        const setType = f.shipping_option?.service_zone?.fulfillment_set?.type
        const kindOf = (card: CardRow) => (setType ? kindOfFulfillmentSet(setType) : card.delivery_kind)
        const units = new Map<string, number>()
        for (const item of f.items ?? []) {
          if (item.line_item_id) {
            units.set(item.line_item_id, (units.get(item.line_item_id) ?? 0) + Number(item.quantity))
          }
        }
        const out: ({ id: string } & Record<string, unknown>)[] = []
        for (const [lineItemId, quantity] of units) {
          const startedHere = all.filter((c) => c.line_item_id === lineItemId && c.fulfillment_id === f.id).length
          const waiting = all
            .filter((c) => c.line_item_id === lineItemId && c.status === "pending" && !c.fulfillment_id)
            // A shipment starts courier cards only; a pickup card waits for the handover.
            .filter((c) => input.trigger === "delivery" || kindOf(c) === "courier")
            .sort((a, b) => a.unit_index - b.unit_index)
          for (const card of waiting.slice(0, Math.max(0, quantity - startedHere))) {
            const delivery_kind = kindOf(card)
            const starts_on = delivery_kind === "courier" && invoiceDay ? invoiceDay : eventDay
            const issued_at = at ? new Date(at) : new Date(`${starts_on}T12:00:00Z`)
            out.push({ ...startedCard(card, starts_on, issued_at, settings.today), fulfillment_id: f.id, delivery_kind })
          }
        }
        return out
      }
    )

    const started = updateWarrantyCardsStep(updates)

    const events = transform({ started }, ({ started }) =>
      started.map((c) => ({ id: c.id, order_id: c.order_id, starts_on: c.starts_on }))
    )
    emitEventStep({ eventName: WarrantyEvents.CARD_STARTED, data: events })

    return new WorkflowResponse(started)
  }
)
