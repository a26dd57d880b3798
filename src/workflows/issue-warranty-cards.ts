import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { ProductKind, WarrantyCoverage } from "../modules/warranty/models/warranty-policy"
import { isOemBatteryModel } from "../modules/warranty/rules/battery"
import { expectedDeliveryKind } from "../modules/warranty/rules/delivery"
import { planLateCardStarts, StartableCard, StartFulfillment } from "../modules/warranty/rules/card-starts"
import { PolicyRow, resolvePolicy } from "../modules/warranty/rules/policy"
import { createWarrantyCardsStep, NewWarrantyCard } from "./steps/create-warranty-cards"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"
import { orderCardsLock } from "./utils/order-cards-lock"

export const issueWarrantyCardsWorkflowId = "issue-warranty-cards"

type OrderItem = {
  id: string
  detail?: { quantity: number | string } | null
  product_id?: string | null
  variant_id?: string | null
  product_title?: string | null
  title?: string | null
  variant_title?: string | null
  variant_sku?: string | null
  variant?: { product?: { shipping_profile?: { id: string } | null } | null } | null
}

type ShippingOptionRow = { id: string; shipping_profile_id?: string | null; service_zone?: { fulfillment_set?: { type?: string | null } | null } | null }

/**
 * R1.1, R2.3: one `pending` card per sold unit of an order, with the policy in force copied on
 * it. Idempotent: units that already have a card are skipped, under the order's lock (an event
 * delivered twice or at once; the unique index per unit backs it). R3: units that already left
 * (shipment or handover events handled before this) start at once, on the days those events
 * would have given them.
 */
export const issueWarrantyCardsWorkflow = createWorkflow(
  issueWarrantyCardsWorkflowId,
  (input: { order_id: string }) => {
    acquireLockStep(transform({ input }, ({ input }) => orderCardsLock(input.order_id)))
    const settings = getWarrantySettingsStep()

    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "status",
        "customer_id",
        "items.id",
        // The quantity lives on the order item detail; asking for it makes query return it.
        "items.detail.quantity",
        "items.product_id",
        "items.variant_id",
        "items.product_title",
        "items.title",
        "items.variant_title",
        "items.variant_sku",
        // R3.1/R3.2 per unit: the item's shipping profile picks the shipping method that carries it.
        "items.variant.product.shipping_profile.id",
        "shipping_methods.shipping_option_id",
        "fulfillments.id",
        "fulfillments.canceled_at",
        "fulfillments.shipped_at",
        "fulfillments.delivered_at",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
        "fulfillments.items.raw_quantity",
        "fulfillments.shipping_option.service_zone.fulfillment_set.type",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-order" })

    const lookups = transform({ orders }, ({ orders }) => {
      const order = orders[0]
      const items = (order.items ?? []) as OrderItem[]
      return {
        product_ids: [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))],
        shipping_option_ids: ((order.shipping_methods ?? []) as { shipping_option_id?: string | null }[])
          .map((m) => m?.shipping_option_id)
          .filter((id): id is string => !!id),
      }
    })

    const { data: shippingOptions } = useQueryGraphStep({
      entity: "shipping_option",
      fields: ["id", "shipping_profile_id", "service_zone.fulfillment_set.type"],
      filters: { id: lookups.shipping_option_ids },
    }).config({ name: "get-shipping-options" })

    const { data: policies } = useQueryGraphStep({
      entity: "warranty_policy",
      fields: ["product_id", "variant_id", "months", "battery_days", "coverage", "kind"],
      filters: { product_id: lookups.product_ids },
    }).config({ name: "get-policies" })

    const { data: existing } = useQueryGraphStep({
      entity: "warranty_card",
      fields: ["id", "order_id", "line_item_id", "unit_index", "months", "battery_days", "delivery_kind", "status", "fulfillment_id"],
      filters: { order_id: input.order_id },
    }).config({ name: "get-existing-cards" })

    const { data: invoices } = useQueryGraphStep({
      entity: "warranty_invoice",
      fields: ["order_id", "issued_on"],
      filters: { order_id: input.order_id },
    }).config({ name: "get-invoice" })

    const toCreate = transform(
      { orders, shippingOptions, policies, existing, settings },
      ({ orders, shippingOptions, policies, existing, settings }) => {
        const order = orders[0]
        const options = shippingOptions as ShippingOptionRow[]
        const taken = new Set(existing.map((c) => `${c.line_item_id}#${c.unit_index}`))
        const cards: NewWarrantyCard[] = []
        // A late `order.placed` for an order canceled meanwhile issues nothing.
        const items = order.status === "canceled" ? [] : ((order.items ?? []) as OrderItem[])
        for (const item of items) {
          const terms = resolvePolicy(policies as PolicyRow[], item.product_id, item.variant_id, settings)
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
              oem_battery_model:
                terms.kind === "device" && isOemBatteryModel(product_title, settings.oem_battery_models),
              delivery_kind: expectedDeliveryKind(item.variant?.product?.shipping_profile?.id, options),
            })
          }
        }
        return { cards, year: settings.today.slice(0, 4) }
      }
    )

    const created = createWarrantyCardsStep(toCreate)

    const starts = transform(
      { orders, existing, created, invoices, settings },
      ({ orders, existing, created, invoices, settings }) => {
        const fulfillments = ((orders[0].fulfillments ?? []) as (StartFulfillment & { canceled_at?: unknown })[])
          .filter((f) => f && !f.canceled_at)
        const invoiceDay = (invoices[0] as { issued_on?: string } | undefined)?.issued_on
        const cards = [...(existing as StartableCard[]), ...(created as unknown as StartableCard[])]
        return planLateCardStarts(fulfillments, cards, { ...settings, invoiceDay })
      }
    )
    const started = updateWarrantyCardsStep(starts)
    releaseLockStep(transform({ input }, ({ input }) => ({ key: orderCardsLock(input.order_id).key })))

    const events = transform({ created }, ({ created }) =>
      created.map((c) => ({ id: c.id, order_id: c.order_id }))
    )
    emitEventStep({ eventName: WarrantyEvents.CARD_ISSUED, data: events })
    const startEvents = transform({ started }, ({ started }) =>
      started.map((c) => ({ id: c.id, order_id: c.order_id, starts_on: c.starts_on }))
    )
    emitEventStep({ eventName: WarrantyEvents.CARD_STARTED, data: startEvents }).config({ name: "emit-cards-started" })

    return new WorkflowResponse(created)
  }
)
