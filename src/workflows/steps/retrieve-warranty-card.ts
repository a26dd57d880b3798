import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/** Loads a card, or fails with 404; given a customer, a card of someone else is missing too. */
export const retrieveWarrantyCardStep = createStep(
  "retrieve-warranty-card",
  async (input: { id: string; customer_id?: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const filters = input.customer_id ? { id: input.id, customer_id: input.customer_id } : { id: input.id }
    const [card] = await warranty.listWarrantyCards(filters, { take: 1 })
    if (!card) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${input.id} was not found`)
    }
    return new StepResponse(card)
  }
)
