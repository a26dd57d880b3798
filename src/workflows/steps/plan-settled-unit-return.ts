import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type OfferOrderRow, unitsWithCustomer } from "../utils/offer-order"

export type SettledUnitOrder = OfferOrderRow & {
  payment_collections?: ({ status?: string | null } | null)[] | null
}

export type SettledUnitReturnPlan = {
  /** Medusa counts a unit of the line as with the shopper: it can come back through a return. */
  returnable: boolean
  /** The stock location the unit left from (where the return is received). */
  location_id: string | null
}

/**
 * R8.3, R8.5: whether the settled unit can come back through a return on its order, and to which
 * location. An order whose payment is only authorized is refused: confirming a return on it would
 * cancel the authorization and ask for the payment again (core `createOrUpdateOrderPaymentCollection`).
 */
export const planSettledUnitReturnStep = createStep(
  "plan-settled-unit-return",
  async (input: { order_id: string; line_item_id: string; order: SettledUnitOrder | undefined }) => {
    const { order } = input
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `order_id: order ${input.order_id} was not found`)
    }
    const authorizedOnly = (order.payment_collections ?? []).some(
      (pc) => pc?.status === "authorized" || pc?.status === "partially_authorized"
    )
    if (authorizedOnly) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "kind: the order's payment is only authorized, and the settled unit's return would cancel it. Capture the payment on the order first"
      )
    }
    const item = (order.items ?? []).find((i) => i?.id === input.line_item_id)
    const returnable = order.status !== "canceled" && !!item && unitsWithCustomer(item.detail) >= 1
    const fulfillment =
      (order.fulfillments ?? []).find(
        (f) => !!f && !f.canceled_at && (f.items ?? []).some((fi) => fi?.line_item_id === input.line_item_id)
      ) ?? (order.fulfillments ?? []).find((f) => !!f && !f.canceled_at)
    return new StepResponse<SettledUnitReturnPlan>({ returnable, location_id: fulfillment?.location_id ?? null })
  }
)
