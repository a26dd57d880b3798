import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { issueWarrantyCardsWorkflow } from "../workflows/issue-warranty-cards"

/** R1.1: every sold unit gets a pending card once the order is placed (off the checkout path). */
export default async function issueCardsOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await issueWarrantyCardsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
