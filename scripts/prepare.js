#!/usr/bin/env node
// npm's `prepare`: runs after `npm install` in this folder, and in npm's own clone when an app
// installs the plugin from git (`npm install git+https://…/medusa-plugin-warranty.git`). The
// package is the built `.medusa/` folder, which is not committed, so a clone without it builds it
// (`npm run build`: `medusa plugin:build` and the storefront client). Where it is already built,
// nothing is rebuilt: `npm run build` does that when the sources change.
const { spawnSync } = require("child_process")
const fs = require("fs")
const path = require("path")

const root = path.resolve(__dirname, "..")
const built = ["server/src/modules/warranty/index.js", "storefront-client/cjs/index.js"].every((f) =>
  fs.existsSync(path.join(root, ".medusa", f))
)
if (built) {
  console.log("prepare: .medusa/ is built (npm run build rebuilds it)")
  process.exit(0)
}
console.log("prepare: building the plugin into .medusa/ (npm run build)…")
const npm = process.env.npm_execpath
const result = npm
  ? spawnSync(process.execPath, [npm, "run", "build"], { cwd: root, stdio: "inherit" })
  : spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" })
process.exit(result.status === null ? 1 : result.status)
