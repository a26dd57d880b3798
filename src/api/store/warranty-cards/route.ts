import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { combineFilters, presentCard, statusFilter, warrantyService } from "../../utils/warranty-cards"
import type { StoreGetWarrantyCardsParamsType } from "../../validators"

/** The logged-in shopper's own cards (order history), newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetWarrantyCardsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve("query")
  const today = warrantyService(req.scope).today()
  const { order_id, status } = req.validatedQuery
  const filters = combineFilters([
    { customer_id: req.auth_context.actor_id },
    order_id ? { order_id } : null,
    statusFilter(status, today),
  ])
  const { data, metadata } = await query.graph({
    entity: "warranty_card",
    fields: req.queryConfig.fields,
    filters,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { created_at: "DESC" } },
  })
  res.json({
    warranty_cards: data.map((c) => presentCard(c, today)),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}
