import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"

const verifyShopper = authenticate("customer", ["session", "bearer"])
/** Requests whose shopper this middleware has verified already (the token's signature is costly). */
const verified = new WeakSet<MedusaRequest>()

/**
 * Medusa's `authenticate("customer", ["session", "bearer"])`, run at most once per request: store
 * routes of cards and claims pass it twice (the ownership route before the owner sync, then the
 * route's own), and issue 12's P1 showed the second JWT verification in the profile.
 */
export function authenticateShopper(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (verified.has(req)) {
    return next()
  }
  return verifyShopper(req, res, (err?: unknown) => {
    if (err === undefined) {
      verified.add(req)
    }
    next(err)
  })
}
