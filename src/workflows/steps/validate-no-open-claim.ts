import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * A device is at the service once: a card with an open claim takes no second one. (A unique
 * index backs this for two filings at the same instant.)
 */
export const validateNoOpenClaimStep = createStep(
  "validate-no-open-claim",
  async (input: { warranty_card_id: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [open] = await warranty.listWarrantyClaims(
      { warranty_card_id: input.warranty_card_id, status: { $nin: ["closed", "canceled"] } },
      { select: ["id", "ticket_number", "status"], take: 1 }
    )
    if (open) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `warranty_card_id: this device already has an open claim, ${open.ticket_number} (${open.status}); follow that one`
      )
    }
    return new StepResponse(true)
  }
)
