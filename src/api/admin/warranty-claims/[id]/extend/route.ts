import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R7.2: extends the service period with a reason and a new due date. */
export const POST = claimMoveRoute("extend", "admin")
