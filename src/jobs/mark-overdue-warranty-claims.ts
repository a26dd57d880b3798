import type { MedusaContainer } from "@medusajs/framework/types"
import { markOverdueWarrantyClaimsWorkflow, OVERDUE_SWEEP_BATCH } from "../workflows/mark-overdue-warranty-claims"

/**
 * R7.1, R11.2: once a day, every claim past its due day gets its `mark_overdue` (logged, and
 * `warranty_claim.overdue` tells the shopper), in set-based passes of up to OVERDUE_SWEEP_BATCH
 * claims; a day's usual handful is one pass. A claim a clerk holds at that moment is left to the
 * next run.
 */
export default async function markOverdueWarrantyClaimsJob(container: MedusaContainer) {
  const logger = container.resolve("logger")
  let marked = 0
  for (let pass = 0; pass < 1000; pass++) {
    const { result } = await markOverdueWarrantyClaimsWorkflow(container).run({ input: { limit: OVERDUE_SWEEP_BATCH } })
    marked += result.ids.length
    if (result.ids.length < OVERDUE_SWEEP_BATCH) {
      break
    }
  }
  logger.info(`warranty: ${marked} claim(s) marked overdue`)
}

export const config = {
  name: "mark-overdue-warranty-claims",
  // 00:20 server time; due days are compared with today's date in the shop's time zone.
  schedule: "20 0 * * *",
}
