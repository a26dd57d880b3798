#!/usr/bin/env node
// `npm run typecheck`: `tsc --noEmit` over each part of the project with its own settings, one
// after the other: the server (tsconfig.json, what `medusa plugin:build` compiles), the dashboard
// (src/admin: JSX, DOM, strict), the storefront client (tsconfig.client.json) and the demo
// storefront (storefront/tsconfig.json), the last two when they exist. Prints which failed and
// exits 1 on any error. `scripts/test.js` runs it before the suites.
//
// Incremental: each project keeps its .tsbuildinfo under node_modules/.cache/typecheck, so a run
// after a small change reads only what changed.
const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")

const root = path.resolve(__dirname, "..")
const cacheDir = path.join(root, "node_modules", ".cache", "typecheck")
const tsc = require.resolve("typescript/bin/tsc")

const PROJECTS = [
  { name: "server", config: "tsconfig.json", required: true },
  { name: "dashboard", config: "src/admin/tsconfig.json", required: true },
  { name: "client", config: "tsconfig.client.json", required: false },
  { name: "storefront", config: "storefront/tsconfig.json", required: false },
]

function run(project) {
  const args = [
    tsc,
    "-p",
    project.config,
    "--noEmit",
    "--incremental",
    "--tsBuildInfoFile",
    path.join(cacheDir, `${project.name}.tsbuildinfo`),
    "--pretty",
    "false",
  ]
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("error", (e) => resolve({ code: 1, output: String(e), seconds: 0 }))
    child.on("exit", (code) => resolve({ code: code ?? 1, output: output.trim(), seconds: (Date.now() - started) / 1000 }))
  })
}

/**
 * Type-checks every project; `log` receives one line per project and the compiler's output of
 * those that failed. Resolves to the names of the failed projects (empty when all passed).
 */
async function typecheck(log = console.log) {
  fs.mkdirSync(cacheDir, { recursive: true })
  const failed = []
  for (const project of PROJECTS) {
    if (!fs.existsSync(path.join(root, project.config))) {
      if (project.required) {
        log(`typecheck ${project.name}: FAILED (${project.config} is missing)`)
        failed.push(project.name)
      } else {
        log(`typecheck ${project.name}: skipped (no ${project.config})`)
      }
      continue
    }
    const { code, output, seconds } = await run(project)
    if (code === 0) {
      log(`typecheck ${project.name}: ok (${seconds.toFixed(1)} s)`)
    } else {
      const errors = (output.match(/error TS\d+/g) ?? []).length
      log(`typecheck ${project.name}: FAILED, ${errors || "?"} error(s) (tsc -p ${project.config})`)
      log(output)
      failed.push(project.name)
    }
  }
  return failed
}

module.exports = { typecheck }

if (require.main === module) {
  typecheck().then(
    (failed) => {
      console.log(failed.length ? `typecheck failed: ${failed.join(", ")}` : "typecheck passed")
      process.exit(failed.length ? 1 : 0)
    },
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
