// Finds a Redis that answers on 127.0.0.1:6379, or starts Debian's redis-server on a port of its
// own (installing it with apt when missing and run as root). The suites that need Redis read the
// URL from TEST_REDIS_URL; where none can be had they fail with the reason, never skip.
const { spawn, spawnSync } = require("child_process")
const fs = require("fs")
const path = require("path")
const { answers } = require("./postgres")

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function hasRedisServer() {
  return spawnSync("sh", ["-c", "command -v redis-server"], { stdio: "ignore" }).status === 0
}

function installRedisServer(log) {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) {
    log("[redis] redis-server is missing and this is not root: cannot install it")
    return false
  }
  log("[redis] redis-server is missing: installing Debian's redis-server")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  for (const args of [["update"], ["install", "-y", "redis-server"]]) {
    const r = spawnSync("apt-get", args, { stdio: "ignore", env })
    if (r.status !== 0) {
      log(`[redis] apt-get ${args.join(" ")} failed (exit ${r.status})`)
      return false
    }
  }
  return hasRedisServer()
}

/** @returns {Promise<{ url: string | null, stop: () => void }>} */
async function ensureRedis({ port = 56379, log = console.log } = {}) {
  if (await answers("127.0.0.1", 6379)) {
    return { url: "redis://127.0.0.1:6379", stop: () => {} }
  }
  if (!hasRedisServer() && !installRedisServer(log)) {
    return { url: null, stop: () => {} }
  }
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  })
  for (let i = 0; i < 50; i++) {
    if (await answers("127.0.0.1", port)) {
      log(`[redis] started redis-server on 127.0.0.1:${port} for this run`)
      return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() }
    }
    await sleep(100)
  }
  child.kill()
  log("[redis] redis-server did not answer within 5 s")
  return { url: null, stop: () => {} }
}

/**
 * A redis-server of the caller's own on `port` (installed with apt when missing), which it may
 * stop, kill and start again: the cluster suite restarts it under load. Its data survives a
 * restart the way a production Redis behind BullMQ keeps it: an append-only file synced on every
 * write (`appendfsync always`), in `dir`. `noeviction`: BullMQ's queues must never be evicted.
 * @returns {Promise<{ url: string, port: number, start: () => Promise<void>, stop: () => Promise<void>, kill: () => Promise<void>, restart: (how?: "stop" | "kill", pauseMs?: number) => Promise<number> }>}
 *   `restart` (down for at least `pauseMs`) returns the milliseconds Redis did not answer.
 */
async function startRedisServer({ port, dir, log = console.log }) {
  if (!hasRedisServer() && !installRedisServer(log)) {
    throw new Error(
      "redis-server is missing and could not be installed (apt-get install redis-server needs root and the Debian archive): the cluster suite needs a Redis it can restart"
    )
  }
  fs.mkdirSync(dir, { recursive: true })
  const args = [
    "--port", String(port), "--bind", "127.0.0.1", "--dir", dir,
    "--appendonly", "yes", "--appendfsync", "always", "--save", "",
    "--maxmemory-policy", "noeviction", "--logfile", path.join(dir, "redis.log"),
  ]
  let child = null
  const exited = () => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once("exit", r)))
  const start = async () => {
    if (await answers("127.0.0.1", port)) {
      throw new Error(`something already answers on 127.0.0.1:${port}: not starting a redis-server there`)
    }
    child = spawn("redis-server", args, { stdio: "ignore" })
    for (let i = 0; i < 100; i++) {
      if (await answers("127.0.0.1", port, 300)) {
        return
      }
      if (child.exitCode !== null) {
        break
      }
      await sleep(50)
    }
    child.kill("SIGKILL")
    throw new Error(`redis-server on port ${port} did not answer within 5 s (log: ${path.join(dir, "redis.log")})`)
  }
  /** SIGTERM: Redis flushes its append-only file and exits. */
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM")
      await exited()
    }
  }
  /** SIGKILL: no goodbye; what `appendfsync always` wrote is all that is kept. */
  const kill = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL")
      await exited()
    }
  }
  const restart = async (how = "stop", pauseMs = 0) => {
    const t0 = Date.now()
    await (how === "kill" ? kill() : stop())
    await sleep(pauseMs)
    await start()
    return Date.now() - t0
  }
  await start()
  log(`[redis] own redis-server on 127.0.0.1:${port} (append-only file in ${dir})`)
  return { url: `redis://127.0.0.1:${port}`, port, start, stop, kill, restart }
}

module.exports = { ensureRedis, startRedisServer }
