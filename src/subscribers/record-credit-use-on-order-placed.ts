import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordClaimCreditUseWorkflow } from "../workflows/record-claim-credit-use"

/** R8.5: a checkout that used a claim's credit code tells the claim another device was bought. */
export default async function recordCreditUseOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordClaimCreditUseWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
