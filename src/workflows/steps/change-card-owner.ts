import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import { TRANSFER_USED, type CardOwnerChange } from "../../modules/warranty/card-owners"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * Issue 11 s.3: hands one card on (the card, its log, its open storefront transfers, in one
 * transaction). Refused when the card changed owner since it was read. Not undone by a later
 * failing step: the new owner has the card, and the log says so.
 */
export const changeCardOwnerStep = createStep("change-card-owner", async (change: CardOwnerChange, { container }) => {
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  if (!(await warranty.reassignCardOwner(change))) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      change.transfer_id ? TRANSFER_USED : "warranty_card: the card changed owner meanwhile; reload it and try again"
    )
  }
  return new StepResponse(change)
})
