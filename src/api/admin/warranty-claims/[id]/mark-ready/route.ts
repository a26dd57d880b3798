import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** The repair is done; R7.6: the card's end date does not move. */
export const POST = claimMoveRoute("mark_ready", "admin")
