// Used by scripts/install-check.js: commands with their output in a log file, a database client,
// and JSON over HTTP, each failing with a message that says what went wrong.
const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")
const { Client } = require("pg")

/**
 * Runs a command in its own process group with its output in <logs>/<name>.log; rejects with the
 * log's tail when it fails. `onChild` gets the child (stop it with killGroup).
 */
function run(logs, name, command, args, { cwd, env = process.env, onChild = () => {} }) {
  const file = path.join(logs, `${name}.log`)
  return new Promise((resolve, reject) => {
    const out = fs.openSync(file, "w")
    // Its own process group: stopping it stops what it started too (npm runs scripts in a shell).
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", out, out], detached: true })
    onChild(child)
    child.once("error", (e) => reject(new Error(`${command} ${args.join(" ")}: ${e.message}`)))
    child.once("exit", (code, signal) => {
      fs.closeSync(out)
      if (code === 0) {
        resolve(fs.readFileSync(file, "utf8"))
      } else {
        reject(new Error(`\`${command} ${args.join(" ")}\` ended with ${signal || `code ${code}`}; last lines of its log:\n${tail(file)}`))
      }
    })
  })
}

function tail(file, n = 25) {
  try {
    return fs
      .readFileSync(file, "utf8")
      .split("\n")
      .slice(-n)
      .map((l) => `    ${l}`)
      .join("\n")
  } catch {
    return "    (no log)"
  }
}

function assert(ok, message) {
  if (!ok) {
    throw new Error(message)
  }
}

async function withClient(url, fn) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** HTTP on the app at 127.0.0.1:port: JSON in and out. */
async function call(port, method, pathname, { token, key, body } = {}) {
  const headers = { accept: "application/json" }
  if (token) {
    headers.authorization = `Bearer ${token}`
  }
  if (key) {
    headers["x-publishable-api-key"] = key
  }
  if (body) {
    headers["content-type"] = "application/json"
  }
  const res = await fetch(`http://127.0.0.1:${port}${pathname}`, { method, headers, body: body && JSON.stringify(body) })
  const text = await res.text()
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON: reported below with the text
  }
  return { status: res.status, json, text: text.slice(0, 400) }
}

async function expectOk(port, method, pathname, opts) {
  const res = await call(port, method, pathname, opts)
  assert(res.status === 200, `${method} ${pathname} answered ${res.status}: ${res.text}`)
  return res.json
}

module.exports = { run, tail, assert, withClient, call, expectOk }
