import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordClaimCreditUseWorkflow } from "../workflows/record-claim-credit-use"
import { isClaimCreditCode } from "../workflows/steps/create-claim-credit"

type OrderCodes = {
  promotions?: ({ code?: string | null } | null)[] | null
  items?: ({ adjustments?: ({ code?: string | null } | null)[] | null } | null)[] | null
}

/**
 * R8.5: a checkout that used a claim's credit code tells the claim another device was bought.
 * Issue 12: most orders carry no credit code, so one read decides first and only those that do
 * start the workflow (a workflow run costs a few round trips on the Redis workflow engine).
 */
export default async function recordCreditUseOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "promotions.code", "items.adjustments.code"],
    filters: { id: event.data.id },
  })
  const order = data[0] as OrderCodes | undefined
  const codes = [
    ...(order?.promotions ?? []).map((p) => p?.code),
    ...(order?.items ?? []).flatMap((i) => (i?.adjustments ?? []).map((a) => a?.code)),
  ]
  if (!codes.some(isClaimCreditCode)) {
    return
  }
  await recordClaimCreditUseWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
