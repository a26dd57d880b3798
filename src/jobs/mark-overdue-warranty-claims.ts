import type { MedusaContainer } from "@medusajs/framework/types"
import { listOverdueWarrantyClaimsWorkflow } from "../workflows/list-overdue-warranty-claims"
import { moveWarrantyClaimWorkflow } from "../workflows/move-warranty-claim"
import { JobContext, jobSchedule, logJobRun } from "./_schedule"

/**
 * R7.1, R11.2: once a day, each claim past its due day gets a `mark_overdue` move (logged, and
 * `warranty_claim.overdue` tells the shopper). A claim moved meanwhile is skipped, not failed.
 */
export default async function markOverdueWarrantyClaimsJob(container: MedusaContainer, context?: JobContext) {
  const logger = container.resolve("logger")
  let marked = 0
  for (let batch = 0; batch < 100; batch++) {
    const { result: ids } = await listOverdueWarrantyClaimsWorkflow(container).run()
    let progressed = 0
    for (const id of ids) {
      const { errors } = await moveWarrantyClaimWorkflow(container).run({
        input: { id, move: "mark_overdue", actor: "system", actor_id: null, input: {} },
        throwOnError: false,
      })
      if (errors.length) {
        logger.warn(`warranty: claim ${id} not marked overdue: ${errors[0].error?.message ?? "unknown error"}`)
      } else {
        progressed++
      }
    }
    marked += progressed
    if (ids.length < 1000 || progressed === 0) {
      break
    }
  }
  logJobRun(container, config.name, context, `${marked} claim(s) marked overdue`)
}

export const config = {
  name: "mark-overdue-warranty-claims",
  // 00:20 server time; due days are compared with today's date in the shop's time zone.
  schedule: jobSchedule("WARRANTY_CRON_OVERDUE_CLAIMS", "20 0 * * *"),
}
