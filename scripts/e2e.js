#!/usr/bin/env node
// `npm run test:e2e`: the shopper's and the clerk's journey in a real browser (Debian's chromium
// driven by playwright-core), against a demo (`scripts/demo.js`) that this script starts on its
// own ports and a fresh embedded PostgreSQL, then stops. Ends with the plain line
// "N passed, N failed" that CI reads.
//
// Env: E2E_ONLY=word[,word] runs only the e2e files whose names hold a word; E2E_HEADED=1 shows the browser (needs a display) and slows it down; E2E_KEEP_DEMO=1 leaves
// the demo running after the journey (stop it with Ctrl-C); E2E_PORT, E2E_STOREFRONT_PORT,
// E2E_PG_PORT change the ports (default 9100, 8100, 54340).
const { execFileSync, spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const http = require("http")
const { run } = require("node:test")
const { spec } = require("node:test/reporters")
const { health, stopGroup, groupAlive } = require("./lib/medusa-process")
const { answers } = require("./lib/postgres")

const root = path.resolve(__dirname, "..")
const PORT = Number(process.env.E2E_PORT || 9100)
const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)
const PG_PORT = Number(process.env.E2E_PG_PORT || 54340)
const CHROMIUM = process.env.E2E_CHROMIUM || "/usr/bin/chromium"
const E2E_DIR = path.join(root, "integration-tests", "e2e")
/**
 * The browser files, the shopper's journey first, then the others by name (each starts its own
 * browser and builds on the seeded demo, not on another file). E2E_ONLY=desk,receipts runs only
 * the files whose names contain one of the words.
 */
function e2eFiles() {
  const only = (process.env.E2E_ONLY || "").split(",").map((w) => w.trim()).filter(Boolean)
  return fs
    .readdirSync(E2E_DIR)
    .filter((f) => f.endsWith(".e2e.js"))
    .sort((a, b) => (a === "journey.e2e.js" ? -1 : b === "journey.e2e.js" ? 1 : a.localeCompare(b)))
    .filter((f) => !only.length || only.some((w) => f.includes(w)))
    .map((f) => path.join(E2E_DIR, f))
}
const SHOTS = path.join(root, "screenshots", "e2e")
// Migrations, the seed, the storefront build and the first `medusa develop` boot on 2 busy cores.
const BOOT_TIMEOUT_MS = Number(process.env.E2E_BOOT_TIMEOUT || 8 * 60 * 1000)

const log = (m) => console.log(`[e2e] ${m}`)
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

let demo = null
let workDir = null

function get(port, pathname) {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: pathname, agent: false, timeout: 3000 }, (res) => {
      let body = ""
      res.on("data", (c) => (body += c))
      res.on("end", () => resolve({ status: res.statusCode, body }))
    })
    req.on("error", () => resolve({ status: 0, body: "" }))
    req.on("timeout", () => {
      req.destroy()
      resolve({ status: 0, body: "" })
    })
  })
}

async function storefrontReady() {
  const page = await get(STOREFRONT_PORT, "/")
  if (page.status !== 200) {
    return false
  }
  const config = await get(STOREFRONT_PORT, "/config.json")
  try {
    return config.status === 200 && Boolean(JSON.parse(config.body).publishable_key)
  } catch {
    return false
  }
}

/** Why the suite cannot start, or null. */
async function precheck() {
  if (!fs.existsSync(CHROMIUM)) {
    return `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does`
  }
  for (const [what, port] of [
    ["backend", PORT],
    ["storefront", STOREFRONT_PORT],
    ["embedded PostgreSQL", PG_PORT],
  ]) {
    if (await answers("127.0.0.1", port)) {
      return `port ${port} (${what}) is already in use: another e2e run or demo? Stop it first`
    }
  }
  return null
}

function startDemo(logFile) {
  // The demo's data folder is fresh for every run, so the journey starts from the seeded shop.
  const pgDir = path.join(workDir, "pg")
  const out = fs.openSync(logFile, "w")
  const env = {
    ...process.env,
    PORT: String(PORT),
    STOREFRONT_PORT: String(STOREFRONT_PORT),
    DEMO_PG_PORT: String(PG_PORT),
    DEMO_PG_DIR: pgDir,
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  // A DATABASE_URL from the caller's shell would point the demo at a database that is not fresh.
  delete env.DATABASE_URL
  demo = spawn(process.execPath, [path.join(root, "scripts", "demo.js")], {
    cwd: root,
    env,
    stdio: ["ignore", out, out],
    detached: true,
  })
  log(`demo started (pid ${demo.pid}): backend :${PORT}, storefront :${STOREFRONT_PORT}, PostgreSQL :${PG_PORT} in ${pgDir}; log in ${logFile}`)
}

async function waitForDemo(logFile) {
  const until = Date.now() + BOOT_TIMEOUT_MS
  let backend = false
  while (Date.now() < until) {
    if (demo.exitCode !== null || demo.signalCode !== null) {
      throw new Error(`the demo exited (${demo.exitCode ?? demo.signalCode}) before it was ready; last lines of its log:\n${tail(logFile)}`)
    }
    if (!backend && (await health(PORT))) {
      backend = true
      log(`backend answers /health after ${elapsed()}`)
    }
    if (backend && (await storefrontReady())) {
      log(`storefront answers after ${elapsed()}`)
      return
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(
    `the demo was not ready after ${BOOT_TIMEOUT_MS / 1000} s (backend ${backend ? "up" : "down"}, storefront down); last lines of its log:\n${tail(logFile)}`
  )
}

function tail(file, n = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-n).join("\n")
  } catch {
    return "(no log)"
  }
}

/**
 * `medusa develop` serves the dashboard through Vite, which pre-bundles its dependencies and
 * compiles its modules when a browser first asks for them: minutes of CPU on a busy 2-core machine
 * (CI runs `npm test` beside this suite), which the first browser file would otherwise spend
 * inside a step's 90 s navigation timeout. One headless page signs in and opens the orders list
 * here, before any file runs, as part of the boot (it asserts nothing; a step still checks every
 * page it opens). A failure is only reported: the steps then meet the same problem and say so.
 */
async function warmDashboard() {
  const from = Date.now()
  const { chromium } = require("playwright-core")
  const { admin } = require(path.join(E2E_DIR, "lib", "env"))
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    page.setDefaultTimeout(BOOT_TIMEOUT_MS)
    page.setDefaultNavigationTimeout(BOOT_TIMEOUT_MS)
    // The flags come from a CDN this machine cannot reach; they are decoration.
    await page.route(/^https:\/\/cdn\.jsdelivr\.net\//, (route) => route.fulfill({ status: 200, contentType: "image/svg+xml", body: "<svg xmlns='http://www.w3.org/2000/svg'/>" }))
    await page.goto(`http://localhost:${PORT}/app/orders`)
    await page.getByPlaceholder("Email").waitFor()
    await page.getByPlaceholder("Email").fill(admin.email)
    await page.getByPlaceholder("Password").fill(admin.password)
    await page.getByRole("button", { name: "Continue with Email" }).click()
    await page.getByRole("row").nth(1).waitFor()
    log(`dashboard compiled by Vite and signed in once after ${elapsed()} (${((Date.now() - from) / 1000).toFixed(0)} s)`)
  } catch (e) {
    log(`warming the dashboard failed after ${((Date.now() - from) / 1000).toFixed(0)} s (${e && e.message ? e.message.split("\n")[0] : e}); the browser files run anyway`)
  } finally {
    await browser.close().catch(() => {})
  }
}

async function stopDemo() {
  if (!demo || !groupAlive(demo)) {
    return
  }
  log("stopping the demo…")
  // demo.js answers SIGTERM by stopping the storefront server, Medusa's process group and the
  // embedded PostgreSQL in that order; SIGKILL only if it has not finished within 60 s.
  await stopGroup(demo, 60000)
  // Medusa and PostgreSQL run in process groups of their own: if demo.js had to be killed before
  // it stopped them, whatever still listens on this run's ports is stopped here, by its pid.
  for (const port of [PORT, STOREFRONT_PORT, PG_PORT]) {
    for (const pid of listeners(port)) {
      log(`stopping pid ${pid}, still listening on port ${port} after the demo stopped`)
      try {
        process.kill(pid, "SIGTERM")
      } catch {
        // already gone
      }
    }
  }
}

/** The pids listening on a TCP port of this machine (from `ss`; none when it is missing). */
function listeners(port) {
  try {
    const out = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
    return [...new Set([...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1])))]
  } catch {
    return []
  }
}

/** Runs the journey with node's test runner; resolves to the counts. */
function runJourney(env) {
  return new Promise((resolve) => {
    Object.assign(process.env, env)
    let passed = 0
    let failed = 0
    const stream = run({ files: e2eFiles(), concurrency: 1 })
    stream.on("test:pass", (d) => {
      if (d.nesting === 0 && !d.skip && !d.todo) {
        passed++
      }
    })
    stream.on("test:fail", (d) => {
      if (d.nesting === 0) {
        failed++
      }
    })
    const out = stream.compose(spec)
    out.pipe(process.stdout, { end: false })
    out.on("end", () => resolve({ passed, failed }))
  })
}

/** Moves the run's screenshots and the demo's log to screenshots/e2e, then removes the run's folder. */
function collect() {
  if (!workDir || !fs.existsSync(workDir)) {
    return
  }
  const runShots = path.join(workDir, "screenshots")
  fs.rmSync(SHOTS, { recursive: true, force: true })
  fs.mkdirSync(SHOTS, { recursive: true })
  for (const f of fs.existsSync(runShots) ? fs.readdirSync(runShots) : []) {
    fs.copyFileSync(path.join(runShots, f), path.join(SHOTS, f))
  }
  const logFile = path.join(workDir, "demo.log")
  if (fs.existsSync(logFile)) {
    fs.copyFileSync(logFile, path.join(SHOTS, "demo.log"))
  }
  log(`screenshots and the demo's log: ${SHOTS}`)
  fs.rmSync(workDir, { recursive: true, force: true })
  workDir = null
}

async function main() {
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(s, async () => {
      await stopDemo()
      collect()
      process.exit(130)
    })
  }
  const problem = await precheck()
  if (problem) {
    console.error(`[e2e] cannot run the browser suite: ${problem}`)
    return { passed: 0, failed: 1 }
  }
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "warranty-e2e-"))
  // `medusa develop` restarts the backend on any file written in the project (a screenshot
  // included), so the journey writes into the run's folder under /tmp; the screenshots are moved
  // to screenshots/e2e once the demo has stopped.
  const runShots = path.join(workDir, "screenshots")
  fs.mkdirSync(runShots)
  const logFile = path.join(workDir, "demo.log")
  startDemo(logFile)
  let counts
  try {
    await waitForDemo(logFile)
    await warmDashboard()
    counts = await runJourney({
      E2E_BACKEND_URL: `http://localhost:${PORT}`,
      E2E_STOREFRONT_URL: `http://localhost:${STOREFRONT_PORT}`,
      E2E_SCREENSHOTS: runShots,
      E2E_CHROMIUM: CHROMIUM,
    })
    log(`journey done after ${elapsed()}`)
  } catch (e) {
    console.error(`[e2e] ${e && e.message ? e.message : e}`)
    counts = { passed: 0, failed: 1 }
  }
  if (process.env.E2E_KEEP_DEMO === "1") {
    log(
      `E2E_KEEP_DEMO=1: the demo keeps running (backend http://localhost:${PORT}/app, storefront ` +
        `http://localhost:${STOREFRONT_PORT}); Ctrl-C stops it and moves the screenshots to ${SHOTS}`
    )
    await new Promise(() => {})
  }
  await stopDemo()
  collect()
  log(`${elapsed()} in all`)
  return counts
}

main()
  .catch((e) => {
    console.error(e)
    return { passed: 0, failed: 1 }
  })
  .then(async ({ passed, failed }) => {
    await stopDemo().catch(() => {})
    if (passed + failed === 0) {
      // The journey ended without running a step (it could not load): that is a failure.
      failed = 1
    }
    console.log(`${passed} passed, ${failed} failed`)
    process.exit(failed === 0 && passed > 0 ? 0 : 1)
  })
