import { claimMoveRoute } from "../../../../../utils/warranty-claims"

/** R7.3: the shopper accepts the repair quote; parts are ordered only now. */
export const POST = claimMoveRoute("accept_quote", "customer")
