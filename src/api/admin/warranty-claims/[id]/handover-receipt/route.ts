import { claimReceiptRoute } from "../../../../utils/claim-receipts"

/** R7.4, R7.6: the receipt signed when the device leaves the service (409 while it is still in service). */
export const GET = claimReceiptRoute("handover")
