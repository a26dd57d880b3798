import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OFFER_ORDER_FIELDS, type OfferOrderRow, unitsWithCustomer } from "../../workflows/utils/offer-order"

type Requested = { id?: unknown; quantity?: unknown }

/** Where a return request names its order: in the body, or through the return, claim or exchange in the path. */
type OrderOf = (req: MedusaRequest) => Promise<string | null>

const byEntity =
  (entity: "return" | "order_claim" | "order_exchange"): OrderOf =>
  async (req) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity, fields: ["order_id"], filters: { id: req.params.id } })
    return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
  }

const fromBody: OrderOf = async (req) => {
  const orderId = (req.body as { order_id?: unknown } | undefined)?.order_id
  return typeof orderId === "string" ? orderId : null
}

/**
 * R8.3, R8.5 (and any return): a unit that already came back (received or dismissed, such as a
 * warranty claim's settled unit) cannot be asked back again. Medusa's own check counts only the
 * units fulfilled and not yet requested, so a line whose unit was received back could be returned,
 * and refunded, a second time; the dashboard already counts received and dismissed units. A
 * request for more units than are still with the shopper is a 400 naming the item; anything else
 * (an unknown order or item, a malformed body) is left to Medusa's own validation.
 */
export const guardReturnQuantity =
  (orderOf: OrderOf) => async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const items = (req.body as { items?: unknown } | undefined)?.items
    if (!Array.isArray(items) || !items.length) {
      return next()
    }
    const orderId = await orderOf(req)
    if (!orderId) {
      return next()
    }
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: OFFER_ORDER_FIELDS, filters: { id: orderId } })
    const order = data[0] as OfferOrderRow | undefined
    ;(items as Requested[]).forEach((requested, i) => {
      const line = (order?.items ?? []).find((item) => item?.id === requested?.id)
      const quantity = Number(requested?.quantity)
      if (!line || !Number.isFinite(quantity)) {
        return
      }
      const left = Math.max(0, unitsWithCustomer(line.detail))
      if (quantity > left) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `items[${i}].quantity: only ${left} unit(s) of line item ${line.id} are still with the customer; the others already came back through a return (a warranty claim's settled unit included)`
        )
      }
    })
    return next()
  }

/** The return routes of the store and the admin that ask units of an order back. */
export const RETURN_REQUEST_ROUTES: { matcher: string; orderOf: OrderOf }[] = [
  { matcher: "/store/returns", orderOf: fromBody },
  { matcher: "/admin/returns/:id/request-items", orderOf: byEntity("return") },
  { matcher: "/admin/claims/:id/inbound/items", orderOf: byEntity("order_claim") },
  { matcher: "/admin/exchanges/:id/inbound/items", orderOf: byEntity("order_exchange") },
]
