import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WARRANTY_MODULE } from "../modules/warranty"
import type WarrantyModuleService from "../modules/warranty/service"
import { moveWarrantyClaimWorkflow } from "../workflows/move-warranty-claim"

/** R7.4: once a courier claim's device is ready, the shopper is asked where to send it back. */
export default async function requestReturnDetailsOnReady({ event, container }: SubscriberArgs<{ id: string }>) {
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const [claim] = await warranty.listWarrantyClaims({ id: event.data.id }, { select: ["id", "delivery_method"], take: 1 })
  if (claim?.delivery_method !== "courier") {
    return
  }
  await moveWarrantyClaimWorkflow(container).run({
    input: { id: claim.id, move: "request_return_details", actor: "system", actor_id: null, input: {} },
  })
}

export const config: SubscriberConfig = { event: "warranty_claim.ready" }
