import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * R8.2: lets go of the unit held for a replacement offer (declined, expired, replaced by another
 * offer, or swapped through the exchange, which holds its own). A hold staff already removed in
 * Medusa is simply gone. Not undone: an offer that needs it again is made again.
 */
export const releaseReplacementHoldStep = createStep("release-replacement-hold", async (ids: string[], { container }) => {
  const inventory = container.resolve(Modules.INVENTORY)
  const existing = ids.length ? await inventory.listReservationItems({ id: ids }, { select: ["id"] }) : []
  if (existing.length) {
    await inventory.deleteReservationItems(existing.map((r) => r.id))
  }
  return new StepResponse(existing.map((r) => r.id))
})
