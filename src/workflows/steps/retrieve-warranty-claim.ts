import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/** Loads a claim with its card, or fails with 404; given a customer, someone else's claim is missing too. */
export const retrieveWarrantyClaimStep = createStep(
  "retrieve-warranty-claim",
  async (input: { id: string; customer_id?: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const filters = input.customer_id ? { id: input.id, customer_id: input.customer_id } : { id: input.id }
    const [claim] = await warranty.listWarrantyClaims(filters, { take: 1, relations: ["warranty_card"] })
    if (!claim) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty claim with id: ${input.id} was not found`)
    }
    return new StepResponse(claim)
  }
)
