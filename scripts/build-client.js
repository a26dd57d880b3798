#!/usr/bin/env node
// Builds `medusa-plugin-warranty/client` from src/client (and the API contract it re-exports)
// with tsconfig.client.json into .medusa/storefront-client (not .medusa/client, which is the
// folder of Medusa's own dev dashboard):
//   esm/    ES modules for browsers, bundlers and Node's `import` ({"type":"module"} marker)
//   cjs/    CommonJS for Node's `require` ({"type":"commonjs"} marker)
//   types/  declarations: types/client/index.d.ts beside types/types/ (the contract)
// The client may load nothing at runtime but @medusajs/js-sdk: the build fails if it does.
// Only the three folders above are this build's, and only they are replaced.
const fs = require("fs")
const os = require("os")
const path = require("path")
const ts = require("typescript")

const root = path.resolve(__dirname, "..")
const out = path.join(root, ".medusa", "storefront-client")
const OWN = ["esm", "cjs", "types"]
const ALLOWED_PACKAGES = ["@medusajs/js-sdk"]

function readConfig() {
  const file = path.join(root, "tsconfig.client.json")
  const parsed = ts.getParsedCommandLineOfConfigFile(file, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: fail })
  if (!parsed || parsed.errors.length) {
    fail(parsed?.errors ?? [])
  }
  return parsed
}

function fail(diagnostics) {
  const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics]
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" }
  console.error(ts.formatDiagnosticsWithColorAndContext(list, host))
  process.exit(1)
}

// One host for the three emits, so the sources and lib files are parsed once.
function cachingHost(options) {
  const host = ts.createCompilerHost(options)
  const cache = new Map()
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const key = `${fileName}:${JSON.stringify(languageVersion)}`
    if (!cache.has(key)) {
      cache.set(key, getSourceFile(fileName, languageVersion, ...rest))
    }
    return cache.get(key)
  }
  return host
}

function emit(config, host, overrides) {
  const options = { ...config.options, noEmit: false, ...overrides }
  const program = ts.createProgram({ rootNames: config.fileNames, options, host })
  const diagnostics = [...ts.getPreEmitDiagnostics(program)]
  const result = program.emit()
  diagnostics.push(...result.diagnostics)
  if (diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error)) {
    fail(diagnostics)
  }
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? walk(p) : [p]
  })
}

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(["'])([^"']+)\2/gm

/** Node's ESM loader needs file extensions; the sources (like the rest of the repo) leave them out. */
function withExtensions(file) {
  const dir = path.dirname(file)
  const text = fs.readFileSync(file, "utf8").replace(SPECIFIER, (all, lead, quote, spec) => {
    if (!spec.startsWith(".") || /\.(js|mjs|cjs|json)$/.test(spec)) {
      return all
    }
    const target = path.resolve(dir, spec)
    const isDir = fs.existsSync(target) && fs.statSync(target).isDirectory()
    return `${lead}${quote}${spec}${isDir ? "/index.js" : ".js"}${quote}`
  })
  fs.writeFileSync(file, text)
}

/** The JS of src/client only: the contract is type-only and must leave no runtime trace. */
function placeRuntime(from, to) {
  fs.cpSync(path.join(from, "client"), to, { recursive: true })
  for (const file of walk(to).filter((f) => f.endsWith(".js"))) {
    for (const [, , , spec] of fs.readFileSync(file, "utf8").matchAll(SPECIFIER)) {
      const inside = spec.startsWith(".") && path.resolve(path.dirname(file), spec).startsWith(to)
      if (!inside && !ALLOWED_PACKAGES.includes(spec)) {
        console.error(`build-client: ${path.relative(root, file)} loads "${spec}" at runtime; the client may load only ${ALLOWED_PACKAGES.join(", ")}`)
        process.exit(1)
      }
    }
  }
}

function main() {
  const started = Date.now()
  const config = readConfig()
  const host = cachingHost(config.options)
  for (const dir of OWN) {
    fs.rmSync(path.join(out, dir), { recursive: true, force: true })
  }
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "warranty-client-"))

  emit(config, host, { outDir: path.join(staging, "esm"), module: ts.ModuleKind.ES2020 })
  emit(config, host, {
    outDir: path.join(staging, "cjs"),
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
  })
  emit(config, host, { outDir: path.join(out, "types"), declaration: true, emitDeclarationOnly: true })

  placeRuntime(path.join(staging, "esm"), path.join(out, "esm"))
  placeRuntime(path.join(staging, "cjs"), path.join(out, "cjs"))
  fs.rmSync(staging, { recursive: true, force: true })

  for (const file of walk(path.join(out, "esm"))) {
    withExtensions(file)
  }
  for (const file of walk(path.join(out, "types")).filter((f) => f.endsWith(".d.ts"))) {
    withExtensions(file)
  }
  fs.writeFileSync(path.join(out, "esm", "package.json"), `${JSON.stringify({ type: "module" }, null, 2)}\n`)
  fs.writeFileSync(path.join(out, "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`)
  console.log(`build-client: .medusa/storefront-client (esm, cjs, types) in ${((Date.now() - started) / 1000).toFixed(1)}s`)
}

main()
