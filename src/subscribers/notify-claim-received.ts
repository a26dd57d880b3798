import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyWarrantyClaimWorkflow } from "../workflows/notify-warranty-claim"

/** R7.1, R11.2: the device reached the workshop; the shopper learns the due date. */
export default async function notifyClaimReceived({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyWarrantyClaimWorkflow(container).run({ input: { id: event.data.id, event: event.name } })
}

export const config: SubscriberConfig = { event: "warranty_claim.received" }
