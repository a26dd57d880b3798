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
  // A move made at the same instant (a note, the shopper's return details) wins the row lock;
  // the request is then planned again on the new version, so a courier claim never stays `ready`.
  for (let attempt = 1; ; attempt++) {
    const { errors } = await moveWarrantyClaimWorkflow(container).run({
      input: { id: claim.id, move: "request_return_details", actor: "system", actor_id: null, input: {} },
      throwOnError: false,
    })
    const error = errors[0]?.error as { type?: string; message?: string } | undefined
    if (!error) {
      return
    }
    const [now] = await warranty.listWarrantyClaims({ id: claim.id }, { select: ["status"], take: 1 })
    if (now?.status !== "ready") {
      return
    }
    if (attempt >= 5) {
      container.resolve("logger").warn(`warranty: claim ${claim.id} return details not requested: ${error.message ?? "unknown error"}`)
      return
    }
  }
}

export const config: SubscriberConfig = { event: "warranty_claim.ready" }
