import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R7.3: a paid repair quote (3-30 days); refused while a free cover applies without an R9 exclusion (R8.4, R11.3). */
export const POST = claimMoveRoute("quote", "admin")
