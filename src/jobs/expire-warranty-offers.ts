import type { MedusaContainer } from "@medusajs/framework/types"
import type { ClaimMove } from "../modules/warranty/rules/claim-transitions"
import { listDueWarrantyOffersWorkflow } from "../workflows/list-due-warranty-offers"
import { moveWarrantyClaimWorkflow } from "../workflows/move-warranty-claim"
import { JobContext, jobSchedule, logJobRun } from "./_schedule"

/**
 * Every hour: an open offer past its time expires and the device goes back at the shopper's cost
 * (`expire_offer`); one about to expire reminds the shopper once (`remind_offer`). A claim the
 * shopper answered meanwhile is skipped, not failed.
 */
export default async function expireWarrantyOffersJob(container: MedusaContainer, context?: JobContext) {
  const logger = container.resolve("logger")
  const { result } = await listDueWarrantyOffersWorkflow(container).run()
  const counts = { expire_offer: 0, remind_offer: 0 }
  const run = async (id: string, move: Extract<ClaimMove, "expire_offer" | "remind_offer">) => {
    const { errors } = await moveWarrantyClaimWorkflow(container).run({
      input: { id, move, actor: "system", actor_id: null, input: {} },
      throwOnError: false,
    })
    if (errors.length) {
      logger.warn(`warranty: offer on claim ${id} not updated (${move}): ${errors[0].error?.message ?? "unknown error"}`)
    } else {
      counts[move]++
    }
  }
  for (const id of result.expired) {
    await run(id, "expire_offer")
  }
  for (const id of result.expiring) {
    await run(id, "remind_offer")
  }
  logJobRun(container, config.name, context, `${counts.expire_offer} offer(s) expired, ${counts.remind_offer} reminder(s) sent`)
}

export const config = {
  name: "expire-warranty-offers",
  schedule: jobSchedule("WARRANTY_CRON_OFFER_EXPIRY", "5 * * * *"),
}
