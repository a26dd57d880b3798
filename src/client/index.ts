/**
 * `medusa-plugin-warranty/client`: the storefront's warranty calls on its own JS SDK instance,
 * and the API contract's types. Runs in the browser and in Node (server components, actions).
 */
export { createWarrantyClient } from "./warranty-client"
export type { WarrantyClient, WarrantyPayFeeInput } from "./warranty-client"
export { WarrantyClientError } from "./errors"
export type { WarrantyRequestOptions, WarrantySdk } from "./transport"
export type * from "../types"
