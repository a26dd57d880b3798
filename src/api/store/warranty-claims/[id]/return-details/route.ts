import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R7.4: the shopper confirms where and to whom the device goes back. */
export const POST = claimMoveRoute("confirm_return_details", "customer")
