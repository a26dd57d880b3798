import { claimLabelRoute } from "../../../../utils/claim-label"

/** R6.5: staff print a claim's parcel label (e.g. for a drop-off at the counter). */
export const GET = claimLabelRoute("admin")
