import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertWarrantyPolicyStep, WarrantyPolicyInput } from "./steps/upsert-warranty-policy"
import { validatePolicyTargetStep } from "./steps/validate-policy-target"

export const upsertWarrantyPolicyWorkflowId = "upsert-warranty-policy"

/** R2.2: a product's or variant's own warranty terms; issued cards keep theirs (R2.3). */
export const upsertWarrantyPolicyWorkflow = createWorkflow(
  upsertWarrantyPolicyWorkflowId,
  (input: WarrantyPolicyInput) => {
    validatePolicyTargetStep({ product_id: input.product_id, variant_id: input.variant_id })
    const policy = upsertWarrantyPolicyStep(input)
    return new WorkflowResponse(policy)
  }
)
