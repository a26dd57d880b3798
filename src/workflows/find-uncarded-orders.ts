import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FindUncardedOrdersInput, findUncardedOrdersStep } from "./steps/find-uncarded-orders"

export const findUncardedOrdersWorkflowId = "find-uncarded-orders"

/** Issue 12: one page of recent orders that have units but no card (an `order.placed` lost on the way). */
export const findUncardedOrdersWorkflow = createWorkflow(findUncardedOrdersWorkflowId, (input: FindUncardedOrdersInput) => {
  return new WorkflowResponse(findUncardedOrdersStep(input))
})
