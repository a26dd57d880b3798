import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteWarrantyPolicyStep } from "./steps/delete-warranty-policy"
import { validatePolicyTargetStep } from "./steps/validate-policy-target"

export const deleteWarrantyPolicyWorkflowId = "delete-warranty-policy"

/** Back to the product's policy (for a variant) or the plugin default (for a product). */
export const deleteWarrantyPolicyWorkflow = createWorkflow(
  deleteWarrantyPolicyWorkflowId,
  (input: { product_id: string; variant_id: string | null }) => {
    validatePolicyTargetStep(input)
    const id = deleteWarrantyPolicyStep(input)
    return new WorkflowResponse(id)
  }
)
