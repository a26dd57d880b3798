import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type { Fee } from "../../modules/warranty/rules/claim-moves"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * R8.4: puts the captured payment's id on the fee it paid (the `pay_fee` move recorded the fee
 * as paid before the provider was asked). Undone by restoring the fees.
 */
export const recordFeePaymentStep = createStep(
  "record-fee-payment",
  async (input: { claim_id: string; payment_collection_id: string; payment_id: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const claim = await warranty.retrieveWarrantyClaim(input.claim_id, { select: ["id", "fees"] })
    const previous = (claim.fees ?? null) as Fee[] | null
    const fees = (previous ?? []).map((f) =>
      f.payment_collection_id === input.payment_collection_id ? { ...f, payment_id: input.payment_id } : f
    )
    await warranty.updateWarrantyClaims({ id: input.claim_id, fees: fees as unknown as Record<string, unknown> })
    return new StepResponse(fees, { id: input.claim_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.updateWarrantyClaims({ id: undo.id, fees: undo.previous as unknown as Record<string, unknown> | null })
  }
)
