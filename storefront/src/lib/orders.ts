import type Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { throwNotFound } from "./errors"

/**
 * One of the signed-in shopper's orders, or "not found". Medusa's `GET /store/orders/:id`
 * answers for any order id (guest order lookup), so the page reads it through the customer's own
 * order list instead: someone else's order looks exactly like a missing one.
 */
export async function ownOrder(sdk: Medusa, id: string, fields: string): Promise<HttpTypes.StoreOrder> {
  const { orders } = await sdk.store.order.list({ id, fields, limit: 1 })
  return orders[0] ?? throwNotFound()
}
