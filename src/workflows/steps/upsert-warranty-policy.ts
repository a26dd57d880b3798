import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { ProductKind, WarrantyCoverage } from "../../modules/warranty/models/warranty-policy"

export type WarrantyPolicyInput = {
  product_id: string
  variant_id: string | null
  months: number
  battery_days: number
  coverage: WarrantyCoverage
  kind: ProductKind
}

type Undo = { created_id: string | null; previous: (WarrantyPolicyInput & { id: string }) | null }

/** Creates or replaces the policy of a product or variant; compensation restores it. */
export const upsertWarrantyPolicyStep = createStep(
  "upsert-warranty-policy",
  async (input: WarrantyPolicyInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [existing] = await warranty.listWarrantyPolicies({
      product_id: input.product_id,
      variant_id: input.variant_id,
    })
    if (existing) {
      const updated = await warranty.updateWarrantyPolicies({ id: existing.id, ...input })
      const undo: Undo = { created_id: null, previous: existing }
      return new StepResponse(updated, undo)
    }
    const created = await warranty.createWarrantyPolicies(input)
    const undo: Undo = { created_id: created.id, previous: null }
    return new StepResponse(created, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    if (undo.created_id) {
      await warranty.deleteWarrantyPolicies(undo.created_id)
    } else if (undo.previous) {
      const { id, months, battery_days, coverage, kind } = undo.previous
      await warranty.updateWarrantyPolicies({ id, months, battery_days, coverage, kind })
    }
  }
)
