import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** Closes the claim (returned, or handed over at the counter). */
export const POST = claimMoveRoute("close", "admin")
