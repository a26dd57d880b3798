import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../../utils/locale"
import { cardEligibility } from "../../../../utils/warranty-claims"
import type { GetEligibilityParamsType } from "../../../../validators"
import type { StoreWarrantyEligibilityResponse } from "../../../../../types"

/** R11.3: before filing, the shopper sees which covers apply today (or that the claim would be paid). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetEligibilityParamsType>, res: MedusaResponse<StoreWarrantyEligibilityResponse>) {
  const { on, defects } = req.validatedQuery
  res.json({
    eligibility: await cardEligibility(
      req.scope,
      { id: req.params.id, customer_id: req.auth_context.actor_id },
      defects,
      on,
      readerLocale(req)
    ),
  })
}
