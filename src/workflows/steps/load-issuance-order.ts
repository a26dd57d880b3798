import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { PolicyRow } from "../../modules/warranty/rules/policy"
import type { StartableCard } from "../../modules/warranty/rules/card-starts"
import { readWarrantySettings, WarrantySettings } from "./get-warranty-settings"

export type IssuanceOrderItem = {
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

export type IssuanceShippingOption = {
  id: string
  shipping_profile_id?: string | null
  service_zone?: { fulfillment_set?: { type?: string | null } | null } | null
}

export type IssuanceOrder = {
  id: string
  status: string
  customer_id?: string | null
  items?: IssuanceOrderItem[] | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
  fulfillments?: Record<string, unknown>[] | null
}

/** A card the order already has: what the start rules read (written once, in `rules/card-starts.ts`). */
export type IssuanceExistingCard = StartableCard

export type IssuanceInputs = {
  settings: WarrantySettings
  order: IssuanceOrder
  shipping_options: IssuanceShippingOption[]
  policies: PolicyRow[]
  existing: IssuanceExistingCard[]
  invoice_day: string | null
}

const ORDER_FIELDS = [
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
]

/**
 * Everything issuance reads, in one step (issue 12): the settings, the order, its shipping
 * options, the policies of its products, the cards it already has and its invoice day. The reads
 * that do not depend on each other run at once; a workflow step each cost a checkpoint and a
 * round trip on the Redis workflow engine for nothing to undo. Runs under the order's lock.
 */
export const loadIssuanceOrderStep = createStep(
  "load-issuance-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [settings, { data: orders }, existing, invoices] = await Promise.all([
      readWarrantySettings(container),
      query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } }, { throwIfKeyNotFound: true }),
      warranty.listWarrantyCards(
        { order_id: input.order_id },
        { select: ["id", "order_id", "line_item_id", "unit_index", "months", "battery_days", "delivery_kind", "status", "fulfillment_id"] }
      ),
      warranty.listWarrantyInvoices({ order_id: input.order_id }, { select: ["order_id", "issued_on"] }),
    ])
    const order = orders[0] as unknown as IssuanceOrder
    const items = order.items ?? []
    const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))]
    const optionIds = (order.shipping_methods ?? []).map((m) => m?.shipping_option_id).filter((id): id is string => !!id)
    const [{ data: shippingOptions }, policies] = await Promise.all([
      optionIds.length
        ? query.graph({ entity: "shipping_option", fields: ["id", "shipping_profile_id", "service_zone.fulfillment_set.type"], filters: { id: optionIds } })
        : Promise.resolve({ data: [] as unknown[] }),
      productIds.length
        ? warranty.listWarrantyPolicies(
            { product_id: productIds },
            { select: ["product_id", "variant_id", "months", "battery_days", "coverage", "kind"] }
          )
        : Promise.resolve([]),
    ])
    const invoiceDay = (invoices[0] as { issued_on?: string | null } | undefined)?.issued_on ?? null
    return new StepResponse<IssuanceInputs>({
      settings,
      order,
      shipping_options: shippingOptions as IssuanceShippingOption[],
      policies: policies as unknown as PolicyRow[],
      existing: existing as unknown as IssuanceExistingCard[],
      invoice_day: invoiceDay,
    })
  }
)
