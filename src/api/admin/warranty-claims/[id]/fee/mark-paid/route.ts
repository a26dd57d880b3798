import { claimMoveRoute } from "../../../../../utils/warranty-claims"

/** R8.4: the diagnostic fee was paid at the counter (a till reference may be kept). */
export const POST = claimMoveRoute("mark_fee_paid", "admin")
