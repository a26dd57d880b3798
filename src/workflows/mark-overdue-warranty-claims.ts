import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CLAIM_MOVE_EVENTS } from "../modules/warranty/rules/claim-transitions"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { markClaimsOverdueStep } from "./steps/mark-claims-overdue"

// Not the job's own name: Medusa registers each scheduled job as a workflow of that name.
export const markOverdueWarrantyClaimsWorkflowId = "mark-warranty-claims-overdue"

/** At most this many claims per run: one transaction, and one batch of events for the e-mails. */
export const OVERDUE_SWEEP_BATCH = 2000

export type MarkOverdueWarrantyClaimsInput = { limit?: number }

/**
 * R7.1, R11.2: the daily overdue sweep, set-based (issue 12, P4). One pass marks every claim past
 * its due day that was not told yet, each with its `mark_overdue` log entry (as the move does);
 * then `warranty_claim.overdue` is emitted per claim, with the move's usual payload, for the
 * e-mail. A failed emit undoes the pass (the step's compensation).
 */
export const markOverdueWarrantyClaimsWorkflow = createWorkflow(
  markOverdueWarrantyClaimsWorkflowId,
  (input: MarkOverdueWarrantyClaimsInput) => {
    const settings = getWarrantySettingsStep()
    const marked = markClaimsOverdueStep(
      transform({ input, settings }, ({ input, settings }) => ({
        today: settings.today,
        now: settings.now,
        limit: input.limit ?? OVERDUE_SWEEP_BATCH,
      }))
    )
    const events = transform({ marked }, ({ marked }) =>
      marked.map((c) => ({
        id: c.id,
        ticket_number: c.ticket_number,
        customer_id: c.customer_id,
        status: c.status,
        from_status: c.status,
        move: "mark_overdue",
      }))
    )
    when({ events }, ({ events }) => events.length > 0).then(() => {
      emitEventStep({ eventName: CLAIM_MOVE_EVENTS.mark_overdue, data: events })
    })
    return new WorkflowResponse(transform({ marked }, ({ marked }) => ({ ids: marked.map((c) => c.id) })))
  }
)
