import type { MedusaContainer } from "@medusajs/framework/types"
import { statusFilter } from "../../modules/warranty/rules/status"
import type { StoreWarrantyCard, StoreWarrantyCardListResponse } from "../../types"
import { cardFields, combineFilters, listCards, presentCard, warrantyService } from "./warranty-cards"

type ListRequest = {
  scope: MedusaContainer
  queryConfig: { fields: string[]; pagination?: { skip?: number; take?: number; order?: Record<string, string> } }
}

/**
 * The shopper's own cards, one page (GET /store/warranty-cards). Issue 12 (P1): read through the
 * module's service in one query, `limit + 1` rows: a shopper's cards mostly fit one page, and
 * then the count is known without a second (count) query. Fields of the battery readings (a
 * relation) go through Query as the admin list does.
 */
export async function listShopperCards(
  req: ListRequest,
  customer_id: string,
  order_id: string | undefined,
  status: string | string[] | undefined
): Promise<StoreWarrantyCardListResponse> {
  const where = [{ customer_id }, order_id ? { order_id } : null]
  if (req.queryConfig.fields.some((f) => f.includes("."))) {
    return listCards(req, where, status, "store")
  }
  const warranty = warrantyService(req.scope)
  const today = warranty.today()
  const { skip = 0, take = 20, order } = req.queryConfig.pagination ?? {}
  const { fields, strip } = cardFields(req.queryConfig.fields, "store")
  const filters = combineFilters([...where, statusFilter(status, today)])
  // Medusa's list query config has already turned `order=-created_at` into { created_at: "DESC" }.
  const config = { select: fields, order: (order ?? { created_at: "DESC" }) as Record<string, "ASC" | "DESC"> }
  const rows = await warranty.listWarrantyCards(filters, { ...config, skip, take: take + 1 })
  const page = rows.slice(0, take)
  // Past the last page (an empty page after an offset) or more rows than a page: count them.
  const known = rows.length <= take && (page.length > 0 || skip === 0)
  const count = known ? skip + page.length : (await warranty.listAndCountWarrantyCards(filters, { select: ["id"], take: 1 }))[1]
  return {
    warranty_cards: page.map((c) => strip(presentCard(c, today))) as unknown as StoreWarrantyCard[],
    count,
    offset: skip,
    limit: take,
  }
}
