/**
 * Shapes every route of the plugin shares. The whole of `src/types` is type-only (no runtime
 * imports, string unions rather than enums): it is compiled into the browser client and the
 * dashboard, and `src/api/contract-checks.ts` fails the build when it drifts from the server.
 */
import type { Locale } from "../i18n"
import type { WarrantyClaimMove, WarrantyClaimStatus } from "./claim-codes"

/**
 * The languages the plugin answers in (`?locale=` or the `x-medusa-locale` header): those of its
 * text catalogue (`ro`, `en`, and any a shop registers in `src/i18n`). A type-only import: the
 * catalogue's texts stay on the server.
 */
export type WarrantyLocale = Locale

/** A calendar day, `YYYY-MM-DD`, in the shop's time zone. */
export type WarrantyCalendarDate = string

/** An ISO 8601 date-time as JSON carries it; every such field's name ends in `_at`. */
export type WarrantyDateTime = string

/**
 * What the server may hand to `res.json` for a response `T`: a `Date` wherever `T` has a
 * date-time (a field ending in `_at`), which JSON writes as the ISO string the reader gets.
 */
export type WarrantyJsonSource<T> = T extends (infer U)[]
  ? WarrantyJsonSource<U>[]
  : T extends object
    ? { [K in keyof T]: K extends `${string}_at` ? T[K] | Date : WarrantyJsonSource<T[K]> }
    : T

export type WarrantyMoney = { amount: number; currency_code: string }

/**
 * The shopper of a card or claim as staff read it: the Medusa customer's id (for the link to the
 * customer page), name and contact. Null on a guest's claim or a deleted customer.
 */
export type AdminWarrantyShopper = { id: string; name: string | null; email: string | null; phone: string | null }

/** Medusa's list envelope: `{ warranty_cards, count, offset, limit }`. */
export type WarrantyPaginatedResponse<T> = T & { count: number; offset: number; limit: number }

/** `limit` 1-200 (default 20), `offset` (default 0); sent as query-string values. */
export type WarrantyPageParams = { limit?: number; offset?: number }

/** A field name, or `-field` for descending. */
export type WarrantySortOrder<F extends string> = F | `-${F}`

/**
 * The body of every error answer. Medusa's own errors carry `type` and `message`; a move the
 * claim's status does not allow is a 409 that also says where the claim is and what is allowed
 * from there (the plugin answers it itself so the message is kept).
 */
export type WarrantyClientErrorBody = {
  /** Medusa's error type: `invalid_data` (400), `not_found` (404), `conflict` (409), `unauthorized` (401), ... */
  type: string
  message: string
  code?: string
  /** On a refused move (409): the claim's status now. */
  current_status?: WarrantyClaimStatus
  /** On a refused move (409): the moves the caller may make from `current_status`. */
  allowed_moves?: WarrantyClaimMove[]
  /** On a 429 (the public check's limit): seconds to wait, as `Retry-After` says. */
  retry_after?: number
}

/** `{ id, object, deleted }`, as core's delete routes answer. */
export type WarrantyDeleteResponse<O extends string> = { id: string; object: O; deleted: true }
