import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { buildClaimNotificationStep } from "./steps/build-claim-notification"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"

export const notifyWarrantyClaimWorkflowId = "notify-warranty-claim"

export type NotifyWarrantyClaimInput = {
  /** The claim's id. */
  id: string
  /** The claim event, `warranty_claim.<move>` (or just `<move>`). */
  event: string
}

/**
 * Section 4: e-mails the shopper about a claim event through the Notification Module
 * (channel `email`, template `warranty-claim-<event>`), in the language of the claim. Sends
 * nothing when the shopper has no e-mail address.
 */
export const notifyWarrantyClaimWorkflow = createWorkflow(
  notifyWarrantyClaimWorkflowId,
  (input: NotifyWarrantyClaimInput) => {
    const settings = getWarrantySettingsStep()
    const notifications = buildClaimNotificationStep({ id: input.id, event: input.event, settings })
    const sent = sendNotificationsStep(notifications)
    return new WorkflowResponse(sent)
  }
)
