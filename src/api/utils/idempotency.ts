import { createHash } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { warrantyService } from "./warranty-cards"

export const IDEMPOTENCY_HEADER = "Idempotency-Key"

/**
 * How long a request holds its key before a retry may take it over: longer than a store POST
 * takes, short enough that a shopper whose request died with its process (or with PostgreSQL)
 * is answered soon. A takeover never makes a second record (see `markIdempotentRecord`).
 */
export const IDEMPOTENCY_LEASE_MS = 10_000

/** Visible ASCII (a UUID, a ULID, base64), 1 to 255 characters: what a client library sends. */
const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/

type Handler<Req extends AuthenticatedMedusaRequest> = (req: Req, res: MedusaResponse) => Promise<void>

/** The answer a route gives again from the record a first run made (its process died before it answered). */
export type ReplayFromRecord<Req extends AuthenticatedMedusaRequest> = (
  req: Req,
  record_id: string
) => Promise<{ status: number; body: unknown }>

const runs = new WeakMap<object, string>()

/** A database error's reason without the statement (knex puts the SQL, with the answer body, first). */
const reason = (e: Error) => e.message.split(" - ").pop()?.slice(0, 200)

/** The stored key row of this request, for the workflow that writes its record (null without a key). */
export function idempotencyKeyId(req: AuthenticatedMedusaRequest): string | null {
  return runs.get(req) ?? null
}

function readKey(req: AuthenticatedMedusaRequest): string | null {
  const raw = req.headers["idempotency-key"]
  if (raw === undefined) {
    return null
  }
  const value = Array.isArray(raw) ? raw.join(", ") : raw
  if (!KEY_SHAPE.test(value)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${IDEMPOTENCY_HEADER} header: send one key of 1 to 255 visible ASCII characters (letters, digits, punctuation; no spaces), e.g. a UUID`
    )
  }
  return value
}

/** Objects with their keys sorted, so the same body hashes the same however it was written. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical)
  }
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])])
    )
  }
  return value
}

type UploadedFile = { fieldname: string; originalname: string; mimetype: string; buffer: Buffer }

/** The body (and the uploaded files, by content) a key is tied to. */
function requestHash(req: AuthenticatedMedusaRequest): string {
  const files = ((req as unknown as { files?: UploadedFile[] }).files ?? []).map((f) => ({
    field: f.fieldname,
    name: f.originalname,
    type: f.mimetype,
    sha256: createHash("sha256").update(f.buffer).digest("hex"),
  }))
  const body = req.body && typeof req.body === "object" && Object.keys(req.body).length ? req.body : null
  return createHash("sha256").update(JSON.stringify(canonical({ body, files }))).digest("hex")
}

function send(res: MedusaResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  for (const [name, value] of Object.entries(headers)) {
    res.setHeader(name, value)
  }
  if (Object.keys(headers).length) {
    // A storefront on another origin reads these only when CORS exposes them.
    res.setHeader("Access-Control-Expose-Headers", Object.keys(headers).join(", "))
  }
  res.status(status).json(body as never)
}

/**
 * Issue 12 s.2: a store POST that makes a record honours the `Idempotency-Key` header. Scoped
 * per customer and request path: a retry with the same key and body gets the first answer again
 * (`Idempotent-Replayed: true`) and never makes a second record; the same key with another body
 * is a 422; a retry while the first is still running is a 409 with `Retry-After`. Only answers
 * under 300 are kept: a refused request gives its key back, so fixing the cause and retrying
 * works. Without the header the route runs as before.
 */
export function idempotent<Req extends AuthenticatedMedusaRequest>(
  handler: Handler<Req>,
  replay?: ReplayFromRecord<Req>
): Handler<Req> {
  return async (req, res) => {
    const key = readKey(req)
    if (!key) {
      return handler(req, res)
    }
    const warranty = warrantyService(req.scope)
    const start = await warranty.beginIdempotentRequest(
      {
        customer_id: req.auth_context.actor_id,
        route: `${req.method} ${req.originalUrl.split("?")[0]}`,
        key,
        request_hash: requestHash(req),
      },
      IDEMPOTENCY_LEASE_MS
    )
    if (start.state === "mismatch") {
      return send(res, 422, {
        type: "invalid_data",
        message: `${IDEMPOTENCY_HEADER} header: this key was already used with a different request body; send a new key for a new request`,
      })
    }
    if (start.state === "busy") {
      return send(
        res,
        409,
        {
          type: "conflict",
          message: `${IDEMPOTENCY_HEADER} header: the first request with this key is still being processed; retry in ${start.retry_after} s`,
          retry_after: start.retry_after,
        },
        { "Retry-After": String(start.retry_after) }
      )
    }
    if (start.state === "replay") {
      return send(res, start.status, start.body, { "Idempotent-Replayed": "true" })
    }

    const run = { id: start.id, attempt: start.attempt }
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    const giveBack = () =>
      warranty.releaseIdempotentRequest(run).catch((e: Error) => logger.warn(`Idempotency-Key ${run.id}: not released (${reason(e)}); its lease ends it`))

    // The first run made its record and died before answering: answer from that record.
    if (start.record_id && replay) {
      let answer: { status: number; body: unknown }
      try {
        answer = await replay(req, start.record_id)
      } catch (e) {
        await giveBack()
        throw e
      }
      await warranty.finishIdempotentRequest(run, answer).catch(() => undefined)
      return send(res, answer.status, answer.body, { "Idempotent-Replayed": "true" })
    }

    runs.set(req, run.id)
    let answer: { status: number; body: unknown } | null = null
    const sendJson = res.json.bind(res)
    res.json = ((body: unknown) => {
      answer = { status: res.statusCode, body }
      return res
    }) as typeof res.json
    try {
      await handler(req, res)
    } catch (e) {
      res.json = sendJson
      await giveBack()
      throw e
    }
    res.json = sendJson
    const given = answer as { status: number; body: unknown } | null
    if (!given) {
      await giveBack()
      return
    }
    if (given.status < 300) {
      // The record is already tied to the key: an answer that cannot be stored now is rebuilt later.
      await warranty
        .finishIdempotentRequest(run, given)
        .catch((e: Error) => logger.warn(`Idempotency-Key ${run.id}: answer not stored (${reason(e)}); its lease ends it`))
    } else {
      await giveBack()
    }
    sendJson(given.body as never)
  }
}
