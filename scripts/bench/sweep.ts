/**
 * `npm run bench:scale` runs this with `medusa exec` against its million-row database (P4): the
 * overdue sweep exactly as the daily job runs it (src/jobs/mark-overdue-warranty-claims.ts: set-
 * based passes of the `mark-warranty-claims-overdue` workflow), timed against a bare indexed count
 * of the same rows, in two cases:
 *   - `day`: the generated shop as it is at 00:20 (claims overdue since before yesterday were told
 *     on earlier days; the sweep marks those that fell due yesterday);
 *   - `backlog`: every overdue claim untold (as on the first run after installing the plugin):
 *     the sweep marks all of them.
 * The overdue e-mail subscriber is taken off this process's in-memory event bus (see below).
 * Each count is run 5 times after one warm-up and the median kept; the sweep is warmed up by one
 * run of its workflow with no room for a claim. `medusa exec` loads no
 * subscribers, so the time is the sweep's own (the e-mails are sent by the worker afterwards).
 * Writes { day, backlog } to SCALE_SWEEP_OUT.
 */
import fs from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import type { EventEmitter } from "events"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import markOverdueWarrantyClaimsJob from "../../src/jobs/mark-overdue-warranty-claims"
import { markOverdueWarrantyClaimsWorkflow } from "../../src/workflows/mark-overdue-warranty-claims"
import { OVERDUE_SWEEP_STATUSES } from "../../src/workflows/steps/mark-claims-overdue"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import { CLAIM_MOVE_EVENTS } from "../../src/modules/warranty/rules/claim-transitions"
import type WarrantyModuleService from "../../src/modules/warranty/service"

type Knex = { raw: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

const OPEN = ["submitted", "received", "diagnosing", "awaiting_customer", "repairing", "at_manufacturer", "ready", "awaiting_return_details", "returning", "rejected", "unrepairable", "offered", "recycling"]

async function median(fn: () => Promise<unknown>, runs = 5) {
  await fn()
  const times: number[] = []
  let value: unknown
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint()
    value = await fn()
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { ms: times[Math.floor(times.length / 2)], value }
}

export default async function sweepBench({ container }: ExecArgs) {
  const out = process.env.SCALE_SWEEP_OUT
  if (!out) {
    throw new Error("SCALE_SWEEP_OUT is not set (this file is run by scripts/bench/scale.js)")
  }
  // `medusa exec` loads the subscribers, and Medusa's in-memory event bus runs them in this
  // process: the e-mail of each marked claim would be sent here, beside the sweep being timed. In
  // the deployment the emit only queues the events (Redis) and a worker sends the e-mails. So the
  // overdue e-mail subscriber is taken off this process's bus, and a counter listens instead: each
  // run reports how many `warranty_claim.overdue` events the sweep emitted.
  const bus = container.resolve(Modules.EVENT_BUS) as unknown as { eventEmitter_?: EventEmitter }
  let emitted = 0
  if (bus.eventEmitter_) {
    bus.eventEmitter_.removeAllListeners(CLAIM_MOVE_EVENTS.mark_overdue)
    bus.eventEmitter_.on(CLAIM_MOVE_EVENTS.mark_overdue, () => {
      emitted++
    })
  }
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const today = container.resolve<WarrantyModuleService>(WARRANTY_MODULE).today()
  const count = async (sql: string, params: unknown[]) => Number((await pg.raw(sql, params)).rows[0].n)
  const inList = (list: string[]) => list.map(() => "?").join(", ")

  // The 100,000 open claims the sweep passes over, and the overdue ones it may mark.
  const openCount = () =>
    count(`SELECT count(*) AS n FROM warranty_claim WHERE deleted_at IS NULL AND status IN (${inList(OPEN)})`, OPEN)
  const untoldCount = () =>
    count(
      `SELECT count(*) AS n FROM warranty_claim WHERE deleted_at IS NULL AND overdue_notified_at IS NULL AND status IN (${inList(OVERDUE_SWEEP_STATUSES)}) AND due_on < ?`,
      [...OVERDUE_SWEEP_STATUSES, today]
    )

  const run = async () => {
    const open = await median(openCount)
    const untold = await median(untoldCount)
    // A warm-up as the counts get: the workflow once with no room for a claim (reads the settings, marks nothing).
    await markOverdueWarrantyClaimsWorkflow(container).run({ input: { limit: 0 } })
    const started = new Date()
    emitted = 0
    const t0 = process.hrtime.bigint()
    await markOverdueWarrantyClaimsJob(container)
    const sweepMs = Number(process.hrtime.bigint() - t0) / 1e6
    const left = await untoldCount()
    const [{ n: events }] = (
      await pg.raw(`SELECT count(*) AS n FROM warranty_claim_event WHERE move = 'mark_overdue' AND created_at >= ?`, [started])
    ).rows
    return {
      open_claims: open.value as number,
      open_count_ms: open.ms,
      to_mark: untold.value as number,
      to_mark_count_ms: untold.ms,
      sweep_ms: sweepMs,
      left_untold: left,
      mark_overdue_events: Number(events),
      overdue_events_emitted: bus.eventEmitter_ ? emitted : null,
    }
  }

  const day = await run()
  // As on a first run: every overdue claim untold, and the notices of earlier days forgotten.
  await pg.raw(
    `UPDATE warranty_claim SET overdue_notified_at = NULL WHERE deleted_at IS NULL AND overdue_notified_at IS NOT NULL AND status IN (${inList(OVERDUE_SWEEP_STATUSES)}) AND due_on < ?`,
    [...OVERDUE_SWEEP_STATUSES, today]
  )
  await pg.raw("VACUUM ANALYZE warranty_claim")
  const backlog = await run()
  fs.writeFileSync(out, JSON.stringify({ today, day, backlog }))
}
