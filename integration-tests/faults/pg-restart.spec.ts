/**
 * Issue 12 s.2: PostgreSQL restarted under 50 shoppers filing claims at once. The app runs as a
 * child process (`medusa start`, one shared process) on a PostgreSQL of the test's own (embedded,
 * port 54400, never the system one), which is stopped and started again while the claims are
 * being filed. Every shopper's client retries on network errors, 5xx and 409 with the same
 * `Idempotency-Key`, as a storefront would. Afterwards: every acknowledged claim exists exactly
 * once with a unique ticket, no card has two claims, and the service answered again within 10 s
 * of PostgreSQL's return (the measured recovery time is printed).
 */
import { spawn, type ChildProcess } from "node:child_process"
import { randomUUID } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { generateJwtToken } from "@medusajs/framework/utils"
import { Client } from "pg"

// CommonJS helpers shared with the scripts (process groups, /health).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { health, stopGroup } = require("../../scripts/lib/medusa-process")

jest.setTimeout(180 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")
const PG_PORT = 54400
const HTTP_PORT = 9450
const CLAIMANTS = 50
const JWT_SECRET = "faults-secret"
const RECOVERY_GOAL_MS = 10_000
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Pg = { host: string; port: number; user: string; password: string; stop: () => Promise<void> }
type Seed = { publishable_key: string; claimants: { customer_id: string; card_id: string }[] }

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warranty-faults-pg-"))
const dataDir = path.join(dir, "pg")
const dbName = `warranty_faults_${Date.now().toString(36)}`
const log = (m: string) => fs.appendFileSync(path.join(dir, "test.log"), `${new Date().toISOString()} ${m}\n`)

/** Starts the test's PostgreSQL (integration-tests/faults/pg-server.js); `stop` is a fast shutdown. */
function startPg(): Promise<Pg> {
  const fd = fs.openSync(path.join(dir, "pg.log"), "a")
  const child = spawn(process.execPath, [path.join(__dirname, "pg-server.js"), String(PG_PORT), dataDir], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", fd],
  })
  fs.closeSync(fd)
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()))
  return new Promise((resolve, reject) => {
    let out = ""
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString()
      const line = out.split("\n").find((l) => l.startsWith("ready "))
      if (line) {
        const info = JSON.parse(line.slice(6))
        resolve({ ...info, stop: async () => { child.kill("SIGTERM"); await exited } })
      }
    })
    child.on("exit", (code) => reject(new Error(`the test's PostgreSQL did not start (code ${code}; log ${path.join(dir, "pg.log")})`)))
  })
}

const url = (pg: Pg, db: string) => `postgres://${pg.user}:${pg.password}@localhost:${pg.port}/${db}`

async function sql<T>(pg: Pg, db: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url(pg, db) })
  await c.connect()
  try {
    return (await c.query(text, params)).rows as T[]
  } finally {
    await c.end()
  }
}

function medusa(args: string[], env: NodeJS.ProcessEnv, logName: string): ChildProcess {
  const fd = fs.openSync(path.join(dir, logName), "a")
  const child = spawn(MEDUSA, args, { cwd: ROOT, env, stdio: ["ignore", fd, fd], detached: true })
  fs.closeSync(fd)
  return child
}

const finished = (child: ChildProcess, what: string) =>
  new Promise<void>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${what} ended with code ${code} (logs in ${dir})`))))
  )

type Answer = { status: number; body: any }

async function post(pathname: string, body: object, headers: Record<string, string>): Promise<Answer> {
  const r = await fetch(`http://127.0.0.1:${HTTP_PORT}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  })
  return { status: r.status, body: await r.json().catch(() => null) }
}

describe("PostgreSQL restarted under 50 shoppers filing claims", () => {
  let pg: Pg
  let app: ChildProcess | null = null
  let env: NodeJS.ProcessEnv
  let seed: Seed

  beforeAll(async () => {
    pg = await startPg()
    await sql(pg, "postgres", `CREATE DATABASE "${dbName}"`)
    env = {
      ...process.env,
      NODE_OPTIONS: "",
      NODE_ENV: "production",
      DATABASE_URL: url(pg, dbName),
      JWT_SECRET,
      COOKIE_SECRET: JWT_SECRET,
      MEDUSA_DISABLE_ADMIN: "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      MEDUSA_WORKER_MODE: "shared",
      LOG_LEVEL: "warn",
      PORT: String(HTTP_PORT),
    }
    delete env.REDIS_URL
    delete env.TEST_REDIS_URL
    await finished(medusa(["db:migrate", "--execute-safe-links"], env, "migrate.log"), "medusa db:migrate")
    // The seed (its own `medusa exec`) and the app's boot run side by side: both need only the schema.
    const out = path.join(dir, "seed.json")
    const seeding = finished(
      medusa(["exec", "./integration-tests/faults/seed-claimants.ts"], { ...env, SEED_OUT: out, CLAIMANTS: String(CLAIMANTS) }, "seed.log"),
      "seed"
    )
    const started = medusa(["start", "--port", String(HTTP_PORT)], env, "app.log")
    app = started
    const booting = (async () => {
      const until = Date.now() + 120_000
      while (!(await health(HTTP_PORT))) {
        if (Date.now() > until || started.exitCode !== null) {
          throw new Error(`the app did not answer on port ${HTTP_PORT} (log: ${path.join(dir, "app.log")})`)
        }
        await sleep(500)
      }
    })()
    await Promise.all([seeding, booting])
    seed = JSON.parse(fs.readFileSync(out, "utf8"))
  })

  afterAll(async () => {
    if (app) {
      await stopGroup(app)
    }
    if (pg) {
      await sql(pg, "postgres", `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined)
      await pg.stop()
    }
  })

  it("every acknowledged claim exists once with a unique ticket, no card has two, and the service answers within 10 s of PostgreSQL's return", async () => {
    const acknowledged = new Map<string, { claim_id: string; ticket: string; attempts: number }>()
    let pgBack = 0
    let pgDown = false

    const auth = (customer_id: string) => ({
      authorization: `Bearer ${generateJwtToken(
        { actor_id: customer_id, actor_type: "customer", auth_identity_id: "", app_metadata: { customer_id } },
        { secret: JWT_SECRET, expiresIn: "1h" }
      )}`,
      "x-publishable-api-key": seed.publishable_key,
    })

    /** One shopper: files one claim, retrying with the same key until acknowledged (or 90 s). */
    async function shopper(who: Seed["claimants"][number]) {
      const headers = { ...auth(who.customer_id), "idempotency-key": randomUUID() }
      const body = {
        warranty_card_id: who.card_id,
        defects: ["display"],
        description: "The screen stays black",
        delivery_method: "courier",
        contact: {
          name: "Ana Claimant",
          contact_person: "Ana Claimant",
          phone: "+40712345678",
          address: { address_1: "Bd. Unirii 10", city: "Bucuresti", postal_code: "030167", country_code: "ro" },
        },
        acknowledgements: { data_backup: true, lock_removed: true, films_removed: true, accessories_included: true, accessories: ["charger"] },
      }
      const until = Date.now() + 90_000
      for (let attempt = 1; Date.now() < until; attempt++) {
        const answer = await post("/store/warranty-claims", body, headers).catch((e: Error) => ({ status: 0, body: e.message }) as Answer)
        if (answer.status === 201) {
          acknowledged.set(who.card_id, { claim_id: answer.body.warranty_claim.id, ticket: answer.body.warranty_claim.ticket_number, attempts: attempt })
          return
        }
        if (answer.status !== 0 && answer.status < 500 && answer.status !== 409) {
          throw new Error(`claim on ${who.card_id} refused with ${answer.status}: ${JSON.stringify(answer.body)}`)
        }
        await sleep(answer.status === 409 ? 1000 : 250)
      }
    }

    let settled = false
    const filing = Promise.all(seed.claimants.map(shopper)).finally(() => (settled = true))
    // PostgreSQL goes away mid-way: once a few claims are acknowledged, others still in flight.
    while (acknowledged.size < 5 && !settled) {
      await sleep(20)
    }
    expect(settled).toBe(false)
    log(`stopping PostgreSQL with ${acknowledged.size} claims acknowledged`)
    pgDown = true
    await pg.stop()
    await sleep(2000)
    pg = await startPg()
    pgBack = Date.now()
    pgDown = false
    log("PostgreSQL is back")

    // The first answer that needs the database (a shopper's claim list), after its return.
    const probe = auth(seed.claimants[0].customer_id)
    let recoveredAt = 0
    while (!recoveredAt && Date.now() - pgBack < 30_000) {
      const r = await fetch(`http://127.0.0.1:${HTTP_PORT}/store/warranty-claims`, {
        headers: probe,
        signal: AbortSignal.timeout(5000),
      }).catch(() => null)
      if (r && r.status === 200) {
        recoveredAt = Date.now()
      } else {
        await sleep(100)
      }
    }
    await filing
    expect(pgDown).toBe(false)
    const recoveryMs = recoveredAt - pgBack
    // eslint-disable-next-line no-console
    console.log(
      `PostgreSQL restart under ${CLAIMANTS} shoppers: service answered ${(recoveryMs / 1000).toFixed(2)} s after PostgreSQL's return (goal <= ${RECOVERY_GOAL_MS / 1000} s); ` +
        `${acknowledged.size} claims acknowledged, ${[...acknowledged.values()].filter((a) => a.attempts > 1).length} after retries`
    )
    expect(recoveredAt).toBeGreaterThan(0)
    expect(recoveryMs).toBeLessThanOrEqual(RECOVERY_GOAL_MS)

    // Every shopper got an answer in the end (retries with the same key).
    expect(acknowledged.size).toBe(CLAIMANTS)
    const rows = await sql<{ id: string; warranty_card_id: string; ticket_number: string }>(
      pg,
      dbName,
      `SELECT id, warranty_card_id, ticket_number FROM warranty_claim WHERE deleted_at IS NULL`
    )
    // No card has two claims; every ticket is unique; each acknowledged claim is the one in the database.
    expect(rows).toHaveLength(CLAIMANTS)
    expect(new Set(rows.map((r) => r.warranty_card_id)).size).toBe(CLAIMANTS)
    expect(new Set(rows.map((r) => r.ticket_number)).size).toBe(CLAIMANTS)
    const byCard = new Map(rows.map((r) => [r.warranty_card_id, r]))
    for (const [card_id, ack] of acknowledged) {
      expect(byCard.get(card_id)).toMatchObject({ id: ack.claim_id, ticket_number: ack.ticket })
    }
    // Every claim has its first log line (written in the claim's own transaction).
    const orphans = await sql(pg, dbName, `SELECT c.id FROM warranty_claim c LEFT JOIN warranty_claim_event e ON e.claim_id = c.id AND e.move = 'submit' WHERE e.id IS NULL`)
    expect(orphans).toEqual([])
  })
})
