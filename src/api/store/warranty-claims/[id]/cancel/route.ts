import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** The shopper withdraws a claim before the device reaches the service. */
export const POST = claimMoveRoute("cancel", "customer")
