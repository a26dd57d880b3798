import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildOrderTransferMailStep } from "./steps/build-transfer-mails"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"

export const notifyOrderTransferWorkflowId = "notify-order-transfer"

/**
 * Issue 11 s.2: e-mails the token of Medusa's order transfer request to the order's address
 * through the Notification Module (template `order-transfer-requested`); option
 * `order_transfer_email: false` turns it off for a shop that sends its own.
 */
export const notifyOrderTransferWorkflow = createWorkflow(
  notifyOrderTransferWorkflowId,
  (input: { order_id: string; order_change_id: string }) => {
    const settings = getWarrantySettingsStep()
    const mails = buildOrderTransferMailStep({ order_id: input.order_id, order_change_id: input.order_change_id, settings })
    return new WorkflowResponse(sendNotificationsStep(mails))
  }
)
