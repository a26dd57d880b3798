import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../utils/locale"
import { MedusaError } from "@medusajs/framework/utils"
import { coverageDetails, presentCard, warrantyService } from "../../../utils/warranty-cards"
import type { StoreGetWarrantyCardParamsType } from "../../../validators"

/** One of the shopper's cards, with its battery history and what it covers (R1.3, R4.6, R5). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetWarrantyCardParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve("query")
  const warranty = warrantyService(req.scope)
  const locale = readerLocale(req)
  // The customer filter makes a foreign card look exactly like a missing one.
  const { data } = await query.graph({
    entity: "warranty_card",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  const card = data[0]
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${req.params.id} was not found`)
  }
  res.json({ warranty_card: { ...presentCard(card, warranty.today()), ...coverageDetails(card, locale) } })
}
