import { claimMoveRoute } from "../../../../../utils/warranty-claims"

/** R8.4: staff waive the diagnostic fee; the reason is required and kept in the log. */
export const POST = claimMoveRoute("waive_fee", "admin")
