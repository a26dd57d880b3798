import { claimMoveRoute } from "../../../../utils/warranty-claims"
import { idempotent } from "../../../../utils/idempotency"

/** The shopper withdraws a claim before the device reaches the service. */
export const POST = idempotent(claimMoveRoute("cancel", "customer"))
