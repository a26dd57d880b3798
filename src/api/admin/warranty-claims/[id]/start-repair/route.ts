import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R8.1: the repair starts (a covered diagnosis, or back from the manufacturer). */
export const POST = claimMoveRoute("start_repair", "admin")
