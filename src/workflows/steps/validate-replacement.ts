import { ContainerRegistrationKeys, getVariantAvailability, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type OfferOrderRow, unitsWithCustomer } from "../utils/offer-order"

export type ReplacementOrder = OfferOrderRow & {
  payment_collections?: ({ id: string; status?: string | null } | null)[] | null
}

export type ReplacementVariant = {
  id: string
  title?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  product?: { id: string; title?: string | null; status?: string | null } | null
}

export type ValidateReplacementInput = {
  card: { id: string; card_number: string; order_id: string; line_item_id: string; status: string; void_reason?: string | null }
  order: ReplacementOrder | undefined
  variant: ReplacementVariant | undefined
  variant_id: string
  /** R8.2: reservations that held the unit while the offer was open. */
  held_reservation_ids: string[]
}

/** What the exchange needs, read off the order once it is known to be replaceable. */
export type ReplacementPlan = {
  line_item_id: string
  unit_price: number
  location_id: string
  shipping_option_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  /** The unit is held for this offer (R8.2): no stock check, the hold is handed to the exchange. */
  held: boolean
}

/**
 * R8.2: a unit can be swapped through a Medusa exchange only when its card is open, its line
 * item was delivered and not yet sent back, the order's payment is captured (an exchange on an
 * authorized-only payment cancels and recreates the payment collection), and the replacement
 * variant is on sale and in stock. Everything is checked before the order is touched.
 */
export const validateReplacementStep = createStep(
  "validate-replacement",
  async (input: ValidateReplacementInput, { container }) => {
    const { card, order, variant } = input
    if (card.status === "void") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `old_card_id: warranty card ${card.card_number} is void (${card.void_reason ?? "no reason"}) and cannot be replaced`
      )
    }
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `order_id: order ${card.order_id} was not found`)
    }
    if (order.id !== card.order_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `order_id: warranty card ${card.card_number} belongs to order ${card.order_id}, not ${order.id}`
      )
    }
    if (order.status === "canceled") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order_id: order ${order.id} is canceled`)
    }
    const item = (order.items ?? []).find((i) => i?.id === card.line_item_id)
    if (!item) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `old_card_id: the line item ${card.line_item_id} of card ${card.card_number} is not in order ${order.id}`
      )
    }
    const held = unitsWithCustomer(item.detail)
    if (held < 1) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `old_card_id: no fulfilled unit of line item ${item.id} is left with the customer to exchange`
      )
    }
    const authorizedOnly = (order.payment_collections ?? []).some(
      (pc) => pc?.status === "authorized" || pc?.status === "partially_authorized"
    )
    if (authorizedOnly) {
      // An exchange with a pending difference would cancel the authorized payment (core-flows
      // createOrUpdateOrderPaymentCollectionWorkflow), so the money must be captured first.
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "order: capture the order's payment before a replacement exchange"
      )
    }
    const fulfillment =
      (order.fulfillments ?? []).find(
        (f) => !!f && !f.canceled_at && (f.items ?? []).some((fi) => fi?.line_item_id === item.id)
      ) ?? (order.fulfillments ?? []).find((f) => !!f && !f.canceled_at)
    if (!fulfillment?.location_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `order: no fulfilment of order ${order.id} names the stock location the unit left from`
      )
    }
    const shippingOptionId = (order.shipping_methods ?? []).find((m) => !!m?.shipping_option_id)?.shipping_option_id
    if (!shippingOptionId) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `order: order ${order.id} has no shipping option to send the replacement with`
      )
    }
    if (!variant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `replacement_variant_id: product variant ${input.variant_id} was not found`
      )
    }
    const title = [variant.product?.title, variant.title].filter(Boolean).join(" ")
    if (!variant.product || variant.product.status !== "published") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `replacement_variant_id: ${title || variant.id} is not a published product`
      )
    }
    // A hold still in place (not removed by staff meanwhile) is the unit itself.
    const holds: { id: string }[] = input.held_reservation_ids.length
      ? await container.resolve(Modules.INVENTORY).listReservationItems({ id: input.held_reservation_ids }, { select: ["id"] })
      : []
    const onHold = holds.length > 0 && holds.length === input.held_reservation_ids.length
    if (variant.manage_inventory && !variant.allow_backorder && !onHold) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const availability = await getVariantAvailability(query, {
        variant_ids: [variant.id],
        sales_channel_id: order.sales_channel_id ?? "",
      })
      if ((availability[variant.id]?.availability ?? 0) < 1) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `replacement_variant_id: no unit of ${title} is in stock`
        )
      }
    }
    return new StepResponse<ReplacementPlan>({
      line_item_id: item.id,
      unit_price: Number(item.unit_price ?? 0),
      location_id: fulfillment.location_id,
      shipping_option_id: shippingOptionId,
      product_id: variant.product.id,
      product_title: variant.product.title ?? title,
      variant_title: variant.title ?? null,
      held: onHold,
    })
  }
)
