import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type { CardOwnerChange } from "../../modules/warranty/card-owners"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * Gives cards to their new owners and logs each (issue 11). A change whose card meanwhile got
 * another owner is skipped: the answer lists only the changes made. Nothing to compensate:
 * each change is one transaction, and a later step failing does not make an ownership wrong.
 */
export const reassignCardOwnersStep = createStep(
  "reassign-card-owners",
  async (changes: CardOwnerChange[], { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const made: CardOwnerChange[] = []
    for (const change of changes) {
      if (await warranty.reassignCardOwner(change)) {
        made.push(change)
      }
    }
    return new StepResponse(made)
  }
)
