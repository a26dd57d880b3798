import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { startWarrantyCardsWorkflow } from "../workflows/start-warranty-cards"

/** R3.1: pickup cards start on the day of handover (the pickup fulfilment is delivered). */
export default async function startCardsOnDelivery({ event, container }: SubscriberArgs<{ id: string }>) {
  await startWarrantyCardsWorkflow(container).run({
    input: { fulfillment_id: event.data.id, trigger: "delivery" },
  })
}

export const config: SubscriberConfig = { event: "delivery.created" }
