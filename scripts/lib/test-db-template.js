// The HTTP suites' migrated database, made once and cloned by every suite.
//
// Medusa's `medusaIntegrationTestRunner` creates an empty database for each spec file and runs
// every module's migrations and the link sync in it (~150 tables: 5 s of a spec file's boot alone
// on the 2-core machine, 10 s when two suites run side by side). `npm test` migrates one template
// database instead (`medusa db:migrate`, the same migrations and links), and
// integration-tests/setup.js makes the runner create each suite's database as a copy of it
// (`CREATE DATABASE … TEMPLATE`, a fraction of a second); the runner's own migration step then
// finds nothing to do and goes on exactly as before (links, app boot, snapshot, restores).
//
// The template is named after a hash of what decides the schema (the lockfile: Medusa's modules
// and their migrations; the plugin's migrations and links; medusa-config.ts), so it is kept between
// runs on the same PostgreSQL and made again when any of those change. A run that cannot make it
// says so and goes on without it (each suite then migrates its own database, as Medusa's runner
// does by default).
const crypto = require("crypto")
const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")

const root = path.resolve(__dirname, "..", "..")
const PREFIX = "warranty-test-tmpl-"

/** Every file under `dir` (recursively), sorted, as paths relative to the project. */
function filesUnder(dir) {
  const abs = path.join(root, dir)
  if (!fs.existsSync(abs)) {
    return []
  }
  return fs
    .readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)))
    .sort()
}

/** The hash of the files that decide the schema the runner would make. */
function schemaHash() {
  const modules = fs.existsSync(path.join(root, "src", "modules"))
    ? fs.readdirSync(path.join(root, "src", "modules")).map((m) => path.join("src", "modules", m, "migrations"))
    : []
  const files = [
    "package-lock.json",
    "medusa-config.ts",
    ...filesUnder(path.join("src", "links")),
    ...modules.flatMap(filesUnder),
  ].filter((f) => fs.existsSync(path.join(root, f)))
  const h = crypto.createHash("sha256")
  for (const f of files) {
    h.update(f).update("\0").update(fs.readFileSync(path.join(root, f))).update("\0")
  }
  return h.digest("hex").slice(0, 12)
}

function quote(name) {
  return `"${name.replace(/"/g, '""')}"`
}

/** Runs `medusa db:migrate` on the database at `url`; resolves to its output, rejects with it. */
function migrate(url, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, "node_modules", "@medusajs", "cli", "cli.js"),
        "db:migrate",
        // The runner runs no migration scripts; it executes every link action and search index.
        "--skip-scripts",
        "--execute-all-links",
        "--execute-all-search",
      ],
      {
        cwd: root,
        env: {
          ...env,
          DATABASE_URL: url,
          NODE_ENV: "test",
          MEDUSA_DISABLE_ADMIN: "true",
          MEDUSA_DISABLE_TELEMETRY: "true",
          LOG_LEVEL: "error",
        },
        stdio: ["ignore", "pipe", "pipe"],
      }
    )
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("error", (e) => reject(new Error(String(e))))
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`medusa db:migrate ended with ${code}:\n${out.trim().split("\n").slice(-15).join("\n")}`))))
  })
}

/**
 * Finds or makes the template on the PostgreSQL `pg` ({ host, port, user, password }).
 * Resolves to `{ name, made, seconds }`, or `{ name: null, reason }` when it could not be had.
 */
async function ensureTemplate(pg, env = process.env) {
  const started = Date.now()
  const name = `${PREFIX}${schemaHash()}`
  const { Client } = require("@medusajs/framework/pg")
  const client = new Client({ host: pg.host, port: pg.port, user: pg.user, password: pg.password || undefined, database: "postgres" })
  try {
    await client.connect()
  } catch (e) {
    return { name: null, reason: `cannot connect to PostgreSQL at ${pg.host}:${pg.port} (${e.message})` }
  }
  const exists = async (db) => (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [db])).rowCount > 0
  try {
    if (await exists(name)) {
      return { name, made: false, seconds: (Date.now() - started) / 1000 }
    }
    // Made under a name of its own and renamed once complete: a run never clones a half-migrated
    // template, and two runs making it at once both finish (the second one's copy is dropped).
    const wip = `${name}-wip-${process.pid}`
    await client.query(`DROP DATABASE IF EXISTS ${quote(wip)}`)
    await client.query(`CREATE DATABASE ${quote(wip)}`)
    const auth = pg.password ? `${encodeURIComponent(pg.user)}:${encodeURIComponent(pg.password)}` : encodeURIComponent(pg.user)
    try {
      await migrate(`postgres://${auth}@${pg.host}:${pg.port}/${wip}`, env)
    } catch (e) {
      await client.query(`DROP DATABASE IF EXISTS ${quote(wip)}`).catch(() => {})
      return { name: null, reason: e.message }
    }
    try {
      await client.query(`ALTER DATABASE ${quote(wip)} RENAME TO ${quote(name)}`)
    } catch (e) {
      await client.query(`DROP DATABASE IF EXISTS ${quote(wip)}`).catch(() => {})
      if (!(await exists(name))) {
        return { name: null, reason: e.message }
      }
    }
    return { name, made: true, seconds: (Date.now() - started) / 1000 }
  } catch (e) {
    return { name: null, reason: e.message }
  } finally {
    await client.end().catch(() => {})
  }
}

module.exports = { ensureTemplate, schemaHash, TEMPLATE_PREFIX: PREFIX }
