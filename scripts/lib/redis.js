// Finds a Redis that answers on 127.0.0.1:6379, or starts Debian's redis-server on a port of its
// own (installing it with apt when missing and run as root). The suites that need Redis read the
// URL from TEST_REDIS_URL; where none can be had they fail with the reason, never skip.
const { spawn, spawnSync } = require("child_process")
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

module.exports = { ensureRedis }
