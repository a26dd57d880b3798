import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * Loads a card, or fails with 404. With `customer_id` the card must be that customer's: a foreign
 * card is reported exactly like a missing one, so its existence does not leak.
 */
export const retrieveWarrantyCardStep = createStep(
  "retrieve-warranty-card",
  async (input: { id: string; customer_id?: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const filters: Record<string, string> = { id: input.id }
    if (input.customer_id !== undefined) {
      filters.customer_id = input.customer_id
    }
    const [card] = await warranty.listWarrantyCards(filters, { take: 1 })
    if (!card) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${input.id} was not found`)
    }
    return new StepResponse(card)
  }
)
