import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CustomerRow = { id: string; email: string | null; first_name: string | null; last_name: string | null; has_account: boolean }

/** A Medusa customer, or a 400 naming `field` (the id came in a body) or a 404 (the caller's own). */
export const retrieveCustomerStep = createStep(
  "retrieve-customer",
  async (input: { id: string; field?: string }, { container }) => {
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "has_account"],
      filters: { id: input.id },
    })
    const customer = data[0] as CustomerRow | undefined
    if (!customer) {
      throw input.field
        ? new MedusaError(MedusaError.Types.INVALID_DATA, `${input.field}: there is no customer with id ${input.id}`)
        : new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.id} was not found`)
    }
    return new StepResponse(customer)
  }
)
