import { generateEntityId, MedusaError } from "@medusajs/framework/utils"

type SqlManager = {
  execute: <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>
}

/** How long a key is remembered: a retry later than this runs as a new request. */
export const IDEMPOTENCY_KEY_HOURS = 24

export type IdempotencyScope = { customer_id: string; route: string; key: string; request_hash: string }

/** What a store POST carrying an `Idempotency-Key` does next. */
export type IdempotencyStart =
  /** First sight of the key (or a takeover of one whose request died): run the request. */
  | { state: "run"; id: string; attempt: number; record_id: string | null }
  /** The first answer, to send again. */
  | { state: "replay"; status: number; body: unknown }
  /** The same key with another body. */
  | { state: "mismatch" }
  /** The first request is still running; try again in `retry_after` seconds. */
  | { state: "busy"; retry_after: number }

type KeyRow = {
  id: string
  request_hash: string
  status: string
  attempt: number
  record_id: string | null
  response_status: number | null
  response_body: unknown
  wait_s: number | string
}

/**
 * Claims a key for one request in single statements, so two requests with one key never both
 * run: the insert wins for the first; a request whose lease ran out (its process died, or
 * PostgreSQL went away before it finished) is taken over by the next retry, which learns from
 * `record_id` whether the first one already made its record.
 */
export async function beginIdempotentRequest(
  manager: SqlManager,
  scope: IdempotencyScope,
  lease_ms: number
): Promise<IdempotencyStart> {
  // Keys are kept a day (as payment APIs keep theirs): the customer's older ones go here, read
  // through the unique index's leading column, so no job is needed to clear them.
  await manager.execute(
    `DELETE FROM warranty_idempotency_key
      WHERE customer_id = ? AND created_at < now() - (? * interval '1 hour') AND locked_until < now()`,
    [scope.customer_id, IDEMPOTENCY_KEY_HOURS]
  )
  for (let round = 0; round < 3; round++) {
    const inserted = await manager.execute<{ id: string }>(
      `INSERT INTO warranty_idempotency_key
         (id, customer_id, route, key, request_hash, status, attempt, locked_until, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 'running', 1, now() + (? * interval '1 millisecond'), now(), now())
       ON CONFLICT (customer_id, route, key) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [generateEntityId(undefined, "widem"), scope.customer_id, scope.route, scope.key, scope.request_hash, lease_ms]
    )
    if (inserted.length) {
      return { state: "run", id: inserted[0].id, attempt: 1, record_id: null }
    }
    const taken = await manager.execute<{ id: string; attempt: number; record_id: string | null }>(
      `UPDATE warranty_idempotency_key
          SET attempt = attempt + 1, locked_until = now() + (? * interval '1 millisecond'), updated_at = now()
        WHERE customer_id = ? AND route = ? AND key = ? AND deleted_at IS NULL
          AND status = 'running' AND locked_until <= now() AND request_hash = ?
        RETURNING id, attempt, record_id`,
      [lease_ms, scope.customer_id, scope.route, scope.key, scope.request_hash]
    )
    if (taken.length) {
      return { state: "run", id: taken[0].id, attempt: Number(taken[0].attempt), record_id: taken[0].record_id }
    }
    const [row] = await manager.execute<KeyRow>(
      `SELECT id, request_hash, status, attempt, record_id, response_status, response_body,
              GREATEST(1, CEIL(EXTRACT(EPOCH FROM (locked_until - now())))) AS wait_s
         FROM warranty_idempotency_key
        WHERE customer_id = ? AND route = ? AND key = ? AND deleted_at IS NULL`,
      [scope.customer_id, scope.route, scope.key]
    )
    if (!row) {
      // Released between our statements (the first request failed): claim it again.
      continue
    }
    if (row.request_hash !== scope.request_hash) {
      return { state: "mismatch" }
    }
    if (row.status === "completed") {
      return { state: "replay", status: Number(row.response_status), body: row.response_body }
    }
    return { state: "busy", retry_after: Number(row.wait_s) }
  }
  return { state: "busy", retry_after: 1 }
}

/** Stores the answer of the attempt that still holds the key (a takeover makes an older one lose). */
export async function finishIdempotentRequest(
  manager: SqlManager,
  run: { id: string; attempt: number },
  answer: { status: number; body: unknown }
): Promise<void> {
  await manager.execute(
    `UPDATE warranty_idempotency_key
        SET status = 'completed', response_status = ?, response_body = ?::jsonb, locked_until = now(), updated_at = now()
      WHERE id = ? AND attempt = ? AND status = 'running'`,
    [answer.status, JSON.stringify(answer.body ?? null), run.id, run.attempt]
  )
}

/**
 * A request that failed gives its key back: forgotten when it made no record (a retry runs
 * afresh), else its lease ends now so the next retry answers from the record it made.
 */
export async function releaseIdempotentRequest(manager: SqlManager, run: { id: string; attempt: number }): Promise<void> {
  await manager.execute(
    `DELETE FROM warranty_idempotency_key WHERE id = ? AND attempt = ? AND status = 'running' AND record_id IS NULL`,
    [run.id, run.attempt]
  )
  await manager.execute(
    `UPDATE warranty_idempotency_key SET locked_until = now(), updated_at = now()
      WHERE id = ? AND attempt = ? AND status = 'running'`,
    [run.id, run.attempt]
  )
}

/** The message of the refusal when a key already made its record (a takeover raced the first run). */
export const IDEMPOTENT_RECORD_CONFLICT =
  "The request with this Idempotency-Key header has already been carried out; send it again to read its answer."

/**
 * Inside the transaction that writes a request's record: ties the record to its key, and only
 * if the key has none yet. A second run of the same key rolls its own record back here, so a
 * key never makes two records, whatever happened to the first run's answer.
 */
export async function markIdempotentRecord(manager: SqlManager, key_id: string, record_id: string): Promise<void> {
  const rows = await manager.execute<{ id: string }>(
    `UPDATE warranty_idempotency_key SET record_id = ?, updated_at = now()
      WHERE id = ? AND record_id IS NULL AND deleted_at IS NULL
      RETURNING id`,
    [record_id, key_id]
  )
  if (!rows.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, IDEMPOTENT_RECORD_CONFLICT)
  }
}

/** A compensated record is no answer to replay: its key runs afresh on the next retry. */
export async function forgetIdempotentRecord(manager: SqlManager, record_id: string): Promise<void> {
  await manager.execute(`UPDATE warranty_idempotency_key SET record_id = NULL, updated_at = now() WHERE record_id = ?`, [record_id])
}
