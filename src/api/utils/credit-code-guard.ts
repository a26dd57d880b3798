import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type PromotionRow = {
  code?: string | null
  metadata?: Record<string, unknown> | null
  rules?: ({ attribute?: string | null; values?: ({ value?: string | null } | null)[] | null } | null)[] | null
}

type AuthContext = { actor_id?: string; actor_type?: string }

/** The store routes through which a shopper enters promotion codes (`promo_codes` in the body). */
export const CART_CODE_ROUTES = ["/store/carts", "/store/carts/:id", "/store/carts/:id/promotions"]

/**
 * R8.3, R8.5: a warranty credit code is the claimant's alone. Medusa's promotion rule on
 * `customer.id` checks the cart's customer, and a guest cart that carries the claimant's e-mail is
 * given the claimant's customer record, so the rule alone lets a guest who knows the e-mail and the
 * code spend it. Here a credit code (a promotion with `metadata.warranty_claim_id`) is refused
 * unless the caller is logged in as the customer its rule names: 401 for a guest, 400 for
 * another customer. Other codes pass untouched; Medusa's own checks follow.
 */
export async function guardCreditCodes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { promo_codes?: unknown } | undefined
  const codes = Array.isArray(body?.promo_codes) ? body.promo_codes.filter((c): c is string => typeof c === "string" && c.length > 0) : []
  if (!codes.length) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "promotion",
    fields: ["code", "metadata", "rules.attribute", "rules.values.value"],
    filters: { code: codes },
  })
  const credits = (data as PromotionRow[]).filter((p) => !!p.metadata?.warranty_claim_id)
  if (!credits.length) {
    return next()
  }
  const auth = (req as MedusaRequest & { auth_context?: AuthContext }).auth_context
  const customerId = auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
  for (const credit of credits) {
    if (!customerId) {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        `promo_codes: ${credit.code} is a warranty credit; log in as the customer it was issued to before using it`
      )
    }
    const owners = (credit.rules ?? [])
      .filter((r) => r?.attribute === "customer.id")
      .flatMap((r) => (r?.values ?? []).map((v) => v?.value))
    if (!owners.includes(customerId)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `promo_codes: the warranty credit ${credit.code} was issued to another customer`)
    }
  }
  return next()
}
