import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { startWarrantyCardsWorkflow } from "../workflows/start-warranty-cards"

/** R3.2: courier cards start on the day the shipment (with the invoice) is created. */
export default async function startCardsOnShipment({ event, container }: SubscriberArgs<{ id: string }>) {
  await startWarrantyCardsWorkflow(container).run({
    input: { fulfillment_id: event.data.id, trigger: "shipment" },
  })
}

export const config: SubscriberConfig = { event: "shipment.created" }
