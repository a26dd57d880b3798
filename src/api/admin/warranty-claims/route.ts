import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../utils/locale"
import { warrantyService } from "../../utils/warranty-cards"
import { claimFilters, listClaims } from "../../utils/warranty-claims"
import type { AdminGetWarrantyClaimsParamsType } from "../../validators"
import type { AdminWarrantyClaimListResponse } from "../../../types"

/**
 * The service desk's list: filters by status, cover, overdue, card, customer, product, order; `q`
 * on the ticket, IMEI/serial, product or the shopper (name, e-mail, phone). Each claim comes with
 * its shopper, named.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetWarrantyClaimsParamsType>, res: MedusaResponse<AdminWarrantyClaimListResponse>) {
  const { limit, offset, order, ...filters } = req.validatedQuery
  const where = await claimFilters(req.scope, filters, warrantyService(req.scope).today())
  res.json(await listClaims(req.scope, where, { limit, offset, order }, "admin", readerLocale(req)))
}
