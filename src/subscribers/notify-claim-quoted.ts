import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyWarrantyClaimWorkflow } from "../workflows/notify-warranty-claim"

/** R7.3, R8.4: the repair quote waits for the shopper's answer. */
export default async function notifyClaimQuoted({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyWarrantyClaimWorkflow(container).run({ input: { id: event.data.id, event: event.name } })
}

export const config: SubscriberConfig = { event: "warranty_claim.quoted" }
