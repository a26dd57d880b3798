import { FetchError } from "@medusajs/js-sdk"
import { WarrantyClientError } from "medusa-plugin-warranty/client"

/** The HTTP status of a failed call, from the warranty client or the JS SDK; 0 when none came. */
export function statusOf(e: unknown): number {
  if (e instanceof WarrantyClientError) {
    return e.status
  }
  if (e instanceof FetchError) {
    return e.status ?? 0
  }
  return 0
}

export const isNotFound = (e: unknown) => statusOf(e) === 404
export const isUnauthorized = (e: unknown) => statusOf(e) === 401

/**
 * The server's own words for a failure (its messages name the field or the rule); a request
 * that got no answer gets the page's fallback text instead of a stack trace.
 */
export function errorMessage(e: unknown, fallback: string): string {
  if (e instanceof WarrantyClientError) {
    return e.status === 0 || !e.message ? fallback : e.message
  }
  if (e instanceof FetchError) {
    return e.message || fallback
  }
  if (e instanceof Error && e.message && !/^(Failed to fetch|NetworkError|Load failed)/.test(e.message)) {
    return e.message
  }
  return fallback
}

/** A record the page looked up by something else than its id (a product's handle) is missing. */
export function throwNotFound(): never {
  throw new FetchError("Not found", "Not Found", 404)
}
