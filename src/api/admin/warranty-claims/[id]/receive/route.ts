import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R7.1: intake. The service clock starts today; a battery reading lands in the card's history (R4.6, R11.4). */
export const POST = claimMoveRoute("receive", "admin")
