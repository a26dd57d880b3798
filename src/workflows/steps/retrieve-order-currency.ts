import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The currency (lower case) of a claim's order: quotes default to it and the diagnostic fee is
 * charged in it (R8.4). Null when the order is gone. Reading only, it needs no compensation.
 */
export const retrieveOrderCurrencyStep = createStep("retrieve-order-currency", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "currency_code"], filters: { id: input.order_id } })
  const code = (data[0] as { currency_code?: string } | undefined)?.currency_code
  return new StepResponse<string | null>(code ? code.toLowerCase() : null)
})
