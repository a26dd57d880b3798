import { dayIn } from "./dates"
import { kindOfFulfillmentSet } from "./delivery"
import { startedCard } from "./status"

export type StartTrigger = "shipment" | "delivery"

export type StartFulfillment = {
  id: string
  shipped_at?: string | Date | null
  delivered_at?: string | Date | null
  items?: { line_item_id?: string | null; quantity: number | string }[]
  shipping_option?: { service_zone?: { fulfillment_set?: { type?: string | null } | null } | null } | null
}

export type StartableCard = {
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

export type CardStart = { id: string } & Record<string, unknown>

type StartContext = { invoiceDay?: string | null; time_zone: string; today: string }

/**
 * R3: the cards one fulfilment starts on one of its events.
 * - courier (R3.2): on the day the shipment is created (the invoice travels with the parcel), or
 *   on the invoice date recorded for the order;
 * - pickup (R3.1): on the day the pickup fulfilment is marked delivered.
 * The fulfilment's shipping option decides each unit's kind (R3.1/R3.2 per unit); without one the
 * card keeps the kind it was issued with. A fulfilment starts at most as many cards as it holds
 * units, counting the ones it started before, so an event delivered twice starts nothing more.
 */
export function planCardStarts(
  f: StartFulfillment,
  trigger: StartTrigger,
  cards: StartableCard[],
  ctx: StartContext
): CardStart[] {
  const at = trigger === "shipment" ? f.shipped_at ?? f.delivered_at : f.delivered_at ?? f.shipped_at
  const eventDay = at ? dayIn(new Date(at), ctx.time_zone) : ctx.today
  const setType = f.shipping_option?.service_zone?.fulfillment_set?.type
  const kindOf = (card: StartableCard) => (setType ? kindOfFulfillmentSet(setType) : card.delivery_kind)
  const units = new Map<string, number>()
  for (const item of f.items ?? []) {
    if (item.line_item_id) {
      units.set(item.line_item_id, (units.get(item.line_item_id) ?? 0) + Number(item.quantity))
    }
  }
  const out: CardStart[] = []
  for (const [lineItemId, quantity] of units) {
    const startedHere = cards.filter((c) => c.line_item_id === lineItemId && c.fulfillment_id === f.id).length
    const waiting = cards
      .filter((c) => c.line_item_id === lineItemId && c.status === "pending" && !c.fulfillment_id)
      // A shipment starts courier cards only; a pickup card waits for the handover.
      .filter((c) => trigger === "delivery" || kindOf(c) === "courier")
      .sort((a, b) => a.unit_index - b.unit_index)
    for (const card of waiting.slice(0, Math.max(0, quantity - startedHere))) {
      const delivery_kind = kindOf(card)
      const starts_on = delivery_kind === "courier" && ctx.invoiceDay ? ctx.invoiceDay : eventDay
      const issued_at = at ? new Date(at) : new Date(`${starts_on}T12:00:00Z`)
      out.push({ ...startedCard(card, starts_on, issued_at, ctx.today), fulfillment_id: f.id, delivery_kind })
    }
  }
  return out
}

/**
 * R3 for cards issued after their units already left (an `order.placed` handled after
 * `shipment.created` or `delivery.created`): every fulfilment of the order replays its shipment
 * and then its handover, in that order, exactly as the events would have started the cards.
 */
export function planLateCardStarts(
  fulfillments: StartFulfillment[],
  cards: StartableCard[],
  ctx: StartContext
): CardStart[] {
  const current = cards.map((c) => ({ ...c }))
  const out: CardStart[] = []
  const ordered = [...fulfillments].sort((a, b) => String(a.id).localeCompare(String(b.id)))
  for (const f of ordered) {
    const triggers: StartTrigger[] = []
    if (f.shipped_at) {
      triggers.push("shipment")
    }
    if (f.delivered_at) {
      triggers.push("delivery")
    }
    for (const trigger of triggers) {
      for (const start of planCardStarts(f, trigger, current, ctx)) {
        const card = current.find((c) => c.id === start.id)
        if (card) {
          card.status = String(start.status)
          card.fulfillment_id = f.id
        }
        out.push(start)
      }
    }
  }
  return out
}
