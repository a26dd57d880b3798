import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ProductKind, WarrantyCoverage } from "../modules/warranty/models/warranty-policy"
import { mergePolicy, PolicyChange, PolicyRow } from "../modules/warranty/rules/policy"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { upsertWarrantyPolicyStep } from "./steps/upsert-warranty-policy"
import { validatePolicyTargetStep } from "./steps/validate-policy-target"
import { validatePolicyTermsStep } from "./steps/validate-policy-terms"

export const upsertWarrantyPolicyWorkflowId = "upsert-warranty-policy"

export type UpsertWarrantyPolicyInput = PolicyChange & { product_id: string; variant_id: string | null }

/** R2.2: a product's or variant's own warranty terms; issued cards keep theirs (R2.3). */
export const upsertWarrantyPolicyWorkflow = createWorkflow(
  upsertWarrantyPolicyWorkflowId,
  (input: UpsertWarrantyPolicyInput) => {
    validatePolicyTargetStep({ product_id: input.product_id, variant_id: input.variant_id })
    const settings = getWarrantySettingsStep()
    const { data: policies } = useQueryGraphStep({
      entity: "warranty_policy",
      fields: ["product_id", "variant_id", "months", "battery_days", "coverage", "kind"],
      filters: { product_id: input.product_id },
    })
    const terms = transform({ input, policies, settings }, ({ input, policies, settings }) => {
      const rows = policies as PolicyRow[]
      const own = rows.find((p) => (p.variant_id ?? null) === input.variant_id)
      const product = rows.find((p) => !p.variant_id)
      const { product_id, variant_id, ...change } = input
      const merged = mergePolicy(change, own ?? product ?? null, settings)
      return {
        product_id,
        variant_id,
        months: merged.months,
        battery_days: merged.battery_days,
        coverage: merged.coverage as WarrantyCoverage,
        kind: merged.kind as ProductKind,
      }
    })
    validatePolicyTermsStep(terms)
    const policy = upsertWarrantyPolicyStep(terms)
    return new WorkflowResponse(policy)
  }
)
