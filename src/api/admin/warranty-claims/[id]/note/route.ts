import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** A note on the claim's log, for staff only unless marked visible to the shopper. */
export const POST = claimMoveRoute("note", "admin")
