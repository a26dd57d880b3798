import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

export type CardCorrection = {
  warranty_card_id: string
  field: string
  previous_value: string | null
  value: string | null
  reason: string
  recorded_by: string
}

/** Records why a card's dates changed (R3 corrections, invoice dates). */
export const createCardCorrectionsStep = createStep(
  "create-card-corrections",
  async (corrections: CardCorrection[], { container }) => {
    if (!corrections.length) {
      return new StepResponse([], [])
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const created = await warranty.createWarrantyCardCorrections(corrections)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.deleteWarrantyCardCorrections(ids)
  }
)
