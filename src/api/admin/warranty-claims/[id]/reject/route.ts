import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R9: not covered, with the reason the shopper reads; optionally the R8.4 diagnostic fee. */
export const POST = claimMoveRoute("reject", "admin")
