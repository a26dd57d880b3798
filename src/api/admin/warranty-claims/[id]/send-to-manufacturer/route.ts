import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R7.2: the device goes to the manufacturer's authorised centre. */
export const POST = claimMoveRoute("send_to_manufacturer", "admin")
