import { VoidReason } from "../modules/warranty/events"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginExchangeOrderWorkflow,
  beginReceiveReturnWorkflow,
  confirmExchangeRequestWorkflow,
  confirmReturnReceiveWorkflow,
  createExchangeShippingMethodWorkflow,
  dismissItemReturnRequestWorkflow,
  emitEventStep,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { createWarrantyCardsStep, NewWarrantyCard } from "./steps/create-warranty-cards"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { releaseReplacementHoldStep } from "./steps/release-replacement-hold"
import { retrieveWarrantyCardStep } from "./steps/retrieve-warranty-card"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"
import { ReplacementOrder, ReplacementVariant, validateReplacementStep } from "./steps/validate-replacement"
import { OFFER_ORDER_FIELDS } from "./utils/offer-order"
import { voidWarrantyCardsWorkflow } from "./void-warranty-cards"

export const replaceClaimedUnitWorkflowId = "replace-claimed-unit"

/** Void reason of a card whose unit was swapped for a new one under warranty (R8.2). */

export type ReplaceClaimedUnitInput = {
  claim_id: string
  ticket_number: string
  order_id: string
  old_card_id: string
  /** The replacement: the same model with the same characteristics (R8.2). */
  variant_id: string
  actor_id: string | null
  /** The new unit gets a full term of its own instead of the old card's remaining one. */
  fresh_term: boolean
  /** Reservations that held the unit while the offer was open; swapped for the exchange's own. */
  held_reservation_ids?: string[]
}

export type ReplaceClaimedUnitResult = {
  exchange_id: string
  return_id: string
  new_line_item_id: string
  new_card_id: string
  old_card_id: string
}

type ExchangeRow = { id: string; return_id?: string | null; additional_items?: ({ item_id?: string | null } | null)[] | null }

/**
 * R8.2: a unit that cannot be repaired is swapped for the same model through a Medusa exchange on
 * its order: the broken unit comes back (it is already at the workshop, so the return is received
 * at once and dismissed as damaged, never restocked), the new unit goes out at the original price
 * and free shipping, so the order owes nothing. The new unit gets its own card and the old card is
 * voided as `replaced`.
 * R7.6: the new card runs on to the old card's end dates (active from today); with `fresh_term`
 * it waits `pending` and starts like any sold unit when the exchange's parcel ships (R3).
 * One order change at a time: every exchange and return step runs strictly one after the other,
 * and each undoes itself when a later step fails.
 */
export const replaceClaimedUnitWorkflow = createWorkflow(
  replaceClaimedUnitWorkflowId,
  (input: ReplaceClaimedUnitInput) => {
    const settings = getWarrantySettingsStep()
    const card = retrieveWarrantyCardStep({ id: input.old_card_id })

    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        ...OFFER_ORDER_FIELDS,
        "items.unit_price",
        "items.variant_id",
        "fulfillments.id",
        "payment_collections.id",
        "payment_collections.status",
      ],
      filters: { id: input.order_id },
    }).config({ name: "get-order" })

    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "title", "sku", "manage_inventory", "allow_backorder", "product.id", "product.title", "product.status"],
      filters: { id: input.variant_id },
    }).config({ name: "get-replacement-variant" })

    const plan = validateReplacementStep(
      transform({ input, card, orders, variants }, ({ input, card, orders, variants }) => ({
        card,
        order: orders[0] as ReplacementOrder | undefined,
        variant: variants[0] as ReplacementVariant | undefined,
        variant_id: input.variant_id,
        held_reservation_ids: input.held_reservation_ids ?? [],
      }))
    )

    // The unit held for the offer is handed to the exchange, which reserves it itself on confirm.
    when({ plan }, ({ plan }) => plan.held).then(() => {
      releaseReplacementHoldStep(transform({ input }, ({ input }) => input.held_reservation_ids ?? []))
    })

    const note = transform({ input }, ({ input }) => `Warranty claim ${input.ticket_number}: replacement (R8.2)`)

    const change = beginExchangeOrderWorkflow.runAsStep({
      input: transform({ input, note }, ({ input, note }) => ({
        order_id: input.order_id,
        created_by: input.actor_id ?? undefined,
        description: note,
        internal_note: note,
        metadata: { warranty_claim_id: input.claim_id, ticket_number: input.ticket_number },
      })),
    })
    const exchangeId = transform({ change }, ({ change }) => change.exchange_id as string)

    orderExchangeRequestItemReturnWorkflow.runAsStep({
      input: transform({ exchangeId, plan, note }, ({ exchangeId, plan, note }) => ({
        exchange_id: exchangeId,
        // Required by the type but unused: the workflow creates the exchange's return itself.
        return_id: "",
        // Back to the stock location the unit left from, which has a level for the variant.
        location_id: plan.location_id,
        items: [{ id: plan.line_item_id, quantity: 1, internal_note: note }],
      })),
    })

    // The original price, so the return's credit and the new item cancel out (R8.2: no charge).
    orderExchangeAddNewItemWorkflow.runAsStep({
      input: transform({ exchangeId, plan, input, note }, ({ exchangeId, plan, input, note }) => ({
        exchange_id: exchangeId,
        items: [{ variant_id: input.variant_id, quantity: 1, unit_price: plan.unit_price, internal_note: note }],
      })),
    })

    // An outbound method makes the confirmation reserve the new unit; a replacement ships free.
    createExchangeShippingMethodWorkflow.runAsStep({
      input: transform({ exchangeId, plan }, ({ exchangeId, plan }) => ({
        exchange_id: exchangeId,
        shipping_option_id: plan.shipping_option_id,
        custom_amount: 0,
      })),
    })

    confirmExchangeRequestWorkflow.runAsStep({
      input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({
        exchange_id: exchangeId,
        confirmed_by: input.actor_id ?? undefined,
      })),
    })

    const { data: exchanges } = useQueryGraphStep({
      entity: "order_exchange",
      fields: ["id", "return_id", "additional_items.item_id"],
      filters: { id: exchangeId },
    }).config({ name: "get-exchange" })

    const ids = transform({ exchanges }, ({ exchanges }) => {
      const exchange = exchanges[0] as ExchangeRow
      return {
        exchange_id: exchange.id,
        return_id: exchange.return_id as string,
        new_line_item_id: exchange.additional_items?.[0]?.item_id as string,
      }
    })

    // The broken unit is already at the workshop: received now, dismissed as damaged, not restocked.
    beginReceiveReturnWorkflow.runAsStep({
      input: transform({ ids, input, note }, ({ ids, input, note }) => ({
        return_id: ids.return_id,
        created_by: input.actor_id ?? undefined,
        internal_note: note,
      })),
    })
    dismissItemReturnRequestWorkflow.runAsStep({
      input: transform({ ids, plan, note }, ({ ids, plan, note }) => ({
        return_id: ids.return_id,
        items: [{ id: plan.line_item_id, quantity: 1, internal_note: `${note}: defective unit, not restocked` }],
      })),
    })
    confirmReturnReceiveWorkflow.runAsStep({
      input: transform({ ids, input }, ({ ids, input }) => ({
        return_id: ids.return_id,
        confirmed_by: input.actor_id ?? undefined,
      })),
    })

    const newCard = transform({ input, card, ids, plan, variants, settings }, ({ input, card, ids, plan, variants, settings }) => {
      const variant = variants[0] as { sku?: string | null }
      // R8.2: same order and customer, the new unit's product, the terms copied from the old card;
      // no serial number yet (staff record the new IMEI on the card).
      const cards: NewWarrantyCard[] = [
        {
          order_id: card.order_id,
          line_item_id: ids.new_line_item_id,
          unit_index: 0,
          product_id: plan.product_id,
          variant_id: input.variant_id,
          customer_id: card.customer_id ?? null,
          product_title: plan.product_title,
          variant_title: plan.variant_title,
          sku: variant.sku ?? null,
          months: card.months,
          battery_days: card.battery_days,
          coverage: card.coverage,
          kind: card.kind,
          oem_battery_model: card.oem_battery_model,
          delivery_kind: card.delivery_kind,
        },
      ]
      return { cards, year: settings.today.slice(0, 4) }
    })
    const created = createWarrantyCardsStep(newCard)

    // R7.6: unless the term starts afresh, the new unit is covered from today to the old card's end.
    const started = when({ input }, ({ input }) => !input.fresh_term).then(() => {
      const start = transform({ created, card, settings }, ({ created, card, settings }) => [
        {
          id: created[0].id,
          status: card.ends_on && card.ends_on < settings.today ? "expired" : "active",
          issued_at: new Date(settings.now),
          starts_on: settings.today,
          ends_on: card.ends_on,
          battery_ends_on: card.battery_ends_on,
        },
      ])
      return updateWarrantyCardsStep(start)
    })

    voidWarrantyCardsWorkflow.runAsStep({
      input: transform({ card, settings }, ({ card, settings }) => ({
        ids: [card.id],
        reason: VoidReason.REPLACED,
        voided_at: new Date(settings.now),
      })),
    })

    const issued = transform({ created }, ({ created }) => created.map((c) => ({ id: c.id, order_id: c.order_id })))
    emitEventStep({ eventName: WarrantyEvents.CARD_ISSUED, data: issued }).config({ name: "emit-card-issued" })
    const startedEvents = transform({ started }, ({ started }) =>
      (started ?? []).map((c) => ({ id: c.id, order_id: c.order_id, starts_on: c.starts_on }))
    )
    emitEventStep({ eventName: WarrantyEvents.CARD_STARTED, data: startedEvents }).config({ name: "emit-card-started" })

    const result = transform({ ids, created, card }, ({ ids, created, card }): ReplaceClaimedUnitResult => ({
      ...ids,
      new_card_id: created[0].id,
      old_card_id: card.id,
    }))
    return new WorkflowResponse(result)
  }
)
