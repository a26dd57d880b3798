import { claimLabelRoute } from "../../../../utils/claim-label"

/** R6.5: the parcel label of the shopper's own claim. */
export const GET = claimLabelRoute("store")
