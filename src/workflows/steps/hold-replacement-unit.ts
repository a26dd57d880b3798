import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type HoldReplacementUnitInput = { variant_id: string; order_id: string; ticket_number: string; claim_id: string }

type VariantRow = {
  id: string
  title?: string | null
  product?: { title?: string | null } | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?: ({ inventory_item_id: string; required_quantity?: number | null } | null)[] | null
}

/**
 * R8.2: the unit offered as a replacement must be in stock in the order's sales channel, and is
 * held for the shopper while the offer is open: a Medusa reservation at a stock location of that
 * channel that has one available. A variant whose inventory Medusa does not manage (or one sold on
 * backorder with none left) gets no hold. Undone by deleting it.
 */
export const holdReplacementUnitStep = createStep(
  "hold-replacement-unit",
  async (input: HoldReplacementUnitInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const [{ data: variants }, { data: orders }] = await Promise.all([
      query.graph({
        entity: "product_variant",
        fields: ["id", "title", "product.title", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id", "inventory_items.required_quantity"],
        filters: { id: input.variant_id },
      }),
      query.graph({ entity: "order", fields: ["id", "sales_channel.stock_locations.id"], filters: { id: input.order_id } }),
    ])
    const variant = variants[0] as VariantRow | undefined
    const items = (variant?.inventory_items ?? []).filter((i): i is { inventory_item_id: string; required_quantity?: number | null } => !!i)
    if (!variant?.manage_inventory || !items.length) {
      return new StepResponse<string[]>([], [])
    }
    const channel = (orders[0] as { sales_channel?: { stock_locations?: ({ id: string } | null)[] | null } | null } | undefined)?.sales_channel
    const locationIds = (channel?.stock_locations ?? []).filter((l): l is { id: string } => !!l).map((l) => l.id)
    const levels = await inventory.listInventoryLevels({ inventory_item_id: items.map((i) => i.inventory_item_id), location_id: locationIds })
    // One location that has every part of the unit available.
    const location = locationIds.find((loc) =>
      items.every((i) => {
        const level = levels.find((l) => l.inventory_item_id === i.inventory_item_id && l.location_id === loc)
        return !!level && Number(level.stocked_quantity) - Number(level.reserved_quantity) >= Number(i.required_quantity ?? 1)
      })
    )
    if (!location) {
      if (variant.allow_backorder) {
        // Sold on backorder: nothing to hold; the exchange orders it like any sale.
        return new StepResponse<string[]>([], [])
      }
      // R8.2 -> R8.3: no same model in stock, the shopper is owed a valuation instead.
      const name = [variant.product?.title, variant.title].filter(Boolean).join(" ")
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `replacement_variant_id: no unit of ${name} is in stock; offer a valuation instead (R8.3)`)
    }
    const held = await inventory.createReservationItems(
      items.map((i) => ({
        inventory_item_id: i.inventory_item_id,
        location_id: location,
        quantity: Number(i.required_quantity ?? 1),
        description: `Warranty claim ${input.ticket_number}: replacement held for the shopper (R8.2)`,
        metadata: { warranty_claim_id: input.claim_id },
      }))
    )
    const ids = held.map((r) => r.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve(Modules.INVENTORY).deleteReservationItems(ids)
    }
  }
)
