import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/** Loads a card, or fails with 404. */
export const retrieveWarrantyCardStep = createStep(
  "retrieve-warranty-card",
  async (input: { id: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [card] = await warranty.listWarrantyCards({ id: input.id }, { take: 1 })
    if (!card) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${input.id} was not found`)
    }
    return new StepResponse(card)
  }
)
