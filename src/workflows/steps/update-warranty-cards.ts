import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

type CardUpdate = { id: string } & Record<string, unknown>

const RESTORABLE = [
  "serial_number",
  "fulfillment_id",
  "delivery_kind",
  "issued_at",
  "starts_on",
  "ends_on",
  "battery_ends_on",
  "status",
  "void_reason",
  "voided_at",
  "sale_battery_health",
  "battery_replacement_due",
] as const

/** Updates cards; compensation puts back the fields it may have changed. */
export const updateWarrantyCardsStep = createStep(
  "update-warranty-cards",
  async (updates: CardUpdate[], { container }) => {
    if (!updates.length) {
      return new StepResponse([], [])
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const previous = await warranty.listWarrantyCards(
      { id: updates.map((u) => u.id) },
      { select: ["id", ...RESTORABLE] }
    )
    const updated = await warranty.updateWarrantyCards(updates)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.updateWarrantyCards(
      previous.map((card) => {
        const restore: CardUpdate = { id: card.id }
        for (const field of RESTORABLE) {
          restore[field] = card[field]
        }
        return restore
      })
    )
  }
)
