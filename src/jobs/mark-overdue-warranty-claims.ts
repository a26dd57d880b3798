import type { MedusaContainer } from "@medusajs/framework/types"
import { markOverdueWarrantyClaimsWorkflow, OVERDUE_SWEEP_BATCH } from "../workflows/mark-overdue-warranty-claims"
import { JobContext, jobSchedule, logJobRun } from "./_schedule"

/**
 * R7.1, R11.2: once a day, every claim past its due day gets its `mark_overdue` (logged, and
 * `warranty_claim.overdue` tells the shopper), in set-based passes of up to OVERDUE_SWEEP_BATCH
 * claims; a day's usual handful is one pass. A claim a clerk holds at that moment is left to the
 * next run.
 */
export default async function markOverdueWarrantyClaimsJob(container: MedusaContainer, context?: JobContext) {
  let marked = 0
  for (let pass = 0; pass < 1000; pass++) {
    const { result } = await markOverdueWarrantyClaimsWorkflow(container).run({ input: { limit: OVERDUE_SWEEP_BATCH } })
    marked += result.ids.length
    if (result.ids.length < OVERDUE_SWEEP_BATCH) {
      break
    }
  }
  logJobRun(container, config.name, context, `${marked} claim(s) marked overdue`)
}

export const config = {
  name: "mark-overdue-warranty-claims",
  // 00:20 server time by default (WARRANTY_CRON_OVERDUE_CLAIMS); due days are compared with today's
  // date in the shop's time zone.
  schedule: jobSchedule("WARRANTY_CRON_OVERDUE_CLAIMS", "20 0 * * *"),
}
