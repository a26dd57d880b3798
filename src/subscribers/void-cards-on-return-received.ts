import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { voidReturnedWarrantyCardsWorkflow } from "../workflows/void-returned-warranty-cards"

export default async function voidCardsOnReturnReceived({
  event,
  container,
}: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await voidReturnedWarrantyCardsWorkflow(container).run({
    input: { order_id: event.data.order_id, voided_at: new Date() },
  })
}

export const config: SubscriberConfig = { event: "order.return_received" }
