import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../utils/locale"
import { readClaim } from "../../../utils/warranty-claims"
import type { AdminWarrantyClaimResponse } from "../../../../types"

/** One claim with its card, its whole log (`events`) and the moves staff may make now. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWarrantyClaimResponse>) {
  res.json({ warranty_claim: await readClaim(req.scope, { id: req.params.id }, "admin", readerLocale(req)) })
}
