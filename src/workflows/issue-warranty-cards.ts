import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { ProductKind, WarrantyCoverage } from "../modules/warranty/models/warranty-policy"
import { isOemBatteryModel } from "../modules/warranty/rules/battery"
import { expectedDeliveryKind } from "../modules/warranty/rules/delivery"
import { planLateCardStarts, StartableCard, StartFulfillment } from "../modules/warranty/rules/card-starts"
import { resolvePolicy } from "../modules/warranty/rules/policy"
import { createWarrantyCardsStep, NewWarrantyCard } from "./steps/create-warranty-cards"
import { loadIssuanceOrderStep } from "./steps/load-issuance-order"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"
import { orderCardsLock } from "./utils/order-cards-lock"

export const issueWarrantyCardsWorkflowId = "issue-warranty-cards"

/**
 * R1.1, R2.3: one `pending` card per sold unit of an order, with the policy in force copied on
 * it. Idempotent: units that already have a card are skipped, under the order's lock (an event
 * delivered twice or at once; the unique index per unit backs it). R3: units that already left
 * (shipment or handover events handled before this) start at once, on the days those events
 * would have given them. Everything it reads is one step (issue 12: each step costs a round trip
 * on the Redis workflow engine).
 */
export const issueWarrantyCardsWorkflow = createWorkflow(
  issueWarrantyCardsWorkflowId,
  (input: { order_id: string }) => {
    acquireLockStep(transform({ input }, ({ input }) => orderCardsLock(input.order_id)))
    const loaded = loadIssuanceOrderStep(input)

    const toCreate = transform({ loaded }, ({ loaded }) => {
      const { order, shipping_options, policies, existing, settings } = loaded
      const taken = new Set(existing.map((c) => `${c.line_item_id}#${c.unit_index}`))
      const cards: NewWarrantyCard[] = []
      // A late `order.placed` for an order canceled meanwhile issues nothing.
      const items = order.status === "canceled" ? [] : order.items ?? []
      for (const item of items) {
        const terms = resolvePolicy(policies, item.product_id, item.variant_id, settings)
        const product_title = item.product_title || item.title || "Product"
        for (let unit = 0; unit < Number(item.detail?.quantity ?? 0); unit++) {
          if (taken.has(`${item.id}#${unit}`)) {
            continue
          }
          cards.push({
            order_id: order.id,
            line_item_id: item.id,
            unit_index: unit,
            product_id: item.product_id ?? null,
            variant_id: item.variant_id ?? null,
            customer_id: order.customer_id ?? null,
            product_title,
            variant_title: item.variant_title ?? null,
            sku: item.variant_sku ?? null,
            months: terms.months,
            battery_days: terms.battery_days,
            coverage: terms.coverage as WarrantyCoverage,
            kind: terms.kind as ProductKind,
            oem_battery_model: terms.kind === "device" && isOemBatteryModel(product_title, settings.oem_battery_models),
            delivery_kind: expectedDeliveryKind(item.variant?.product?.shipping_profile?.id, shipping_options),
          })
        }
      }
      return { cards, year: settings.today.slice(0, 4) }
    })

    const created = createWarrantyCardsStep(toCreate)

    const starts = transform({ loaded, created }, ({ loaded, created }) => {
      const fulfillments = ((loaded.order.fulfillments ?? []) as (StartFulfillment & { canceled_at?: unknown })[]).filter(
        (f) => f && !f.canceled_at
      )
      const cards = [...(loaded.existing as unknown as StartableCard[]), ...(created as unknown as StartableCard[])]
      return planLateCardStarts(fulfillments, cards, { ...loaded.settings, invoiceDay: loaded.invoice_day ?? undefined })
    })
    const started = updateWarrantyCardsStep(starts)
    releaseLockStep(transform({ input }, ({ input }) => ({ key: orderCardsLock(input.order_id).key })))

    const events = transform({ created }, ({ created }) => created.map((c) => ({ id: c.id, order_id: c.order_id })))
    emitEventStep({ eventName: WarrantyEvents.CARD_ISSUED, data: events })
    const startEvents = transform({ started }, ({ started }) =>
      started.map((c) => ({ id: c.id, order_id: c.order_id, starts_on: c.starts_on }))
    )
    emitEventStep({ eventName: WarrantyEvents.CARD_STARTED, data: startEvents }).config({ name: "emit-cards-started" })

    return new WorkflowResponse(created)
  }
)
