import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Money } from "../../modules/warranty/rules/claim-moves"
import { type OfferFacts, type OfferKind, optionProblem, OPTIONS_BY_KIND } from "../../modules/warranty/rules/claim-offers"
import { OFFER_ORDER_FIELDS, type OfferOrderRow, unitsWithCustomer } from "../utils/offer-order"

export type OfferFactsInput = {
  order_id: string
  customer_id: string | null
  /** The claimed unit's card. */
  card: { status: string; line_item_id: string } | null
  replacement_variant_id: string | null
  /** R8.2: reservations holding the replacement for an open offer (a hold in place is the unit itself). */
  held_reservation_ids: string[]
}

type Amount = { raw_amount?: BigNumberInput | null; amount?: BigNumberInput | null } | null
type OrderRow = OfferOrderRow & {
  currency_code: string
  payment_collections?: ({
    status?: string | null
    payments?: ({ canceled_at?: string | Date | null; captures?: Amount[] | null; refunds?: Amount[] | null } | null)[] | null
  } | null)[] | null
}
type VariantRow = {
  id: string
  title?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  product?: { title?: string | null; status?: string | null } | null
}

const ORDER_FIELDS = [
  ...OFFER_ORDER_FIELDS,
  "currency_code",
  "payment_collections.status",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.raw_amount",
  "payment_collections.payments.refunds.raw_amount",
]

const sum = (rows: Amount[] | null | undefined) => MathBN.sum(0, ...(rows ?? []).map((r) => MathBN.convert(r?.raw_amount ?? r?.amount ?? 0)))

/**
 * Reads what carrying out an offer depends on (R8.2-R8.5): the order's currency and status, its
 * payment (captured? how much is left to refund?), the claimed unit's delivery, and the
 * replacement's catalogue status and stock. The same things `validate-replacement`,
 * `validate-claim-refund` and the credit steps check when the shopper accepts. Reads only.
 */
export async function readOfferFacts(container: MedusaContainer, input: OfferFactsInput): Promise<OfferFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
  const order = orders[0] as unknown as OrderRow | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
  }
  const collections = (order.payment_collections ?? []).filter((pc) => !!pc)
  const captured = collections
    .flatMap((pc) => pc?.payments ?? [])
    .filter((p) => !!p && !p.canceled_at && (p.captures ?? []).length > 0)
    .map((p) => MathBN.sub(sum(p!.captures), sum(p!.refunds)).toNumber())
  const item = input.card ? (order.items ?? []).find((i) => i?.id === input.card!.line_item_id) : undefined
  const withCustomer = unitsWithCustomer(item?.detail)
  const fulfillments = (order.fulfillments ?? []).filter((f) => !!f && !f.canceled_at)

  let replacement: OfferFacts["replacement"] = null
  if (input.replacement_variant_id) {
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "manage_inventory", "allow_backorder", "product.title", "product.status"],
      filters: { id: input.replacement_variant_id },
    })
    const variant = variants[0] as VariantRow | undefined
    if (variant) {
      let inStock = !variant.manage_inventory || !!variant.allow_backorder
      if (!inStock && input.held_reservation_ids.length) {
        const holds = await container.resolve(Modules.INVENTORY).listReservationItems({ id: input.held_reservation_ids }, { select: ["id"] })
        inStock = holds.length === input.held_reservation_ids.length
      }
      if (!inStock) {
        const availability = await getVariantAvailability(query, { variant_ids: [variant.id], sales_channel_id: order.sales_channel_id ?? "" })
        inStock = (availability[variant.id]?.availability ?? 0) >= 1
      }
      replacement = {
        published: variant.product?.status === "published",
        in_stock: inStock,
        name: [variant.product?.title, variant.title].filter(Boolean).join(" ") || variant.id,
      }
    } else {
      replacement = { published: false, in_stock: false, name: input.replacement_variant_id }
    }
  }

  return {
    order_currency: order.currency_code,
    order_canceled: order.status === "canceled",
    has_customer: !!input.customer_id,
    card_void: input.card?.status === "void",
    payment_authorized_only: collections.some((pc) => pc?.status === "authorized" || pc?.status === "partially_authorized"),
    refundable: captured.length ? Math.max(...captured) : 0,
    payment_captured: captured.length > 0,
    unit_delivered: !!item && withCustomer >= 1,
    has_fulfillment_location: fulfillments.some((f) => !!f?.location_id),
    has_shipping_option: (order.shipping_methods ?? []).some((m) => !!m?.shipping_option_id),
    replacement,
  }
}

export type ResolveOfferOptionsInput = OfferFactsInput & { kind: OfferKind; value: Money | null }

/**
 * R8.2-R8.5: an offer is made only when every choice it gives the shopper can be carried out now
 * (payment captured for an exchange or a refund, the replacement in stock, the order's currency);
 * otherwise a 400 naming the field and the way out. Reads only, so nothing to undo.
 */
export const resolveOfferOptionsStep = createStep("resolve-offer-options", async (input: ResolveOfferOptionsInput, { container }) => {
  const facts = await readOfferFacts(container, input)
  for (const option of OPTIONS_BY_KIND[input.kind]) {
    const problem = optionProblem(option, input.value, facts)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message)
    }
  }
  return new StepResponse(facts)
})
