import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type { Resolution } from "../../modules/warranty/rules/claim-moves"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * Adds what Medusa made for an outcome (exchange, promotion, cart, refund, cards) to the claim's
 * resolution record; the status move itself went through the transition table before. Undone by
 * restoring the previous record.
 */
export const recordClaimResolutionStep = createStep(
  "record-claim-resolution",
  async (input: { id: string; resolution: Partial<Resolution> }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const claim = await warranty.retrieveWarrantyClaim(input.id, { select: ["id", "resolution"] })
    const previous = (claim.resolution ?? null) as Resolution | null
    const resolution = { ...(previous ?? {}), ...input.resolution }
    await warranty.updateWarrantyClaims({ id: input.id, resolution })
    return new StepResponse(resolution, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.updateWarrantyClaims({ id: undo.id, resolution: undo.previous })
  }
)
