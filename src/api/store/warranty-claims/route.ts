import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitWarrantyClaimWorkflow } from "../../../workflows/submit-warranty-claim"
import { idempotencyKeyId, idempotent } from "../../utils/idempotency"
import { readerLocale } from "../../utils/locale"
import { claimFilters, listClaims, readClaim } from "../../utils/warranty-claims"
import type { StoreCreateWarrantyClaimType, StoreGetWarrantyClaimsParamsType } from "../../validators"
import { warrantyService } from "../../utils/warranty-cards"
import type { StoreWarrantyClaimListResponse, StoreWarrantyClaimResponse } from "../../../types"

/** The shopper's own claims, newest first (order history). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreGetWarrantyClaimsParamsType>, res: MedusaResponse<StoreWarrantyClaimListResponse>) {
  const { limit, offset, order, status, order_id, warranty_card_id } = req.validatedQuery
  const filters = await claimFilters(
    req.scope,
    { status, order_id, warranty_card_id, customer_id: req.auth_context.actor_id },
    warrantyService(req.scope).today()
  )
  res.json(await listClaims(req.scope, filters, { limit, offset, order }, "store", readerLocale(req)))
}

/**
 * R6.1: the shopper files a claim on one of their cards and gets a ticket number. With an
 * `Idempotency-Key`, a retry answers with the claim the first request filed.
 */
export const POST = idempotent(
  async function POST(req: AuthenticatedMedusaRequest<StoreCreateWarrantyClaimType>, res: MedusaResponse<StoreWarrantyClaimResponse>) {
    const locale = readerLocale(req)
    const customer_id = req.auth_context.actor_id
    const { result } = await submitWarrantyClaimWorkflow(req.scope).run({
      input: { ...req.validatedBody, customer_id, locale, idempotency_key_id: idempotencyKeyId(req) },
    })
    res.status(201).json({ warranty_claim: await readClaim(req.scope, { id: result.id, customer_id }, "store", locale) })
  },
  async (req, claim_id) => ({
    status: 201,
    body: { warranty_claim: await readClaim(req.scope, { id: claim_id, customer_id: req.auth_context.actor_id }, "store", readerLocale(req)) },
  })
)
