import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShopperCards } from "../../utils/shopper-cards"
import type { StoreGetWarrantyCardsParamsType } from "../../validators"
import type { StoreWarrantyCardListResponse } from "../../../types"

/** The logged-in shopper's own cards (order history), newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetWarrantyCardsParamsType>, res: MedusaResponse<StoreWarrantyCardListResponse>) {
  const { order_id, status } = req.validatedQuery
  res.json(await listShopperCards(req, req.auth_context.actor_id, order_id, status))
}
