import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** Diagnosis: findings, covered or an R9 reason; the covers are assessed again today (R11.3). */
export const POST = claimMoveRoute("diagnose", "admin")
