import type { WarrantyClaimMove, WarrantyClaimStatus, WarrantyClientErrorBody } from "../types"

/** An error answer as it may arrive: every field can be missing (a proxy's page, a bare 401). */
type WarrantyErrorBody = Partial<WarrantyClientErrorBody>

/**
 * Every failure of a warranty client call: an HTTP error with the server's own fields, or a
 * request that never got an answer (`status` 0, `type` "network").
 *
 * A refused claim move (409) says where the claim is now and what the reader may still do, so a
 * page can redraw its buttons instead of showing a dead end.
 */
export class WarrantyClientError extends Error {
  readonly status: number
  readonly type?: string
  /** On a refused move (409): the claim's status now. */
  readonly current_status?: WarrantyClaimStatus
  /** On a refused move (409): what the shopper may still do from `current_status`. */
  readonly allowed_moves?: WarrantyClaimMove[]
  /** On a 429 (too many public checks): seconds to wait before trying again. */
  readonly retry_after?: number
  /** The underlying failure of a request that got no answer. */
  cause?: unknown

  constructor(status: number, body: WarrantyErrorBody, fallbackMessage: string, cause?: unknown) {
    super(typeof body.message === "string" && body.message ? body.message : fallbackMessage)
    this.name = "WarrantyClientError"
    this.status = status
    if (typeof body.type === "string") {
      this.type = body.type
    }
    if (cause !== undefined) {
      this.cause = cause
    }
    if (typeof body.current_status === "string") {
      this.current_status = body.current_status
    }
    if (typeof body.retry_after === "number") {
      this.retry_after = body.retry_after
    }
    if (Array.isArray(body.allowed_moves)) {
      this.allowed_moves = body.allowed_moves.filter((m) => typeof m === "string")
    }
    // Keeps `instanceof` true when a bundler compiles classes down to ES5 functions.
    Object.setPrototypeOf(this, new.target.prototype)
  }

  /** 404: unknown, or another shopper's record (the API does not tell them apart). */
  get isNotFound() {
    return this.status === 404
  }

  /** 409: the claim moved on (or someone else moved it) before this call. */
  get isConflict() {
    return this.status === 409
  }
}

/** Reads an error answer's body whatever it is (JSON, HTML from a proxy, nothing). */
export async function errorFromResponse(res: Response): Promise<WarrantyClientError> {
  const text = await res.text().catch(() => "")
  let body: WarrantyErrorBody = {}
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text)
      if (parsed && typeof parsed === "object") {
        body = parsed as WarrantyErrorBody
      }
    } catch {
      // Not JSON: the status text says enough.
    }
  }
  return new WarrantyClientError(res.status, body, res.statusText || `Request failed with status ${res.status}`)
}
