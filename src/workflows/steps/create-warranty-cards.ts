import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { ProductKind, WarrantyCoverage } from "../../modules/warranty/models/warranty-policy"
import type { DeliveryKind } from "../../modules/warranty/models/warranty-card"

export type NewWarrantyCard = {
  order_id: string
  line_item_id: string
  unit_index: number
  product_id: string | null
  variant_id: string | null
  customer_id: string | null
  product_title: string
  variant_title: string | null
  sku: string | null
  months: number
  battery_days: number
  coverage: WarrantyCoverage
  kind: ProductKind
  oem_battery_model: boolean
  delivery_kind: DeliveryKind
}

/** Gives each new card its number (`PREFIX-YEAR-000001`) and stores it; compensation deletes them. */
export const createWarrantyCardsStep = createStep(
  "create-warranty-cards",
  async (input: { cards: NewWarrantyCard[]; year: string }, { container }) => {
    if (!input.cards.length) {
      return new StepResponse([], [])
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const prefix = warranty.getOptions().card_number_prefix
    const first = await warranty.reserveSequence(`card-${input.year}`, input.cards.length)
    const created = await warranty.createWarrantyCards(
      input.cards.map((card, i) => ({
        ...card,
        card_number: `${prefix}-${input.year}-${String(first + i).padStart(6, "0")}`,
      }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.deleteWarrantyCards(ids)
  }
)
