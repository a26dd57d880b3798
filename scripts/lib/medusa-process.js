// Shared by scripts/demo.js and scripts/bench.js: Medusa runs in its own process group (so that
// stopping it stops the server it forks), and /health tells when it answers.
const http = require("http")

function killGroup(proc, signal) {
  try {
    process.kill(-proc.pid, signal)
    return true
  } catch {
    return false // already gone
  }
}

function groupAlive(proc) {
  try {
    process.kill(-proc.pid, 0)
    return true
  } catch {
    return false
  }
}

async function waitGroupGone(proc, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (!groupAlive(proc)) {
      return true
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return !groupAlive(proc)
}

/**
 * SIGTERM (not SIGINT: `medusa develop` answers SIGINT with an interactive prompt), then SIGKILL
 * what is still there after `termMs`.
 */
async function stopGroup(proc, termMs = 15000) {
  killGroup(proc, "SIGTERM")
  if (!(await waitGroupGone(proc, termMs))) {
    killGroup(proc, "SIGKILL")
    await waitGroupGone(proc, 5000)
  }
}

/** True when Medusa answers 200 on /health at 127.0.0.1:port. */
function health(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/health", agent: false, timeout: 2000 }, (res) => {
      res.resume()
      resolve(res.statusCode === 200)
    })
    req.on("error", () => resolve(false))
    req.on("timeout", () => {
      req.destroy()
      resolve(false)
    })
  })
}

module.exports = { killGroup, groupAlive, waitGroupGone, stopGroup, health }
