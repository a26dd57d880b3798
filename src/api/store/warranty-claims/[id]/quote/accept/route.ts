import { claimMoveRoute } from "../../../../../utils/warranty-claims"
import { idempotent } from "../../../../../utils/idempotency"

/** R7.3: the shopper accepts the repair quote; parts are ordered only now. */
export const POST = idempotent(claimMoveRoute("accept_quote", "customer"))
