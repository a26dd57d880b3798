import { claimReceiptRoute } from "../../../../utils/claim-receipts"

/** R7.1: the receipt the clerk hands over when the device comes in (409 before it is received). */
export const GET = claimReceiptRoute("intake")
