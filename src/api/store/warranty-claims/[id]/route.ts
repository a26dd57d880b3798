import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../utils/locale"
import { readClaim } from "../../../utils/warranty-claims"
import type { StoreWarrantyClaimResponse } from "../../../../types"

/** One of the shopper's claims: status, cover, due date, timeline, quote, fees (R5.3 statement included). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreWarrantyClaimResponse>) {
  res.json({
    warranty_claim: await readClaim(
      req.scope,
      { id: req.params.id, customer_id: req.auth_context.actor_id },
      "store",
      readerLocale(req)
    ),
  })
}
