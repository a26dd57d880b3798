/**
 * The API contract of medusa-plugin-warranty: the request and response shapes of every store and
 * admin route, written once. Type-only: importing it adds nothing to a bundle.
 */
export type * from "./common"
export type * from "./cards"
export type * from "./claim-codes"
export type * from "./claims"
export type * from "./store-claims"
export type * from "./admin-claims"
export type * from "./offers"
export type * from "./policies"
export type * from "./photos"
export type * from "./ownership"
export type * from "./settings"
export type * from "./public-check"
