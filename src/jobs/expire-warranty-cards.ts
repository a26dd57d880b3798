import type { MedusaContainer } from "@medusajs/framework/types"
import { expireWarrantyCardsWorkflow } from "../workflows/expire-warranty-cards"
import { JobContext, jobSchedule, logJobRun } from "./_schedule"

/** R3.4: once a day, store `expired` on cards past their end day (reads never wait for this). */
export default async function expireWarrantyCardsJob(container: MedusaContainer, context?: JobContext) {
  let total = 0
  for (let batch = 0; batch < 1000; batch++) {
    const { result } = await expireWarrantyCardsWorkflow(container).run()
    total += result
    if (result < 1000) {
      break
    }
  }
  logJobRun(container, config.name, context, `${total} card(s) expired`)
}

export const config = {
  name: "expire-warranty-cards",
  // 00:15 server time; cards are compared with today's date in the shop's time zone.
  schedule: jobSchedule("WARRANTY_CRON_CARD_EXPIRY", "15 0 * * *"),
}
