import type { MedusaContainer } from "@medusajs/framework/types"
import { SHOPPER_CARD_COLUMNS } from "../../modules/warranty/shopper-card-rows"
import type { StoreWarrantyCard, StoreWarrantyCardListResponse } from "../../types"
import { cardFields, listCards, presentCard, warrantyService } from "./warranty-cards"

const COLUMNS = new Set<string>(SHOPPER_CARD_COLUMNS)

type ListRequest = {
  scope: MedusaContainer
  queryConfig: { fields: string[]; pagination?: { skip?: number; take?: number; order?: Record<string, string> } }
}

/**
 * The shopper's own cards, one page (GET /store/warranty-cards). Issue 12 (P1): the common call
 * (card columns only, no `status` filter) reads plain rows in one query through the module
 * (`listShopperCardRows`: no entity per row, no count query when the page is not full); a status
 * filter or the battery readings (a relation) go through Query as the admin list does.
 */
export async function listShopperCards(
  req: ListRequest,
  customer_id: string,
  order_id: string | undefined,
  status: string | string[] | undefined
): Promise<StoreWarrantyCardListResponse> {
  const warranty = warrantyService(req.scope)
  const { fields, strip } = cardFields(req.queryConfig.fields, "store")
  if (status || !fields.every((f) => COLUMNS.has(f))) {
    return listCards(req, [{ customer_id }, order_id ? { order_id } : null], status, "store")
  }
  const today = warranty.today()
  const { skip = 0, take = 20, order } = req.queryConfig.pagination ?? {}
  const { rows, count } = await warranty.listShopperCardRows({
    customer_id,
    order_id,
    columns: fields,
    order: order ?? { created_at: "DESC" },
    offset: skip,
    limit: take,
  })
  return {
    warranty_cards: rows.map((c) => strip(presentCard(c, today))) as unknown as StoreWarrantyCard[],
    count,
    offset: skip,
    limit: take,
  }
}
