import type { MedusaContainer } from "@medusajs/framework/types"
import { subHours } from "date-fns"
import { syncCardOwnersWorkflow } from "../workflows/sync-card-owners"
import { JobContext, jobSchedule, logJobRun } from "./_schedule"

/** Order transfers confirmed this recently are checked again on every run (the sync is idempotent). */
const LOOKBACK_HOURS = 48

/**
 * Issue 11 s.2: Medusa's accepted order transfer emits no event. Every 10 minutes the cards of
 * orders transferred lately catch up with their order's customer, so staff lists and claim
 * e-mails follow soon even when no one opens the card; store reads and staff's card and claim
 * pages never wait for this (they sync first).
 */
export default async function syncTransferredOrderCardsJob(container: MedusaContainer, context?: JobContext) {
  const query = container.resolve("query")
  const { data: changes } = await query.graph({
    entity: "order_change",
    fields: ["order_id"],
    filters: { change_type: "transfer", status: "confirmed", confirmed_at: { $gte: subHours(new Date(), LOOKBACK_HOURS) } },
  })
  const order_ids = [...new Set((changes as { order_id: string }[]).map((c) => c.order_id))]
  if (!order_ids.length) {
    logJobRun(container, config.name, context, "no order transferred lately")
    return
  }
  const { result } = await syncCardOwnersWorkflow(container).run({ input: { order_ids } })
  logJobRun(container, config.name, context, `${result.length} card(s) followed their transferred order`)
}

export const config = {
  name: "sync-transferred-order-cards",
  schedule: jobSchedule("WARRANTY_CRON_OWNER_SYNC", "*/10 * * * *"),
}
