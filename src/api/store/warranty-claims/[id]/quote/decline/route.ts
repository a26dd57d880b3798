import { claimMoveRoute } from "../../../../../utils/warranty-claims"

/** R8.4: the shopper declines the quote; the diagnostic fee becomes due and the device goes back. */
export const POST = claimMoveRoute("decline_quote", "customer")
