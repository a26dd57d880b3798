import type { MedusaContainer } from "@medusajs/framework/types"
import { findUncardedOrdersWorkflow } from "../workflows/find-uncarded-orders"
import { issueWarrantyCardsWorkflow } from "../workflows/issue-warranty-cards"
import { JobContext, jobSchedule, logJobRun } from "./_schedule"

const PAGE = 500

/** A whole number of hours or minutes from the environment, or the variable's name in the error. */
function envNumber(name: string, fallback: number): number {
  const raw = process.env[name]?.trim()
  if (!raw) {
    return fallback
  }
  if (!/^\d+(\.\d+)?$/.test(raw)) {
    throw new Error(`${name} must be a number of zero or more (got ${JSON.stringify(raw)})`)
  }
  return Number(raw)
}

/**
 * The orders the catch-up looks at: placed within the last WARRANTY_CATCHUP_WINDOW_HOURS (48),
 * but not within the last WARRANTY_CATCHUP_GRACE_MINUTES (10), whose `order.placed` may still be
 * queued. Read at every run; a malformed value also stops the start (read once at load).
 */
export function catchUpWindow(now: Date) {
  const hours = envNumber("WARRANTY_CATCHUP_WINDOW_HOURS", 48)
  const graceMinutes = envNumber("WARRANTY_CATCHUP_GRACE_MINUTES", 10)
  return {
    since: new Date(now.getTime() - hours * 3600_000).toISOString(),
    until: new Date(now.getTime() - graceMinutes * 60_000).toISOString(),
  }
}
catchUpWindow(new Date())

/**
 * Issue 12, R1.1: an `order.placed` lost on the way (Medusa can drop the grouped events a
 * workflow releases while Redis comes back from a restart) would leave an order without cards.
 * Every 15 minutes this walks the recent orders a page at a time and runs the same idempotent
 * issuance workflow (under the order's lock) for each one that has no card; canceled orders are
 * left alone. An order's failure is logged and the walk goes on.
 */
export default async function catchUpWarrantyCardsJob(container: MedusaContainer, context?: JobContext) {
  const logger = container.resolve("logger")
  const window = catchUpWindow(new Date())
  let before: number | null = null
  let checked = 0
  let orders = 0
  let cards = 0
  let failed = 0
  for (let page = 0; page < 10_000; page++) {
    const { result } = await findUncardedOrdersWorkflow(container).run({
      input: { before_display_id: before, ...window, take: PAGE },
    })
    checked += result.checked
    for (const order_id of result.order_ids) {
      const { result: created, errors } = await issueWarrantyCardsWorkflow(container).run({
        input: { order_id },
        throwOnError: false,
      })
      if (errors.length) {
        failed++
        logger.warn(`warranty: catch-up issuance for order ${order_id} failed: ${errors[0].error?.message ?? "unknown error"}`)
      } else if (created.length) {
        orders++
        cards += created.length
      }
    }
    if (result.next_before_display_id === null) {
      break
    }
    before = result.next_before_display_id
  }
  logJobRun(
    container,
    config.name,
    context,
    `${orders} order(s) caught up with ${cards} card(s) (${checked} recent order(s) checked${failed ? `, ${failed} failed` : ""})`
  )
}

export const config = {
  name: "catch-up-warranty-cards",
  schedule: jobSchedule("WARRANTY_CRON_CARD_CATCHUP", "*/15 * * * *"),
}
