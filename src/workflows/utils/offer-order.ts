import type { BigNumberInput } from "@medusajs/framework/types"

/** A unit count on an order item's detail: a big number (number, string or raw value). */
export type OrderQuantity = BigNumberInput | null | undefined

/**
 * The part of an order that an offer (R8.2-R8.5) and a replacement exchange (R8.2) both read:
 * the items' unit counts, the shipping methods and the fulfilments. Each reader adds what else it
 * asks for (currency, payments, unit prices).
 */
export type OfferOrderRow = {
  id: string
  status?: string | null
  sales_channel_id?: string | null
  items?: ({
    id: string
    unit_price?: number | string | null
    variant_id?: string | null
    detail?: {
      fulfilled_quantity?: OrderQuantity
      return_requested_quantity?: OrderQuantity
      return_received_quantity?: OrderQuantity
      return_dismissed_quantity?: OrderQuantity
    } | null
  } | null)[] | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
  fulfillments?: ({
    id?: string
    location_id?: string | null
    canceled_at?: string | Date | null
    items?: ({ line_item_id?: string | null } | null)[] | null
  } | null)[] | null
}

/** The query fields behind `OfferOrderRow`. */
export const OFFER_ORDER_FIELDS = [
  "id",
  "status",
  "sales_channel_id",
  "items.id",
  // Unit counts are big numbers: asked with their raw_ columns too.
  "items.detail.fulfilled_quantity",
  "items.detail.raw_fulfilled_quantity",
  "items.detail.return_requested_quantity",
  "items.detail.raw_return_requested_quantity",
  "items.detail.return_received_quantity",
  "items.detail.raw_return_received_quantity",
  "items.detail.return_dismissed_quantity",
  "items.detail.raw_return_dismissed_quantity",
  "shipping_methods.shipping_option_id",
  "fulfillments.location_id",
  "fulfillments.canceled_at",
  "fulfillments.items.line_item_id",
]

const num = (v: OrderQuantity) => Number(v ?? 0)

/** Units of a line item delivered and not asked back, returned or dismissed: still with the shopper. */
export function unitsWithCustomer(detail: NonNullable<NonNullable<OfferOrderRow["items"]>[number]>["detail"]): number {
  const d = detail ?? {}
  return num(d.fulfilled_quantity) - num(d.return_requested_quantity) - num(d.return_received_quantity) - num(d.return_dismissed_quantity)
}
