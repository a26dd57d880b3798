// Issue 12: the plugin deployed as a growing shop runs Medusa: several `medusa start` processes
// with roles (`server`: HTTP only; `worker`: subscribers, scheduled jobs, workflow retries;
// `shared`: both) on one PostgreSQL database and one Redis. Used by the cluster suite
// (integration-tests/cluster/) and `npm run bench:issuance`.
//
// What it does: finds a PostgreSQL (DB_HOST/DB_PORT, else an embedded one), creates a database of
// its own and migrates it once, starts a redis-server of its own (scripts/lib/redis.js: one it may
// restart), seeds the small shop of the HTTP tests and an admin user (scripts/bench/seed-bench.ts
// through `medusa exec`), starts and stops processes by name, SIGKILLs and restarts them,
// restarts Redis, and keeps each process's output in a log file of its own with the arrival time
// of every line (`<epoch ms> <line>`), across restarts. `teardown` ends every process group it
// started, drops the database and stops Redis; the logs stay when `keepLogs` (or on failure).
const { spawn } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")
const readline = require("readline")
const { Client } = require("pg")
const { ensurePostgres } = require("./postgres")
const { startRedisServer } = require("./redis")
const { health, killGroup, stopGroup, waitGroupGone } = require("./medusa-process")

const root = path.resolve(__dirname, "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const ROLES = ["server", "worker", "shared"]
const ADMIN = { email: "admin@example.com", password: "Cluster-secret-123" }

function pgUrl(pg, db) {
  const auth = pg.password ? `${encodeURIComponent(pg.user)}:${encodeURIComponent(pg.password)}` : encodeURIComponent(pg.user)
  return `postgres://${auth}@${pg.host}:${pg.port}/${db}`
}

/**
 * @param {{ name: string, redisPort: number, pgEmbeddedPort?: number, env?: Record<string, string>, log?: (m: string) => void, bootMs?: number }} opts
 *   `env`: added to every Medusa process (e.g. the jobs' cron settings).
 */
function createCluster(opts) {
  const log = opts.log || ((m) => console.log(`[cluster] ${m}`))
  const stamp = `${Date.now().toString(36)}_${process.pid}`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `warranty-cluster-${opts.name}-`))
  const dbName = `warranty_cluster_${opts.name}_${stamp}`.toLowerCase()
  const bootMs = opts.bootMs || 120000
  /** @type {Map<string, { name: string, role: string, port: number, logFile: string, proc: import("child_process").ChildProcess | null, exited: Promise<void> | null, starts: number }>} */
  const procs = new Map()
  const state = { pg: null, redis: null, env: null, shop: null, failed: false }
  /** `medusa exec` / `db:migrate` runs still going (teardown ends them too). */
  const execs = new Set()

  const baseEnv = () => {
    const env = { ...process.env }
    // The suite's own settings (jest's LOG_LEVEL=error, a TEST_REDIS_URL) are not the cluster's.
    for (const k of ["TEST_REDIS_URL", "JEST_WORKER_ID", "NODE_OPTIONS"]) {
      delete env[k]
    }
    return {
      ...env,
      DATABASE_URL: pgUrl(state.pg, dbName),
      REDIS_URL: state.redis.url,
      MEDUSA_DISABLE_ADMIN: "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      LOG_LEVEL: "info",
      NODE_ENV: "production",
      ...(opts.env || {}),
    }
  }

  /** Runs `medusa <args>` to the end, its output in `logFile`; rejects on a non-zero exit. */
  function runMedusa(args, env, logFile) {
    const fd = fs.openSync(logFile, "a")
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: ["ignore", fd, fd], detached: true })
    fs.closeSync(fd)
    execs.add(child)
    return new Promise((resolve, reject) => {
      child.on("exit", (code, signal) => {
        execs.delete(child)
        code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} ended with ${signal || `code ${code}`} (log: ${logFile})`))
      })
    })
  }

  async function sql(text, params = []) {
    const c = new Client({ connectionString: pgUrl(state.pg, dbName) })
    await c.connect()
    try {
      return (await c.query(text, params)).rows
    } finally {
      await c.end()
    }
  }

  async function adminSql(text) {
    const c = new Client({ connectionString: pgUrl(state.pg, "postgres") })
    await c.connect()
    try {
      await c.query(text)
    } finally {
      await c.end()
    }
  }

  /**
   * PostgreSQL, a database, Redis, the migration; with `seed`, the shop and the admin user; then
   * `then` (typically starting the processes). Never both at once: every Medusa process creates the
   * default store (and its EUR price preference) at boot when none exists, so processes booting on
   * an empty database race each other and the seed, and the loser exits ("Price preference with
   * attribute: currency_code, value: eur, already exists").
   */
  async function setup({ seed = true, then } = {}) {
    state.pg = await ensurePostgres({
      host: process.env.DB_HOST || "localhost",
      port: Number(process.env.DB_PORT || 5432),
      embeddedPort: opts.pgEmbeddedPort || 56409,
      dataDir: path.join(dir, "pg"),
      persistent: false,
      log,
    })
    await adminSql(`CREATE DATABASE "${dbName}"`)
    state.redis = await startRedisServer({ port: opts.redisPort, dir: path.join(dir, "redis"), log })
    state.env = baseEnv()
    const t0 = Date.now()
    await runMedusa(["db:migrate", "--execute-safe-links"], { ...state.env, MEDUSA_WORKER_MODE: "server" }, path.join(dir, "migrate.log"))
    log(`database ${dbName} migrated in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    if (seed) {
      await seedShop()
    }
    if (then) {
      await then()
    }
  }

  async function seedShop() {
    const out = path.join(dir, "shop.json")
    await runMedusa(
      ["exec", "./scripts/bench/seed-bench.ts"],
      { ...state.env, BENCH_SEED_OUT: out, BENCH_ADMIN_EMAIL: ADMIN.email, BENCH_ADMIN_PASSWORD: ADMIN.password },
      path.join(dir, "seed.log")
    )
    state.shop = JSON.parse(fs.readFileSync(out, "utf8"))
    log("shop and admin user seeded")
    return state.shop
  }

  /**
   * Bulk orders in batches (scripts/cluster/place-orders.ts, one `medusa exec`): `ready` resolves
   * once all are made; `emit(k)` sends batch k's `order.placed` events and resolves to
   * { order_ids, units, emitted_at }.
   */
  function prepareOrders(sizes, unitsMod = 2) {
    const work = fs.mkdtempSync(path.join(dir, "orders-"))
    const done = runMedusa(
      ["exec", "./scripts/cluster/place-orders.ts"],
      {
        ...state.env,
        CLUSTER_SHOP: path.join(dir, "shop.json"),
        CLUSTER_DIR: work,
        CLUSTER_ORDERS: sizes.join(","),
        CLUSTER_UNITS_MOD: String(unitsMod),
      },
      path.join(dir, "place-orders.log")
    )
    let failure = null
    done.catch((e) => {
      failure = e
    })
    const waitFile = async (file) => {
      while (!fs.existsSync(file)) {
        if (failure) {
          throw failure
        }
        await sleep(100)
      }
      return JSON.parse(fs.readFileSync(file, "utf8"))
    }
    return {
      ready: waitFile(path.join(work, "created.json")),
      emit: async (k) => {
        fs.writeFileSync(path.join(work, `go-${k}`), "")
        return waitFile(path.join(work, `batch-${k}.json`))
      },
      done,
    }
  }

  /**
   * Starts (or starts again) the process `name` in `role` on `port`, with `env` added to its
   * environment and `nodeArgs` given to node (e.g. `--cpu-prof`; both kept for its restarts);
   * resolves once /health answers.
   */
  async function start(name, role, port, env = {}, nodeArgs = []) {
    if (!ROLES.includes(role)) {
      throw new Error(`role must be one of ${ROLES.join(", ")} (got ${role})`)
    }
    const known = procs.get(name)
    if (known && known.proc) {
      throw new Error(`${name} is already running`)
    }
    const p = known || { name, role, port, env, nodeArgs, logFile: path.join(dir, `${name}.log`), proc: null, exited: null, starts: 0 }
    procs.set(name, p)
    p.starts++
    fs.appendFileSync(p.logFile, `${Date.now()} ===== start #${p.starts} of ${name} (${role}) on port ${port} =====\n`)
    const child = spawn(process.execPath, [...p.nodeArgs, medusaBin, "start"], {
      cwd: root,
      env: { ...state.env, ...p.env, MEDUSA_WORKER_MODE: role, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    })
    p.proc = child
    const out = fs.createWriteStream(p.logFile, { flags: "a" })
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on("line", (line) => out.write(`${Date.now()} ${line}\n`))
    }
    p.exited = new Promise((resolve) =>
      child.on("exit", (code, signal) => {
        out.write(`${Date.now()} ===== ${name} exited (${signal || `code ${code}`}) =====\n`)
        out.end()
        if (p.proc === child) {
          p.proc = null
        }
        resolve()
      })
    )
    const t0 = Date.now()
    while (!(await health(port))) {
      if (!p.proc) {
        throw new Error(`${name} (${role}) exited before answering on /health (log: ${p.logFile})`)
      }
      if (Date.now() - t0 > bootMs) {
        throw new Error(`${name} (${role}) did not answer on /health within ${bootMs / 1000} s (log: ${p.logFile})`)
      }
      await sleep(250)
    }
    log(`${name} (${role}) answers on :${port} after ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    return p
  }

  /** SIGKILL to the whole process group: no shutdown hook runs, in-flight work is cut off. */
  async function kill(name) {
    const p = procs.get(name)
    if (!p || !p.proc) {
      throw new Error(`${name} is not running`)
    }
    const child = p.proc
    killGroup(child, "SIGKILL")
    await p.exited
    await waitGroupGone(child, 5000)
    log(`${name} killed (SIGKILL)`)
  }

  /** SIGTERM (Medusa's graceful shutdown), SIGKILL after 15 s. */
  async function stop(name) {
    const p = procs.get(name)
    if (!p || !p.proc) {
      return
    }
    await stopGroup(p.proc)
    await p.exited
  }

  async function restart(name) {
    const p = procs.get(name)
    return start(name, p.role, p.port)
  }

  /** Each line of a process's log as { at, line, json }: `json` when the line is Medusa's JSON log. */
  function lines(name) {
    const p = procs.get(name)
    if (!p || !fs.existsSync(p.logFile)) {
      return []
    }
    return fs
      .readFileSync(p.logFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((raw) => {
        const sp = raw.indexOf(" ")
        const line = raw.slice(sp + 1)
        let json = null
        if (line.startsWith("{")) {
          try {
            json = JSON.parse(line)
          } catch {
            json = null
          }
        }
        return { at: Number(raw.slice(0, sp)), line, json, message: json ? String(json.message ?? "") : line }
      })
  }

  function url(name) {
    return `http://127.0.0.1:${procs.get(name).port}`
  }

  async function teardown({ keepLogs = false } = {}) {
    for (const child of execs) {
      killGroup(child, "SIGKILL")
    }
    for (const p of procs.values()) {
      if (p.proc) {
        killGroup(p.proc, "SIGKILL")
        await p.exited
      }
    }
    if (state.redis) {
      await state.redis.stop()
    }
    if (state.pg) {
      await adminSql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => log(`could not drop ${dbName}: ${e.message}`))
      await state.pg.stop()
    }
    if (keepLogs || state.failed) {
      log(`logs kept in ${dir}`)
    } else {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }

  return {
    dir,
    dbName,
    admin: ADMIN,
    setup,
    seedShop,
    prepareOrders,
    start,
    stop,
    kill,
    restart,
    restartRedis: (how, pauseMs) => state.redis.restart(how, pauseMs),
    redisUrl: () => state.redis.url,
    shop: () => state.shop,
    sql,
    lines,
    url,
    processes: () => [...procs.values()],
    markFailed: () => {
      state.failed = true
    },
    teardown,
  }
}

module.exports = { createCluster, ROLES }
