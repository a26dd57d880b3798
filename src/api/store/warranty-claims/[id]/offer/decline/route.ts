import { claimMoveRoute } from "../../../../../utils/warranty-claims"
import { idempotent } from "../../../../../utils/idempotency"

/** The shopper declines the offer: the device goes back at their cost (R6.2, R8.5). */
export const POST = idempotent(claimMoveRoute("decline_offer", "customer"))
