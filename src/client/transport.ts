import type Medusa from "@medusajs/js-sdk"
import type { Config } from "@medusajs/js-sdk"
import type { WarrantyLocale } from "../types"
import { errorFromResponse, WarrantyClientError } from "./errors"

/** The storefront's own JS SDK instance (only its `client` is used). */
export type WarrantySdk = Pick<Medusa, "client">

/** The last argument of every client method. */
export type WarrantyRequestOptions = {
  /** The language of this call's texts (sent as `x-medusa-locale`); otherwise whatever the SDK sends. */
  locale?: WarrantyLocale
  /** Extra headers for this call, e.g. `authorization` from a Next.js server action's cookie. */
  headers?: Record<string, string>
  /** Cancels the call (a page that unmounts); the error is a `WarrantyClientError` of type `aborted`. */
  signal?: AbortSignal
}

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[]
export type Query = Record<string, QueryValue>

type Call = {
  method: "GET" | "POST"
  path: string
  query?: Query
  body?: object
  /** A multipart upload (photos): sent as it is, the browser or runtime sets its boundary. */
  form?: FormData
}

/**
 * The SDK's settings. js-sdk 2.21 keeps them private, and its `fetch` turns an error answer into a
 * `FetchError` that keeps only the message: a refused claim move's `current_status` and
 * `allowed_moves` would be lost. So the client sends its own request with exactly what the SDK
 * would send (base URL, publishable key, JWT or session cookie, global headers, locale).
 */
function sdkConfig(sdk: WarrantySdk): Config {
  const config = sdk.client["config"]
  if (!config || typeof config.baseUrl !== "string") {
    throw new WarrantyClientError(0, { type: "configuration" }, "createWarrantyClient: this JS SDK instance has no base URL")
  }
  return config
}

function url(config: Config, path: string, query?: Query): URL {
  const base = new URL(config.baseUrl)
  const target = new URL(`${base.pathname.replace(/\/$/, "")}/${path.replace(/^\//, "")}`, base.origin)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) {
      continue
    }
    // Repeated keys (`status=a&status=b`) are what Medusa's query parser reads as a list.
    for (const v of Array.isArray(value) ? value : [value]) {
      target.searchParams.append(key, String(v))
    }
  }
  return target
}

async function headersFor(sdk: WarrantySdk, config: Config, accept: string, hasBody: boolean, opts?: WarrantyRequestOptions) {
  const headers = new Headers({ accept })
  if (hasBody) {
    headers.set("content-type", "application/json")
  }
  if (config.apiKey) {
    headers.set("authorization", `Basic ${btoa(`${config.apiKey}:`)}`)
  }
  if (config.publishableKey) {
    headers.set("x-publishable-api-key", config.publishableKey)
  }
  if (sdk.client.locale) {
    headers.set("x-medusa-locale", sdk.client.locale)
  }
  for (const [key, value] of Object.entries(config.globalHeaders ?? {})) {
    if (value === null) {
      headers.delete(key)
    } else if (typeof value === "string") {
      headers.set(key, value)
    }
  }
  // A session-cookie storefront sends no bearer token, as the SDK does.
  if (config.auth?.type !== "session") {
    const token = await sdk.client.getToken()
    if (token) {
      headers.set("authorization", `Bearer ${token}`)
    }
  }
  for (const [key, value] of Object.entries(opts?.headers ?? {})) {
    headers.set(key, value)
  }
  if (opts?.locale) {
    headers.set("x-medusa-locale", opts.locale)
  }
  return headers
}

function credentials(config: Config): RequestCredentials | undefined {
  // Some server runtimes throw on a `credentials` they do not know (the SDK checks the same way).
  if (typeof Request === "undefined" || !("credentials" in Request.prototype)) {
    return undefined
  }
  return config.auth?.type === "session" ? config.auth.fetchCredentials || "include" : "omit"
}

async function send(sdk: WarrantySdk, call: Call, accept: string, opts?: WarrantyRequestOptions): Promise<Response> {
  const config = sdkConfig(sdk)
  const body = call.form ?? (call.method === "POST" ? JSON.stringify(call.body ?? {}) : undefined)
  const init: RequestInit = {
    method: call.method,
    headers: await headersFor(sdk, config, accept, typeof body === "string", opts),
    body,
    credentials: credentials(config),
    signal: opts?.signal,
  }
  let res: Response
  try {
    // Looked up per call: Next.js patches the global `fetch` after modules load.
    res = await globalThis.fetch(url(config, call.path, call.query), init)
  } catch (e) {
    const aborted = opts?.signal?.aborted === true
    throw new WarrantyClientError(
      0,
      { type: aborted ? "aborted" : "network" },
      aborted ? "The request was canceled" : `The shop could not be reached (${e instanceof Error ? e.message : String(e)})`,
      e
    )
  }
  if (!res.ok) {
    throw await errorFromResponse(res)
  }
  return res
}

/** A JSON route: the parsed body, or a `WarrantyClientError`. */
export async function requestJson<T>(sdk: WarrantySdk, call: Call, opts?: WarrantyRequestOptions): Promise<T> {
  const res = await send(sdk, call, "application/json", opts)
  try {
    return (await res.json()) as T
  } catch (e) {
    throw new WarrantyClientError(res.status, { type: "invalid_response" }, "The shop answered with something that is not JSON", e)
  }
}

/** A PDF (or image) route: the document as a `Blob` (save it, or open it with `URL.createObjectURL`). */
export async function requestBlob(sdk: WarrantySdk, path: string, opts?: WarrantyRequestOptions, accept = "application/pdf"): Promise<Blob> {
  const res = await send(sdk, { method: "GET", path }, accept, opts)
  return res.blob()
}
