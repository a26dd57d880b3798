import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/** Removes a product's or variant's own policy (soft delete, restored on compensation). */
export const deleteWarrantyPolicyStep = createStep(
  "delete-warranty-policy",
  async (input: { product_id: string; variant_id: string | null }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [existing] = await warranty.listWarrantyPolicies({
      product_id: input.product_id,
      variant_id: input.variant_id,
    })
    if (!existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        input.variant_id
          ? `Variant ${input.variant_id} has no warranty policy of its own`
          : `Product ${input.product_id} has no warranty policy of its own`
      )
    }
    await warranty.softDeleteWarrantyPolicies(existing.id)
    return new StepResponse(existing.id, existing.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.restoreWarrantyPolicies(id)
  }
)
