import { claimMoveRoute } from "../../../../utils/warranty-claims"
import { idempotent } from "../../../../utils/idempotency"

/** R7.4: the shopper confirms where and to whom the device goes back. */
export const POST = idempotent(claimMoveRoute("confirm_return_details", "customer"))
