import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyWarrantyClaimWorkflow } from "../workflows/notify-warranty-claim"

/** The device is on its way back: carrier and tracking number. */
export default async function notifyClaimReturnShipped({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyWarrantyClaimWorkflow(container).run({ input: { id: event.data.id, event: event.name } })
}

export const config: SubscriberConfig = { event: "warranty_claim.return_shipped" }
