import type { StoreWarrantyClaimResponse } from "medusa-plugin-warranty/client"

/**
 * One move of the shopper on the claim page: `name` marks the busy button, `call` makes the
 * move, `done` is the line shown after it. Resolves true when the move was made.
 */
export type ClaimAct = (name: string, call: () => Promise<StoreWarrantyClaimResponse>, done: string) => Promise<boolean>
