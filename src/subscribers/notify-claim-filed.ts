import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyWarrantyClaimWorkflow } from "../workflows/notify-warranty-claim"

/** R6.1: the shopper gets the ticket number, the parcel label link and the packing checklist. */
export default async function notifyClaimFiled({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyWarrantyClaimWorkflow(container).run({ input: { id: event.data.id, event: event.name } })
}

export const config: SubscriberConfig = { event: "warranty_claim.submitted" }
