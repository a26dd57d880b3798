import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../../utils/locale"
import { cardEligibility } from "../../../../utils/warranty-claims"
import type { GetEligibilityParamsType } from "../../../../validators"
import type { AdminWarrantyEligibilityResponse } from "../../../../../types"

/** R11.3: which covers apply to these defects on this card on a day (default today). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetEligibilityParamsType>, res: MedusaResponse<AdminWarrantyEligibilityResponse>) {
  const { on, defects } = req.validatedQuery
  res.json({ eligibility: await cardEligibility(req.scope, { id: req.params.id }, defects, on, readerLocale(req)) })
}
