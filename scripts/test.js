#!/usr/bin/env node
// `npm test`: first the type check of the whole project (scripts/typecheck.js: server, dashboard,
// client, storefront; a type error counts as one failure), then every suite (rules, module, HTTP)
// in one Jest run, on the PostgreSQL that answers at DB_HOST:DB_PORT (from .env.test), or on an
// embedded one started for the run. Ends with the plain line "N passed, N failed" that CI reads.
// TYPECHECK=0 skips the type check (it says so) while iterating on one suite.
const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")
const { loadEnv } = require("@medusajs/framework/utils")
const { ensurePostgres, tmpDir } = require("./lib/postgres")
const { ensureRedis } = require("./lib/redis")
const { typecheck } = require("./typecheck")
const { ensureTemplate } = require("./lib/test-db-template")

const root = path.resolve(__dirname, "..")
const resultsFile = path.join(root, ".test-results.json")

async function main() {
  loadEnv("test", root)
  const host = process.env.DB_HOST || "localhost"
  const port = Number(process.env.DB_PORT || 5432)
  const pg = await ensurePostgres({
    host,
    port,
    embeddedPort: 54329,
    dataDir: tmpDir(`warranty-test-pg-${process.pid}`),
    persistent: false,
  })
  // The HTTP suites' migrated template database (scripts/lib/test-db-template.js) is found or
  // made while the type check runs: the migrations wait on PostgreSQL more than they compute.
  // TEST_DB_TEMPLATE=0 leaves it out (each suite migrates its own database, Medusa's default).
  const templateMade =
    process.env.TEST_DB_TEMPLATE === "0"
      ? Promise.resolve({ name: null, reason: "TEST_DB_TEMPLATE=0" })
      : ensureTemplate(pg).catch((e) => ({ name: null, reason: String(e) }))
  let typeFailures = 0
  if (process.env.TYPECHECK === "0") {
    console.log("typecheck skipped (TYPECHECK=0)")
  } else {
    const failed = await typecheck()
    typeFailures = failed.length ? 1 : 0
    console.log(failed.length ? `typecheck failed: ${failed.join(", ")} (counted as 1 failure)` : "typecheck passed")
  }
  const template = await templateMade
  if (template.name) {
    console.log(
      template.made
        ? `test database template ${template.name}: migrated (${template.seconds.toFixed(1)} s)`
        : `test database template ${template.name}: up to date`
    )
  } else {
    console.log(`test database template: not made, so each HTTP suite migrates its own database (${template.reason})`)
  }
  // The public check's limit held in Redis has a test of its own: it reads TEST_REDIS_URL.
  const redis = await ensureRedis()
  const env = {
    ...process.env,
    ...(redis.url ? { TEST_REDIS_URL: redis.url } : {}),
    ...(template.name ? { WARRANTY_TEST_DB_TEMPLATE: template.name } : {}),
    DB_HOST: pg.host,
    DB_PORT: String(pg.port),
    DB_USERNAME: pg.user,
    DB_PASSWORD: pg.password,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_OPTIONS: `${process.env.NODE_OPTIONS || ""} --experimental-vm-modules`.trim(),
  }
  fs.rmSync(resultsFile, { force: true })
  const jest = require.resolve("jest/bin/jest")
  // jest.config.js adds scripts/summary-reporter.js, which writes the counts to resultsFile.
  // Two workers: the HTTP suites each boot their own Medusa app on a database of their own and
  // spend much of their time waiting on events, so two run side by side on the 2-core machine
  // (JEST_WORKERS=1 runs them one after the other, as when reading one suite's output).
  const workers = Math.max(1, Number(process.env.JEST_WORKERS) || 2)
  const args = [jest, workers === 1 ? "--runInBand" : `--maxWorkers=${workers}`, "--forceExit", ...process.argv.slice(2)]
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" })
    child.on("exit", (c) => resolve(c ?? 1))
  })
  await pg.stop()
  redis.stop()

  let passed = 0
  let failed = 0
  let skipped = 0
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, "utf8"))
    passed = r.passed
    failed = r.failed + r.broken_suites
    skipped = r.skipped
  } else {
    failed = 1
  }
  failed += typeFailures
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`)
  process.exit(code === 0 && failed === 0 ? 0 : 1)
}

main().catch((e) => {
  console.error(e)
  console.log("0 passed, 1 failed")
  process.exit(1)
})
