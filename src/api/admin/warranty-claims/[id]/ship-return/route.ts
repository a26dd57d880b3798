import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R7.4: the device is shipped back, only after the shopper confirmed the return details. */
export const POST = claimMoveRoute("ship_return", "admin")
