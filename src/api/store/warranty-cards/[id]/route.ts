import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../utils/locale"
import { readCard } from "../../../utils/warranty-cards"
import type { StoreGetWarrantyCardParamsType } from "../../../validators"
import type { StoreWarrantyCardResponse } from "../../../../types"

/** One of the shopper's cards, with its battery history and what it covers (R1.3, R4.6, R5). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetWarrantyCardParamsType>, res: MedusaResponse<StoreWarrantyCardResponse>) {
  const card = await readCard(req, { id: req.params.id, customer_id: req.auth_context.actor_id }, readerLocale(req))
  res.json({ warranty_card: card })
}
