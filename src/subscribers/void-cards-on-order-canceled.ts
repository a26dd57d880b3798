import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { voidOrderWarrantyCardsWorkflow } from "../workflows/void-order-warranty-cards"

export default async function voidCardsOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await voidOrderWarrantyCardsWorkflow(container).run({
    input: { order_id: event.data.id, voided_at: new Date() },
  })
}

export const config: SubscriberConfig = { event: "order.canceled" }
