#!/usr/bin/env node
// `npm run test:install`: the README's "Install into an existing Medusa app", done as a Medusa
// developer would, in a fresh Medusa 2.21.2 app under the system's temp folder:
//   1 packed     `npm run build && npm pack`: the tarball holds the built server, dashboard and client, no tests
//   2 installed  a fresh app (the dependencies Medusa's starter gives a 2.21.2 app, installed
//                while the plugin builds) runs `npm install /path/medusa-plugin-warranty-<version>.tgz`
//   3 migrated   medusa-config.ts registers the plugin as the README shows; `medusa db:migrate` on a
//                fresh database; every table of the plugin's models exists and is prefixed `warranty_`
//   4 booted     `medusa user` creates the admin, `medusa develop` answers /health, and the dashboard
//                at /app loads the plugin's pages
//   5 admin route  GET /admin/warranty-cards with the token from POST /auth/user/emailpass
//   6 store route  GET /store/products/:id/warranty with a publishable key made through the admin API
// then stops the app, drops the database (or stops the embedded PostgreSQL) and removes the folder.
// Ends with the plain line "N passed, N failed" that CI reads.
//
// Database: a fresh database on the PostgreSQL at localhost:5432 when one answers (dropped after);
// otherwise an embedded PostgreSQL on INSTALL_CHECK_PG_PORT (default 54350) in the temp folder.
// The folder: /dev/shm when it is a RAM disk with room and allows programs (npm writes ~60,000
// files, which take minutes to write and remove on a busy disk), else the system's temp folder.
// Env: INSTALL_CHECK_PORT (the app, default 9300), INSTALL_CHECK_PG_PORT, INSTALL_CHECK_DIR (the
// folder to work in), INSTALL_CHECK_KEEP=1 (leave the folder, with the app and every step's log).
const { spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const { health, killGroup, stopGroup, groupAlive } = require("./lib/medusa-process")
const { ensurePostgres, answers } = require("./lib/postgres")
const { MEDUSA, APP_PACKAGE, APP_TSCONFIG, MEDUSA_CONFIG } = require("./lib/fresh-app")
const helpers = require("./lib/check-helpers")
const { tail, assert, withClient } = helpers

const root = path.resolve(__dirname, "..")
const pkg = require(path.join(root, "package.json"))
const PORT = Number(process.env.INSTALL_CHECK_PORT || 9300)
const PG_PORT = Number(process.env.INSTALL_CHECK_PG_PORT || 54350)
const KEEP = process.env.INSTALL_CHECK_KEEP === "1"
const ADMIN = { email: "admin@example.com", password: "supersecret" }
const BOOT_TIMEOUT_MS = 4 * 60 * 1000

const started = Date.now()
const seconds = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`
const log = (m) => console.log(`[install] ${m}`)

let work = null
let logs = null
let app = null
let dev = null
let pg = null
let dbName = null
let adminUrl = null
let stopping = false
/** The app's own `npm install`, started with the build: resolves to its duration. */
let appInstall = null

/** Every command still running, stopped by cleanup() whatever happens. */
const children = new Set()
const run = (name, command, args, opts = {}) =>
  helpers.run(logs, name, command, args, {
    ...opts,
    onChild: (c) => {
      children.add(c)
      c.once("exit", () => children.delete(c))
      opts.onChild?.(c)
    },
  })
const call = (...args) => helpers.call(PORT, ...args)
const expectOk = (...args) => helpers.expectOk(PORT, ...args)

const appEnv = () => ({
  ...process.env,
  NODE_ENV: "development",
  DATABASE_URL: databaseUrl(dbName),
  PORT: String(PORT),
  MEDUSA_DISABLE_TELEMETRY: "true",
  STORE_CORS: "http://localhost:8000",
  ADMIN_CORS: `http://localhost:${PORT}`,
  AUTH_CORS: `http://localhost:${PORT},http://localhost:8000`,
})

function databaseUrl(name) {
  const auth = pg.password ? `${pg.user}:${encodeURIComponent(pg.password)}` : pg.user
  return `postgres://${auth}@localhost:${pg.port}/${name}`
}

// ---- the checks -------------------------------------------------------------------------------

const state = {}

async function packed() {
  await run("build", "npm", ["run", "build"], { cwd: root })
  const out = await run("pack", "npm", ["pack", "--json", "--pack-destination", work], { cwd: root })
  const report = JSON.parse(out.slice(out.indexOf("[")))[0]
  state.tarball = path.join(work, report.filename)
  assert(fs.existsSync(state.tarball), `npm pack reported ${report.filename}, which is not in ${work}`)
  const files = report.files.map((f) => f.path)
  for (const needed of [
    ".medusa/server/src/modules/warranty/index.js",
    ".medusa/server/src/admin/index.mjs",
    ".medusa/server/src/api/middlewares.js",
    ".medusa/storefront-client/cjs/index.js",
    ".medusa/storefront-client/types/client/index.d.ts",
  ]) {
    assert(files.includes(needed), `the tarball lacks ${needed}`)
  }
  const tests = files.filter((f) => /__tests__|integration-tests|\.(spec|test)\.[jt]s$/.test(f))
  assert(!tests.length, `the tarball carries tests: ${tests.slice(0, 5).join(", ")}`)
  return `${report.filename}, ${files.length} files, ${(report.size / 1024).toFixed(0)} kB`
}

/** The app as a developer has it before adding the plugin: its package.json, tsconfig and `npm install`. */
function startApp() {
  app = path.join(work, "app")
  fs.mkdirSync(app)
  fs.writeFileSync(path.join(app, "package.json"), `${JSON.stringify(APP_PACKAGE, null, 2)}\n`)
  fs.writeFileSync(path.join(app, "tsconfig.json"), `${JSON.stringify(APP_TSCONFIG, null, 2)}\n`)
  const from = Date.now()
  appInstall = run("npm-install-app", "npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: app }).then(() =>
    seconds(from)
  )
  appInstall.catch(() => {}) // awaited in installed()
}

async function installed() {
  const appSeconds = await appInstall
  const from = Date.now()
  // The README's command; --prefer-offline only spares the registry what npm's cache already has.
  await run("npm-install-plugin", "npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", state.tarball], { cwd: app })
  const pluginSeconds = seconds(from)
  const written = JSON.parse(fs.readFileSync(path.join(app, "package.json"), "utf8"))
  assert(
    String(written.dependencies?.[pkg.name] || "").startsWith("file:"),
    `npm did not record ${pkg.name} in the app's dependencies (${JSON.stringify(written.dependencies)})`
  )
  const installedPkg = path.join(app, "node_modules", pkg.name)
  const version = JSON.parse(fs.readFileSync(path.join(installedPkg, "package.json"), "utf8")).version
  assert(version === pkg.version, `node_modules/${pkg.name} is ${version}, not ${pkg.version}`)
  // What Medusa loads (`plugins: [{ resolve }]` and the module path) and the storefront's import.
  require.resolve(`${pkg.name}/.medusa/server/src/modules/warranty`, { paths: [app] })
  require.resolve(`${pkg.name}/client`, { paths: [app] })
  const medusaVersion = JSON.parse(fs.readFileSync(path.join(app, "node_modules/@medusajs/medusa/package.json"), "utf8")).version
  assert(medusaVersion === MEDUSA, `the app got @medusajs/medusa ${medusaVersion}, not ${MEDUSA}`)
  const count = fs.readdirSync(path.join(app, "node_modules")).length
  return (
    `${pkg.name}@${version} with @medusajs/medusa ${medusaVersion} (${count} top-level entries in node_modules); ` +
    `the app's own npm install ${appSeconds} (beside the build), npm install <the .tgz> ${pluginSeconds}`
  )
}

/** The tables of the plugin's data models, read from the installed package with the app's own framework. */
function pluginTables() {
  const { DmlEntity } = require(require.resolve("@medusajs/framework/utils", { paths: [app] }))
  const dir = path.join(app, "node_modules", pkg.name, ".medusa/server/src/modules/warranty/models")
  const tables = new Set()
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".js"))) {
    for (const value of Object.values(require(path.join(dir, file)))) {
      if (DmlEntity.isDmlEntity(value)) {
        tables.add(value.parse().tableName)
      }
    }
  }
  return [...tables].sort()
}

async function migrated() {
  fs.writeFileSync(path.join(app, "medusa-config.ts"), MEDUSA_CONFIG)
  pg = await ensurePostgres({
    host: "localhost",
    port: 5432,
    embeddedPort: PG_PORT,
    dataDir: path.join(work, "pg"),
    persistent: false,
    log,
  })
  dbName = `warranty_install_check_${process.pid}`
  adminUrl = databaseUrl("postgres")
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`))
  await run("db-migrate", path.join(app, "node_modules/.bin/medusa"), ["db:migrate"], { cwd: app, env: appEnv() })
  const expected = pluginTables()
  assert(expected.length >= 5, `found only ${expected.length} data models in the installed package: ${expected.join(", ")}`)
  const present = await withClient(databaseUrl(dbName), async (c) => {
    const { rows } = await c.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)
    return new Set(rows.map((r) => r.table_name))
  })
  const missing = expected.filter((t) => !present.has(t))
  assert(!missing.length, `db:migrate did not create ${missing.join(", ")}`)
  const unprefixed = expected.filter((t) => !t.startsWith("warranty_"))
  assert(!unprefixed.length, `tables without the warranty_ prefix: ${unprefixed.join(", ")}`)
  return `${expected.length} tables, all prefixed warranty_ (${expected.join(", ")}); ${present.size} in the database`
}

async function booted() {
  await run("medusa-user", path.join(app, "node_modules/.bin/medusa"), ["user", "-e", ADMIN.email, "-p", ADMIN.password], {
    cwd: app,
    env: appEnv(),
  })
  const file = path.join(logs, "medusa-develop.log")
  const out = fs.openSync(file, "w")
  dev = spawn(path.join(app, "node_modules/.bin/medusa"), ["develop"], {
    cwd: app,
    env: appEnv(),
    stdio: ["ignore", out, out],
    detached: true,
  })
  fs.closeSync(out)
  const from = Date.now()
  while (!(await health(PORT))) {
    assert(dev.exitCode === null && dev.signalCode === null, `medusa develop exited (${dev.exitCode ?? dev.signalCode}); last lines of its log:\n${tail(file)}`)
    assert(Date.now() - from < BOOT_TIMEOUT_MS, `no answer on /health after ${BOOT_TIMEOUT_MS / 1000} s; last lines of its log:\n${tail(file)}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  const answered = seconds(from)
  // The dashboard: /app loads an entry that imports every plugin's admin extensions; vite bundles
  // ours with the app's own @medusajs/ui, js-sdk and react-query (the first time takes a while).
  const page = await fetch(`http://127.0.0.1:${PORT}/app`)
  assert(page.status === 200 && (await page.text()).includes("entry.jsx"), `GET /app answered ${page.status}`)
  const entry = await (await fetch(`http://127.0.0.1:${PORT}/app/entry.jsx`)).text()
  const ours = entry.match(/from "(\/app\/[^"]*medusa-plugin-warranty[^"]*admin[^"]*)"/)
  assert(ours, `the dashboard's entry imports no admin extensions of ${pkg.name}:\n${entry.slice(0, 600)}`)
  const extensions = await fetch(`http://127.0.0.1:${PORT}${ours[1]}`)
  const code = await extensions.text()
  for (const route of ["/warranty-claims", "/warranty-cards"]) {
    assert(extensions.status === 200 && code.includes(`path: "${route}"`), `the plugin's dashboard extensions (${extensions.status}) have no page ${route}`)
  }
  return `/health answered ${answered} after \`medusa develop\` started; the dashboard at /app loads the plugin's pages (/warranty-claims, /warranty-cards)`
}

async function adminRoute() {
  const auth = await call("POST", "/auth/user/emailpass", { body: ADMIN })
  assert(auth.status === 200 && auth.json?.token, `POST /auth/user/emailpass answered ${auth.status}: ${auth.text}`)
  state.token = auth.json.token
  const body = await expectOk("GET", "/admin/warranty-cards", { token: state.token })
  assert(Array.isArray(body.warranty_cards), `GET /admin/warranty-cards has no warranty_cards list: ${JSON.stringify(body).slice(0, 300)}`)
  assert(body.count === 0 && body.warranty_cards.length === 0, `a fresh shop should have no cards; got count ${body.count}`)
  assert(body.offset === 0 && Number.isInteger(body.limit), `the list has no paging (offset ${body.offset}, limit ${body.limit})`)
  const plugins = await expectOk("GET", "/admin/plugins", { token: state.token })
  const names = (plugins.plugins || []).map((p) => p.name)
  assert(names.includes(pkg.name), `GET /admin/plugins does not list ${pkg.name}: ${names.join(", ")}`)
  const anonymous = await call("GET", "/admin/warranty-cards")
  assert(anonymous.status === 401, `GET /admin/warranty-cards without a token answered ${anonymous.status}, not 401`)
  return `GET /admin/warranty-cards -> 200 { warranty_cards: [], count: 0, offset: 0, limit: ${body.limit} } (401 without a token); /admin/plugins lists ${pkg.name}`
}

async function storeRoute() {
  const token = state.token
  assert(token, "no admin token (the admin route check failed)")
  const channels = await expectOk("GET", "/admin/sales-channels", { token })
  const channel = channels.sales_channels?.[0]
  assert(channel, "the fresh app has no sales channel")
  const key = (await expectOk("POST", "/admin/api-keys", { token, body: { title: "Install check", type: "publishable" } })).api_key
  await expectOk("POST", `/admin/api-keys/${key.id}/sales-channels`, { token, body: { add: [channel.id] } })
  const product = (
    await expectOk("POST", "/admin/products", {
      token,
      body: {
        title: "iPhone 13 (install check)",
        status: "published",
        options: [{ title: "Storage", values: ["128 GB"] }],
        variants: [{ title: "128 GB", options: { Storage: "128 GB" }, prices: [{ amount: 2000, currency_code: "ron" }] }],
        sales_channels: [{ id: channel.id }],
      },
    })
  ).product
  const { warranty } = await expectOk("GET", `/store/products/${product.id}/warranty`, { key: key.token })
  assert(warranty?.product_id === product.id, `the warranty names product ${warranty?.product_id}, not ${product.id}`)
  // default_warranty_months from the options in medusa-config.ts (R2.1); the statutory statement (R5.3).
  assert(warranty.months === 24, `the product's warranty is ${warranty.months} months, not the configured 24`)
  assert(typeof warranty.statement === "string" && warranty.statement.length > 20, `no statutory-rights statement: ${JSON.stringify(warranty)}`)
  const noKey = await call("GET", `/store/products/${product.id}/warranty`)
  assert(noKey.status === 400, `without a publishable key the store route answered ${noKey.status}, not 400`)
  return `GET /store/products/:id/warranty -> 200, ${warranty.months} months, locale ${warranty.locale} (400 without the key)`
}

// ---- runner -----------------------------------------------------------------------------------

const CHECKS = [
  ["packed", packed],
  ["installed", installed],
  ["migrated", migrated],
  ["booted", booted],
  ["admin route", adminRoute],
  ["store route", storeRoute],
]

/** See the head of this file. */
function workBase() {
  if (process.env.INSTALL_CHECK_DIR) {
    return path.resolve(process.env.INSTALL_CHECK_DIR)
  }
  try {
    const mount = fs
      .readFileSync("/proc/mounts", "utf8")
      .split("\n")
      .map((l) => l.split(" "))
      .find((f) => f[1] === "/dev/shm")
    const { bavail, bsize } = fs.statfsSync("/dev/shm")
    if (mount && mount[2] === "tmpfs" && !mount[3].split(",").includes("noexec") && bavail * bsize > 4 * 1024 ** 3) {
      return "/dev/shm"
    }
  } catch {
    // no /proc or no /dev/shm: the temp folder
  }
  return os.tmpdir()
}

async function cleanup() {
  // npm may take its time over SIGTERM; the folders are removed below, so it must be gone first.
  await Promise.all(
    [...children].map(
      (c) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => killGroup(c, "SIGKILL"), 5000)
          c.once("exit", () => {
            clearTimeout(timer)
            resolve()
          })
          killGroup(c, "SIGTERM")
        })
    )
  )
  if (dev && groupAlive(dev)) {
    await stopGroup(dev)
  }
  if (pg && dbName && !pg.embedded) {
    await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch((e) =>
      log(`could not drop the database ${dbName}: ${e.message}`)
    )
  }
  if (pg) {
    await pg.stop().catch((e) => log(`could not stop the embedded PostgreSQL: ${e}`))
  }
  if (work && !KEEP) {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

async function main() {
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(s, async () => {
      if (stopping) {
        return
      }
      stopping = true
      await cleanup()
      process.exit(130)
    })
  }
  let passed = 0
  let failed = 0
  if (await answers("127.0.0.1", PORT)) {
    console.error(`[install] port ${PORT} is already in use: stop what uses it, or set INSTALL_CHECK_PORT`)
    console.log("0 passed, 1 failed")
    return 1
  }
  work = fs.mkdtempSync(path.join(workBase(), "warranty-install-"))
  logs = path.join(work, "logs")
  fs.mkdirSync(logs)
  log(`a fresh Medusa ${MEDUSA} app in ${work} (app on port ${PORT})`)
  startApp()
  let broken = null
  for (const [i, [name, check]] of CHECKS.entries()) {
    const from = Date.now()
    if (broken) {
      console.log(`not ok ${i + 1} - ${name}: not run, because "${broken}" failed`)
      failed++
      continue
    }
    try {
      const detail = await check()
      console.log(`ok ${i + 1} - ${name} (${seconds(from)}): ${detail}`)
      passed++
    } catch (e) {
      console.log(`not ok ${i + 1} - ${name} (${seconds(from)}): ${e && e.message ? e.message : e}`)
      failed++
      // The route checks stand on their own once the app runs; everything else needs the step before.
      if (name !== "admin route") {
        broken = name
      }
    }
  }
  await cleanup()
  log(`${seconds(started)} in all${KEEP ? `; the app and the logs are kept in ${work}` : ""}`)
  console.log(`${passed} passed, ${failed} failed`)
  return failed === 0 ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  async (e) => {
    console.error(e)
    await cleanup().catch(() => {})
    console.log("0 passed, 1 failed")
    process.exit(1)
  }
)
