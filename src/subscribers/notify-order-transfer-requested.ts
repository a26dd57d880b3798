import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyOrderTransferWorkflow } from "../workflows/notify-order-transfer"

/** Issue 11 s.2: Medusa sends no e-mail for an order transfer request; the plugin sends the token. */
export default async function notifyOrderTransferRequested({
  event,
  container,
}: SubscriberArgs<{ id: string; order_change_id: string }>) {
  await notifyOrderTransferWorkflow(container).run({ input: { order_id: event.data.id, order_change_id: event.data.order_change_id } })
}

export const config: SubscriberConfig = { event: "order.transfer_requested" }
