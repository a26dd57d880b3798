import { claimMoveRoute } from "../../../../../utils/warranty-claims"
import { idempotent } from "../../../../../utils/idempotency"

/** R8.4: the shopper declines the quote; the diagnostic fee becomes due and the device goes back. */
export const POST = idempotent(claimMoveRoute("decline_quote", "customer"))
