import { generateEntityId } from "@medusajs/framework/utils"

type SqlManager = {
  execute: <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>
}

export type OverdueSweepInput = {
  /** The states from which the transition table lets the system make `mark_overdue` (the clock states). */
  statuses: string[]
  /** The shop's calendar day: a claim is overdue when its due day is before it. */
  today: string
  now: Date
  /** At most this many claims in one pass. */
  limit: number
}

/** One claim the overdue sweep marked (R7.1, R11.2): what its event says and what undoing it needs. */
export type MarkedOverdueClaim = {
  id: string
  ticket_number: string
  customer_id: string | null
  status: string
  due_on: string
  /** The version the sweep wrote; undoing it only applies while the claim is still at it. */
  version: number
  event_id: string
}

export type OverdueSweepUndo = Pick<MarkedOverdueClaim, "id" | "version" | "event_id">

/**
 * R7.1, R11.2, issue 12 (P4): the overdue sweep as one set-based pass, in the caller's
 * transaction. Takes up to `limit` claims in `statuses` whose due day is before `today` and whose
 * shopper was not told yet, locked (`SKIP LOCKED`: a claim a clerk is moving right now waits for
 * the next run), and writes for all of them at once what the `mark_overdue` move writes for one
 * (`planClaimMove`): `overdue_notified_at`, the version bump (a move planned on the older read is
 * refused, as after any move), and the hidden `mark_overdue` log entry with the due day. Three
 * statements whatever the number of claims; the partial index `IDX_warranty_claim_overdue_sweep`
 * holds exactly the rows the first one reads.
 */
export async function markClaimsOverdue(manager: SqlManager, input: OverdueSweepInput): Promise<MarkedOverdueClaim[]> {
  if (!input.statuses.length || input.limit < 1) {
    return []
  }
  const due = await manager.execute<Omit<MarkedOverdueClaim, "event_id">>(
    `SELECT id, ticket_number, customer_id, status, due_on, version FROM warranty_claim
     WHERE deleted_at IS NULL AND overdue_notified_at IS NULL AND status IN (?) AND due_on < ?
     ORDER BY due_on, id LIMIT ? FOR UPDATE SKIP LOCKED`,
    [input.statuses, input.today, input.limit]
  )
  if (!due.length) {
    return []
  }
  const marked: MarkedOverdueClaim[] = due.map((c) => ({
    id: c.id,
    ticket_number: c.ticket_number,
    customer_id: c.customer_id,
    status: c.status,
    due_on: c.due_on,
    version: Number(c.version) + 1,
    event_id: generateEntityId(undefined, "wcev"),
  }))
  const rows = JSON.stringify(marked)
  await manager.execute(
    `UPDATE warranty_claim c SET overdue_notified_at = ?, version = x.version, updated_at = ?
     FROM json_to_recordset(?::json) AS x(id text, version int) WHERE c.id = x.id`,
    [input.now, input.now, rows]
  )
  await manager.execute(
    `INSERT INTO warranty_claim_event (id, move, from_status, to_status, actor, actor_id, data, visible_to_customer, claim_id, created_at, updated_at)
     SELECT x.event_id, 'mark_overdue', x.status, x.status, 'system', NULL, jsonb_build_object('due_on', x.due_on), false, x.id, ?, ?
     FROM json_to_recordset(?::json) AS x(id text, event_id text, status text, due_on text)`,
    [input.now, input.now, rows]
  )
  return marked
}

/**
 * Undoes a sweep whose later steps failed: each claim still at the version the sweep wrote gets
 * its notice stamp and version back and loses the sweep's log entry; a claim moved since keeps
 * both (as `revertClaimMove` does for one move). Returns how many were undone.
 */
export async function revertClaimsOverdue(manager: SqlManager, marked: OverdueSweepUndo[]): Promise<number> {
  if (!marked.length) {
    return 0
  }
  const reverted = await manager.execute<{ id: string }>(
    `UPDATE warranty_claim c SET overdue_notified_at = NULL, version = x.version - 1
     FROM json_to_recordset(?::json) AS x(id text, version int)
     WHERE c.id = x.id AND c.version = x.version AND c.overdue_notified_at IS NOT NULL
     RETURNING c.id`,
    [JSON.stringify(marked)]
  )
  const undone = new Set(reverted.map((r) => r.id))
  const events = marked.filter((m) => undone.has(m.id)).map((m) => m.event_id)
  if (events.length) {
    await manager.execute(`DELETE FROM warranty_claim_event WHERE id IN (?)`, [events])
  }
  return undone.size
}
