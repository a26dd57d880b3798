#!/usr/bin/env node
// `npm run bench:scale`: the million-row runs of issue 12 (section 3), in one go, each figure
// printed with its ratio and the goal it is held against:
//   data  scripts/bench/data.js writes a 10k shop (10,000 cards, 2,000 claims, 50,000 claim events)
//         and a 1M shop (1,000,000 cards, 200,000 claims, 5,000,000 claim events) into two
//         throw-away databases cloned from one migrated database that has an admin user;
//   P3    the same server (`medusa start`, NODE_ENV=production, admin off) on each database in
//         turn; GET /admin/warranty-claims with each documented filter and GET
//         /admin/warranty-cards?q=<IMEI>, one connection (latency, not throughput), p95 at 1M over
//         p95 at 10k, goal <= 1.2; Medusa's own GET /admin/customers (the customers grow with the
//         shop: 6,000 -> 600,000) measured the same way as the reference;
//   plans each route's queries, captured in the 1M server while it answered once
//         (scripts/bench/sql-capture.js), run again with EXPLAIN (ANALYZE): the scan of each
//         table, a Seq Scan on a big table flagged;
//   memory the server's resident memory (its process group) after the P3 runs: 1M over 10k, goal
//         <= 1.2;
//   P4    the overdue sweep on the 1M database with `medusa exec scripts/bench/sweep.ts`: the day's
//         sweep and a backlog sweep, each against a bare indexed count of the ~100,000 open claims,
//         goal <= 2.
// The report is printed and appended to bench-results.txt. It always cleans up: servers (process
// groups), databases, capture files, an embedded PostgreSQL it started (also on errors, Ctrl-C and
// its time limit).
//
// Settings (environment): SCALE_CARDS / SCALE_CLAIMS / SCALE_EVENTS (the big shop: 1000000 /
// 200000 / 5000000; the small one is 1/100 of each), SCALE_DURATION seconds per endpoint and size
// (6) in SCALE_ROUNDS alternating rounds (2) after SCALE_WARMUP seconds (2), SCALE_CONNECTIONS (1),
// SCALE_PORT (9500; the next free one up to 9549), SCALE_TIMEOUT seconds for everything (3600),
// BENCH_PG_PORT for an embedded PostgreSQL (54343).
const { spawn } = require("child_process")
const fs = require("fs")
const http = require("http")
const os = require("os")
const path = require("path")
const { Client } = require("pg")
const { health, killGroup, stopGroup } = require("../lib/medusa-process")
const { ensurePostgres, answers } = require("../lib/postgres")
const { createLoad } = require("./load")
const { generate } = require("./data")
const { explainCaptured, describe } = require("./explain")

const root = path.resolve(__dirname, "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const RESULTS_FILE = path.join(root, "bench-results.txt")
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"]

const int = (name, fallback, min = 1) => {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min} (got ${JSON.stringify(raw)})`)
  return n
}

const big = { cards: int("SCALE_CARDS", 1000000, 100), claims: int("SCALE_CLAIMS", 200000, 1), events: int("SCALE_EVENTS", 5000000, 1) }
const CFG = {
  connections: int("SCALE_CONNECTIONS", 1),
  duration: int("SCALE_DURATION", 6),
  rounds: int("SCALE_ROUNDS", 2),
  warmup: int("SCALE_WARMUP", 2, 0),
  port: int("SCALE_PORT", 9500),
  pgPort: int("BENCH_PG_PORT", 54343),
  timeout: int("SCALE_TIMEOUT", 3600),
  maxRequestsPerRun: 100000,
  sizes: [
    { key: "small", cards: Math.round(big.cards / 100), claims: Math.max(1, Math.round(big.claims / 100)), events: Math.max(1, Math.round(big.events / 100)) },
    { key: "big", ...big },
  ],
}
/** 1M, 10k, 200: how a shop's size is named in the report. */
for (const size of CFG.sizes) {
  const n = size.cards
  size.label = n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n)
}
const GOAL = { p95: 1.2, memory: 1.2, sweep: 2 }
const ADMIN = { email: "admin@example.com", password: "Scale-secret-123" }
const BIG_TABLES = new Set(["warranty_card", "warranty_claim", "warranty_claim_event", "warranty_battery_health_record", "customer"])

const started = Date.now()
const log = (m) => console.log(`[scale ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s] ${m}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14)
const LOG_FILE = path.join(os.tmpdir(), `warranty-scale-${stamp}-${process.pid}.log`)
const SWEEP_FILE = path.join(os.tmpdir(), `warranty-scale-sweep-${stamp}-${process.pid}.json`)

const state = { pg: null, adminUrl: null, dbs: new Set(), children: new Set(), cannon: null, cleaning: false }

// ---------------------------------------------------------------------------------------------
// Processes and databases

function medusa(args, env) {
  const fd = fs.openSync(LOG_FILE, "a")
  fs.writeSync(fd, `\n===== medusa ${args.join(" ")} (${new Date().toISOString()}) =====\n`)
  const proc = spawn(medusaBin, args, { cwd: root, env, stdio: ["ignore", fd, fd], detached: true })
  fs.closeSync(fd)
  state.children.add(proc)
  const done = new Promise((resolve, reject) => {
    proc.once("error", reject)
    proc.once("exit", (code, signal) => {
      state.children.delete(proc)
      killGroup(proc, "SIGTERM")
      code === 0 ? resolve() : reject(new Error(`medusa ${args[0]} ended with ${signal || `code ${code}`} (log: ${LOG_FILE})`))
    })
  })
  return { proc, done }
}

function pgUrl(db) {
  const pg = state.pg
  const auth = pg.password ? `${encodeURIComponent(pg.user)}:${encodeURIComponent(pg.password)}` : encodeURIComponent(pg.user)
  return `postgres://${auth}@${pg.host}:${pg.port}/${db}`
}

async function withClient(url, fn) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

async function createDatabase(name, template) {
  await withClient(state.adminUrl, (c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`))
  state.dbs.add(name)
}

function appEnv(db) {
  const env = { ...process.env, DATABASE_URL: pgUrl(db), PORT: String(CFG.port), MEDUSA_DISABLE_ADMIN: "true", MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "info" }
  delete env.NODE_ENV
  delete env.REDIS_URL
  return env
}

/** The resident memory of every process in the server's group, in MB (Linux /proc). */
function groupRssMb(pgid) {
  let kb = 0
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(fields[2]) !== pgid) continue
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8")
      kb += Number((/VmRSS:\s+(\d+)/.exec(status) || [0, 0])[1])
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024
}

// ---------------------------------------------------------------------------------------------
// HTTP

function call(port, method, urlPath, { body, headers } = {}) {
  const payload = body ? JSON.stringify(body) : null
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path: urlPath,
        method,
        agent: false,
        timeout: 60000,
        headers: { ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}), ...(headers || {}) },
      },
      (res) => {
        const chunks = []
        res.on("data", (c) => chunks.push(c))
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          if (res.statusCode < 200 || res.statusCode >= 300) return reject(new Error(`${method} ${urlPath} -> ${res.statusCode}: ${text.slice(0, 300)}`))
          resolve({ data: text ? JSON.parse(text) : null, bytes: Buffer.byteLength(text) })
        })
      }
    )
    req.on("timeout", () => req.destroy(new Error(`${method} ${urlPath}: no answer in 60 s`)))
    req.on("error", (e) => reject(new Error(`${method} ${urlPath}: ${e.message}`)))
    if (payload) req.write(payload)
    req.end()
  })
}

async function startServer(db, port, captureFile) {
  fs.writeFileSync(captureFile, "")
  const server = medusa(["start"], {
    ...appEnv(db),
    PORT: String(port),
    NODE_ENV: "production",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS || ""} --require ${path.join(__dirname, "sql-capture.js")}`.trim(),
    WARRANTY_SQL_CAPTURE: captureFile,
  })
  let exited = null
  server.done.catch((e) => {
    exited = e
  })
  for (const until = Date.now() + 240000; Date.now() < until; await sleep(300)) {
    if (exited) throw new Error(`the server stopped before answering /health: ${exited.message}`)
    if (await health(port)) return server
  }
  throw new Error("no 200 on /health after 4 minutes")
}

// ---------------------------------------------------------------------------------------------
// P3

/** The same kind of value at each size: the latest received claim on a device, and a card that has an IMEI. */
async function sampleValues(url) {
  return withClient(url, async (c) => {
    const { rows: [claim] } = await c.query(
      `SELECT c.id, c.ticket_number, c.warranty_card_id, c.customer_id, c.product_id, c.order_id, wc.serial_number, cu.email
       FROM warranty_claim c JOIN warranty_card wc ON wc.id = c.warranty_card_id JOIN customer cu ON cu.id = c.customer_id
       WHERE c.status = 'received' AND wc.serial_number IS NOT NULL ORDER BY c.created_at DESC LIMIT 1`
    )
    const { rows: [card] } = await c.query(
      `SELECT serial_number FROM warranty_card WHERE status = 'active' AND serial_number IS NOT NULL ORDER BY created_at DESC OFFSET 100 LIMIT 1`
    )
    const { rows: [truth] } = await c.query(`SELECT count(*)::int AS received FROM warranty_claim WHERE status = 'received' AND deleted_at IS NULL`)
    return { claim, card, truth }
  })
}

/** The endpoints of P3, each with a check of its answer. */
function endpoints(v) {
  const claims = (label, qs, check) => ({ key: `claims_${label}`, label: `GET /admin/warranty-claims?${qs}`, path: `/admin/warranty-claims?${qs}`, check })
  const has = (id) => (d) => d.warranty_claims.some((x) => x.id === id)
  return [
    claims("none", "", (d) => d.count > 0 && d.warranty_claims.length === Math.min(d.limit, d.count)),
    claims("status", "status=received", (d) => d.count === v.truth.received && d.warranty_claims.every((x) => x.status === "received")),
    claims("status_due", "status=received&order=due_on", (d) => d.count === v.truth.received),
    claims("cover", "cover=legal", (d) => d.count > 0 && d.warranty_claims.every((x) => x.cover === "legal")),
    claims("overdue", "overdue=true", (d) => d.count > 0 && d.warranty_claims.every((x) => x.overdue === true)),
    claims("not_overdue", "overdue=false", (d) => d.count > 0 && d.warranty_claims.every((x) => x.overdue === false)),
    claims("card", `warranty_card_id=${v.claim.warranty_card_id}`, has(v.claim.id)),
    claims("customer", `customer_id=${v.claim.customer_id}`, has(v.claim.id)),
    claims("product", `product_id=${v.claim.product_id}`, (d) => d.count > 0 && d.warranty_claims.every((x) => x.product_id === v.claim.product_id)),
    claims("order", `order_id=${v.claim.order_id}`, has(v.claim.id)),
    claims("q_ticket", `q=${encodeURIComponent(v.claim.ticket_number)}`, (d) => d.count === 1 && has(v.claim.id)(d)),
    claims("q_imei", `q=${v.claim.serial_number}`, (d) => d.count >= 1 && has(v.claim.id)(d)),
    claims("q_email", `q=${encodeURIComponent(v.claim.email)}`, has(v.claim.id)),
    {
      key: "cards_q_imei",
      label: "GET /admin/warranty-cards?q=<IMEI>",
      path: `/admin/warranty-cards?q=${v.card.serial_number}`,
      check: (d) => d.count >= 1 && d.warranty_cards[0].serial_number === v.card.serial_number,
    },
    { key: "core_customers", label: "GET /admin/customers (Medusa)", path: "/admin/customers", core: true, check: (d) => d.count > 0 },
  ]
}

/** A shop's server, started, logged in, with its endpoints checked once. */
async function openShop(size) {
  log(`${size.label}: starting the server (medusa start) on ${size.db}, port ${size.port}…`)
  const server = await startServer(size.db, size.port, size.capture)
  const { data } = await call(size.port, "POST", "/auth/user/emailpass", { body: ADMIN })
  const headers = { authorization: `Bearer ${data.token}` }
  const values = await sampleValues(pgUrl(size.db))
  // The load's base URL is the bare host: each endpoint's path starts with its server's port, so
  // one alternating measurement can take turns between the two servers.
  const eps = endpoints(values).map((ep) => ({ ...ep, key: `${ep.key}@${size.label}`, base: ep.key, method: "GET", headers, route: ep.path, path: `:${size.port}${ep.path}` }))
  for (const ep of eps) {
    const { data: d, bytes } = await call(size.port, "GET", ep.route, { headers })
    if (!ep.check(d)) throw new Error(`${ep.label} (${size.label}): unexpected answer ${JSON.stringify(d).slice(0, 300)}`)
    ep.bytes = bytes
    ep.count = d.count
  }
  log(`${size.label}: every endpoint answered as expected`)
  return { size, server, headers, eps }
}

/** The queries each route sends, captured while it answers once more, with their plans. */
async function capturePlans(shop) {
  const { size, server, headers, eps } = shop
  killGroup(server.proc, "SIGUSR2")
  await sleep(300)
  const windows = []
  for (const ep of eps) {
    const from = Date.now()
    await call(size.port, "GET", ep.route, { headers })
    windows.push({ ep, from, to: Date.now() })
    await sleep(50)
  }
  await sleep(300)
  killGroup(server.proc, "SIGUSR2")
  const captured = fs.readFileSync(size.capture, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l))
  return withClient(pgUrl(size.db), async (c) => {
    const out = {}
    for (const w of windows) {
      out[w.ep.base] = await explainCaptured(c, captured.filter((q) => q.at >= w.from && q.at <= w.to), BIG_TABLES)
    }
    return out
  })
}

/** Nearest-rank percentile; NaN when an endpoint answered nothing in its time (too slow for one answer). */
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN)
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : "-")

// ---------------------------------------------------------------------------------------------

async function cleanup() {
  if (state.cannon) {
    try {
      state.cannon.stop()
    } catch {}
  }
  await Promise.all([...state.children].map((p) => stopGroup(p)))
  for (const db of [...state.dbs]) {
    try {
      await withClient(state.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`))
      state.dbs.delete(db)
      log(`dropped database ${db}`)
    } catch (e) {
      console.error(`[scale] could not drop ${db}: ${e.message}`)
    }
  }
  for (const f of [SWEEP_FILE, ...CFG.sizes.map((s) => s.capture).filter(Boolean)]) fs.rmSync(f, { force: true })
  if (state.pg && state.pg.embedded && !state.pg.reused) await state.pg.stop().catch(() => {})
}

async function finish(code, error) {
  if (state.cleaning) return
  state.cleaning = true
  if (error) {
    console.error(`\n[scale] FAILED: ${error.message || error}`)
    console.error(`[scale] server log kept: ${LOG_FILE}`)
  }
  try {
    await cleanup()
  } catch (e) {
    console.error(`[scale] cleanup: ${e.message}`)
  }
  if (!error) fs.rmSync(LOG_FILE, { force: true })
  process.exit(code)
}

async function main() {
  for (const s of SIGNALS) process.on(s, () => finish(s === "SIGINT" ? 130 : 143, new Error(`stopped by ${s}`)))
  process.on("uncaughtException", (e) => finish(1, e))
  process.on("unhandledRejection", (e) => finish(1, e))
  setTimeout(() => finish(1, new Error(`time limit of ${CFG.timeout} s reached (SCALE_TIMEOUT)`)), CFG.timeout * 1000).unref()

  const before = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s)]))
  state.pg = await ensurePostgres({
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    embeddedPort: CFG.pgPort,
    dataDir: path.join(os.tmpdir(), `warranty-scale-pg-${process.pid}`),
    persistent: false,
    log,
  })
  for (const s of SIGNALS) for (const l of process.listeners(s)) if (!before[s].includes(l)) process.removeListener(s, l)
  state.adminUrl = pgUrl("postgres")
  const pgLabel = `${state.pg.embedded ? "embedded" : "server"} on ${state.pg.host}:${state.pg.port}`

  // One migrated database with the admin user; each shop is a copy of it.
  const base = `warranty_scale_${stamp}_base`
  await createDatabase(base)
  log(`PostgreSQL ${pgLabel}; migrating ${base} (medusa db:migrate) and adding the admin user… log: ${LOG_FILE}`)
  await medusa(["db:migrate", "--execute-safe-links"], appEnv(base)).done
  await medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], appEnv(base)).done

  const generated = {}
  let port = CFG.port
  for (const size of CFG.sizes) {
    size.db = `warranty_scale_${stamp}_${size.key}`
    size.capture = path.join(os.tmpdir(), `warranty-scale-sql-${stamp}-${process.pid}-${size.label}.jsonl`)
    await createDatabase(size.db, base)
    log(`${size.label}: generating ${size.cards} cards, ${size.claims} claims, ${size.events} claim events (scripts/bench/data.js)…`)
    const t0 = Date.now()
    const figures = await withClient(pgUrl(size.db), (c) => generate(c, { cards: size.cards, claims: size.claims, events: size.events, log }))
    generated[size.label] = { ...figures, seconds: (Date.now() - t0) / 1000 }
    log(`${size.label}: generated in ${generated[size.label].seconds.toFixed(1)} s: ${figures.open_claims} open claims, ${figures.overdue} overdue (${figures.overdue_untold} untold)`)
    while (await answers("127.0.0.1", port, 500)) {
      if (++port > CFG.port + 49) throw new Error("no free port in the 50 above SCALE_PORT")
    }
    size.port = port++
  }

  // Both servers run side by side and each endpoint is measured on both in alternating rounds, so
  // a busy moment of a shared machine falls on both sizes alike.
  const shops = []
  for (const size of CFG.sizes) shops.push(await openShop(size))
  const { measure } = createLoad({ cfg: CFG, baseUrl: () => "http://127.0.0.1", state, log })
  const results = {}
  for (let i = 0; i < shops[0].eps.length; i++) {
    Object.assign(results, await measure(shops.map((shop) => shop.eps[i])))
  }
  const rss = shops.map((shop) => groupRssMb(shop.server.proc.pid))
  const plans = await capturePlans(shops[1])
  for (const shop of shops) await stopGroup(shop.server.proc)
  const runs = { eps: shops[1].eps, small: shops[0].eps, results, rss, plans }

  // The figures so far are printed and kept before P4, which a failure must not take with it.
  const text = report({ runs, generated, pgLabel })
  console.log(`\n${text}\n`)
  fs.appendFileSync(RESULTS_FILE, `\n${text}\n`)

  // P4 on the big shop, with no server running.
  const bigDb = CFG.sizes[1].db
  log("P4: the overdue sweep on the 1M shop (medusa exec scripts/bench/sweep.ts)…")
  await medusa(["exec", "./scripts/bench/sweep.ts"], { ...appEnv(bigDb), SCALE_SWEEP_OUT: SWEEP_FILE }).done
  const p4 = sweepReport(JSON.parse(fs.readFileSync(SWEEP_FILE, "utf8")), CFG.sizes[1].label)
  console.log(`\n${p4}\n`)
  fs.appendFileSync(RESULTS_FILE, `${p4}\n`)
  log(`appended to ${path.relative(root, RESULTS_FILE)}`)
  await finish(0)
}

function report({ runs, generated, pgLabel }) {
  const [small, large] = CFG.sizes.map((s) => s.label)
  const verdict = (ratio, goal) => `${Number.isFinite(ratio) ? ratio.toFixed(2) : "-"} (goal <= ${goal}: ${ratio <= goal ? "MET" : "NOT MET"})`
  const cpus = os.cpus()
  const lines = [
    `Scale (issue 12 s.3): the plugin's admin lists and overdue sweep at ${large} against ${small}, one run`,
    `  date       ${new Date().toISOString()}`,
    `  machine    ${cpus.length} CPU (${cpus[0]?.model?.trim() || "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GB, load average at the end ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (shared: other work may run), Node ${process.version}, PostgreSQL ${pgLabel}`,
    `  server     medusa start from the project folder, NODE_ENV=production, admin off, in-memory event bus; ${CFG.connections} connection(s), ${CFG.duration} s per endpoint and size in ${CFG.rounds} alternating round(s) after ${CFG.warmup} s warm-up`,
    "",
    "  data (scripts/bench/data.js, set-based SQL)",
  ]
  for (const label of [small, large]) {
    const g = generated[label]
    lines.push(
      `    ${label.padEnd(4)} ${g.cards} cards (${Object.entries(g.card_statuses).map(([k, n]) => `${k} ${n}`).join(", ")}), ${g.claims} claims (${g.open_claims} open, ${g.overdue} overdue, ${g.overdue_untold} of them untold), ${g.events} events, ${g.customers} customers, ${g.battery_records} battery readings: ${g.seconds.toFixed(0)} s`
    )
  }
  lines.push("", `  P3: p95 latency at ${large} over ${small} (same endpoint, same kind of value, both servers measured in alternating rounds), goal <= ${GOAL.p95}`)
  const w = Math.max(...runs.eps.map((e) => e.label.length)) + 2
  lines.push(`    ${"endpoint".padEnd(w)}${`count ${small}`.padStart(10)}${`count ${large}`.padStart(10)}${`p95 ${small}`.padStart(9)}${`p95 ${large}`.padStart(9)}${`req ${large}`.padStart(8)}   ratio`)
  runs.eps.forEach((ep, i) => {
    const a = runs.results[runs.small[i].key]
    const b = runs.results[ep.key]
    const pa = percentile(a.latencies, 95)
    const pb = percentile(b.latencies, 95)
    lines.push(
      `    ${ep.label.padEnd(w)}${String(runs.small[i].count).padStart(10)}${String(ep.count).padStart(10)}${ms(pa).padStart(9)}${ms(pb).padStart(9)}${String(b.ok).padStart(8)}   ${ep.core ? `${ms(pb / pa)} (Medusa's own list, reference)` : verdict(pb / pa, GOAL.p95)}`
    )
  })
  lines.push("", `  plans at ${large}: EXPLAIN (ANALYZE) of the queries each route sent (captured in the server), scan per table`)
  for (const ep of runs.eps) {
    lines.push(`    ${ep.label}`, ...describe(runs.plans[ep.base]).map((l) => `      ${l}`))
  }
  const flagged = Object.values(runs.plans).flat().filter((p) => p.flagged.length).length
  lines.push(`    ${flagged} quer${flagged === 1 ? "y" : "ies"} with a Seq Scan on a big table (${[...BIG_TABLES].join(", ")})`)
  const [ra, rb] = runs.rss
  lines.push("", `  memory: each server's resident memory (process group) after the P3 runs: ${small} ${ra.toFixed(0)} MB, ${large} ${rb.toFixed(0)} MB, ratio ${verdict(rb / ra, GOAL.memory)}`)
  lines.push("", `  run time so far ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return lines.join("\n")
}

function sweepReport(sweep, large) {
  const verdict = (ratio, goal) => `${ratio.toFixed(2)} (goal <= ${goal}: ${ratio <= goal ? "MET" : "NOT MET"})`
  const lines = [`  P4: the overdue sweep (the daily job: set-based passes of 2,000) on the ${large} shop, today ${sweep.today}, against a bare indexed count (median of 5)`]
  for (const [name, s] of [["day", sweep.day], ["backlog", sweep.backlog]]) {
    lines.push(
      `    ${name === "day" ? "the day's sweep " : "backlog sweep   "} marked ${s.to_mark} claims (${s.mark_overdue_events} mark_overdue log entries, ${s.overdue_events_emitted ?? "?"} warranty_claim.overdue events emitted, ${s.left_untold} left) in ${s.sweep_ms.toFixed(0)} ms; count of the ${s.open_claims} open claims ${s.open_count_ms.toFixed(1)} ms: ratio ${verdict(s.sweep_ms / s.open_count_ms, GOAL.sweep)}; count of the ${s.to_mark} it marks ${s.to_mark_count_ms.toFixed(1)} ms: ratio ${(s.sweep_ms / s.to_mark_count_ms).toFixed(1)}`
    )
  }
  lines.push(`  total run time ${((Date.now() - started) / 1000).toFixed(0)} s`)
  return lines.join("\n")
}

main().catch((e) => finish(1, e))
