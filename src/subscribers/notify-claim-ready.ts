import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyWarrantyClaimWorkflow } from "../workflows/notify-warranty-claim"

/** R7.4: service ended; the device goes back only once the shopper confirms address and phone. */
export default async function notifyClaimReady({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyWarrantyClaimWorkflow(container).run({ input: { id: event.data.id, event: event.name } })
}

export const config: SubscriberConfig = { event: "warranty_claim.return_details_requested" }
