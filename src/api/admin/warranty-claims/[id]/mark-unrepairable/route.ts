import { claimMoveRoute } from "../../../../utils/warranty-claims"

/** Repair is impossible; the outcomes (R8.2-R8.5) follow from here. */
export const POST = claimMoveRoute("mark_unrepairable", "admin")
