import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../../utils/locale"
import { cardOwnerLog } from "../../../../utils/card-owners"
import type { AdminWarrantyCardOwnersResponse } from "../../../../../types"

/** Issue 11: every owner of the card, oldest first, with who made each change, and its storefront transfers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminWarrantyCardOwnersResponse>) {
  res.json(await cardOwnerLog(req.scope, req.params.id, readerLocale(req)))
}
