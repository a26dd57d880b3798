import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** R8.5: the broken device is recycled free of charge; the claim is closed. */
export const POST = claimMoveRoute("recycle", "admin")
