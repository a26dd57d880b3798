import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { FilterableOrderProps, IOrderModuleService } from "@medusajs/framework/types"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

export type FindUncardedOrdersInput = {
  /** Read orders whose display id is below this one (the previous page's last); none: from the newest. */
  before_display_id: number | null
  /** Orders placed before this instant (ISO) are out of the window: the walk stops at the first one. */
  since: string
  /** Orders placed after this instant (ISO) are left to their own `order.placed`, still on its way. */
  until: string
  take: number
}

export type FindUncardedOrdersResult = {
  order_ids: string[]
  /** The display id to continue below, or null when the window is done. */
  next_before_display_id: number | null
  /** Orders of this page inside the window (carded or not). */
  checked: number
}

type OrderRow = { id: string; display_id: number; status: string; is_draft_order?: boolean | null; created_at: Date | string }

/**
 * One page of the catch-up (issue 12, R1.1): recent orders, newest first, that are neither drafts
 * nor canceled and have no card at all. Orders are walked by display id through Medusa's index on
 * it (the order table has none on created_at), with no filter in SQL so each page reads `take`
 * index entries and stops; the window and the statuses are applied here. Cards are looked up for
 * the whole page at once through the index on `warranty_card.order_id`.
 */
export const findUncardedOrdersStep = createStep(
  "find-uncarded-orders",
  async (input: FindUncardedOrdersInput, { container }) => {
    const orderModule: IOrderModuleService = container.resolve(Modules.ORDER)
    // The order module filters on any column of the order; its filter type only names a few.
    const filters = (input.before_display_id === null ? {} : { display_id: { $lt: input.before_display_id } }) as FilterableOrderProps
    const rows = (await orderModule.listOrders(
      filters,
      { select: ["id", "display_id", "status", "is_draft_order", "created_at"], order: { display_id: "DESC" }, take: input.take }
    )) as unknown as OrderRow[]
    const since = new Date(input.since).getTime()
    const until = new Date(input.until).getTime()
    const placedAt = (o: OrderRow) => new Date(o.created_at).getTime()
    const inWindow = rows.filter((o) => placedAt(o) >= since)
    const candidates = inWindow.filter(
      (o) => placedAt(o) <= until && !o.is_draft_order && o.status !== "canceled" && o.status !== "draft"
    )
    // The walk ends at the first order older than the window or when the table runs out.
    const done = rows.length < input.take || inWindow.length < rows.length
    const next_before_display_id = done ? null : rows[rows.length - 1].display_id
    if (!candidates.length) {
      return new StepResponse<FindUncardedOrdersResult>({ order_ids: [], next_before_display_id, checked: inWindow.length })
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const cards = await warranty.listWarrantyCards(
      { order_id: candidates.map((o) => o.id) },
      { select: ["order_id"] }
    )
    const carded = new Set(cards.map((c) => c.order_id))
    return new StepResponse<FindUncardedOrdersResult>({
      order_ids: candidates.filter((o) => !carded.has(o.id)).map((o) => o.id),
      next_before_display_id,
      checked: inWindow.length,
    })
  }
)
