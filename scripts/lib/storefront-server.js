// Used by scripts/demo.js: builds the demo storefront when its sources changed and serves
// storefront/dist with a small static server (SPA fallback) that also answers /config.json.
const fs = require("fs")
const http = require("http")
const path = require("path")
const { spawn } = require("child_process")

const root = path.resolve(__dirname, "..", "..")
const storefrontDir = path.join(root, "storefront")
const distDir = path.join(storefrontDir, "dist")
const viteBin = path.join(root, "node_modules", ".bin", "vite")

/** What the bundle is made of: the storefront, and the plugin's client, contract and texts it imports. */
const SOURCES = [
  path.join(storefrontDir, "src"),
  path.join(storefrontDir, "index.html"),
  path.join(storefrontDir, "vite.config.ts"),
  path.join(storefrontDir, "tailwind.config.js"),
  path.join(root, "src", "client"),
  path.join(root, "src", "types"),
  path.join(root, "src", "i18n"),
  path.join(root, "src", "modules", "warranty", "codes.ts"),
]

function newestMtime(p) {
  let stat
  try {
    stat = fs.statSync(p)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) {
    return stat.mtimeMs
  }
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(p)) {
    if (entry === "__tests__" || entry === "node_modules") {
      continue
    }
    newest = Math.max(newest, newestMtime(path.join(p, entry)))
  }
  return newest
}

/** True when storefront/dist is missing or older than any of its sources. */
function needsBuild() {
  let built
  try {
    built = fs.statSync(path.join(distDir, "index.html")).mtimeMs
  } catch {
    return true
  }
  return SOURCES.some((s) => newestMtime(s) > built)
}

/**
 * `vite build --config storefront/vite.config.ts` in its own process group; resolves when done.
 * `stdio` (default: the terminal) and `tail` (what to quote from its output when it fails) let
 * the caller keep vite's output in a log.
 */
function build({ log, onChild, stdio = ["ignore", "inherit", "inherit"], tail = () => "" }) {
  return new Promise((resolve, reject) => {
    const child = spawn(viteBin, ["build", "--config", path.join("storefront", "vite.config.ts"), "--logLevel", "warn"], {
      cwd: root,
      stdio,
      detached: true,
      env: { ...process.env, NODE_ENV: "production" },
    })
    onChild(child)
    child.once("error", reject)
    child.once("exit", (code, signal) => {
      onChild(null)
      if (code === 0) {
        log("storefront built into storefront/dist")
        resolve()
      } else {
        setTimeout(() => reject(new Error(`the storefront build (vite) ended with ${signal || `code ${code}`}${tail()}`)), 200)
      }
    })
  })
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
}

/**
 * Serves storefront/dist on `port`: files as they are (hashed assets cached for good), every
 * other GET the SPA's index.html, and /config.json with what the storefront needs to reach the shop.
 */
function serve({ port, config }) {
  const configBody = JSON.stringify(config)
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end()
      return
    }
    const { pathname } = new URL(req.url || "/", "http://localhost")
    if (pathname === "/config.json") {
      res.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store" })
      res.end(req.method === "HEAD" ? undefined : configBody)
      return
    }
    let file
    try {
      file = path.normalize(path.join(distDir, decodeURIComponent(pathname)))
    } catch {
      res.writeHead(400).end()
      return
    }
    if (!file.startsWith(distDir + path.sep)) {
      file = path.join(distDir, "index.html")
    }
    fs.stat(file, (err, stat) => {
      const found = !err && stat.isFile()
      if (!found && /\.[a-z0-9]+$/i.test(pathname)) {
        // A missing asset is a 404, not the app's page (a stale tab asking for an old bundle).
        res.writeHead(404, { "content-type": TYPES[".txt"] }).end("Not found")
        return
      }
      const target = found ? file : path.join(distDir, "index.html")
      const ext = path.extname(target)
      const cache = target.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache"
      res.writeHead(200, { "content-type": TYPES[ext] || "application/octet-stream", "cache-control": cache })
      if (req.method === "HEAD") {
        res.end()
        return
      }
      fs.createReadStream(target).on("error", () => res.destroy()).pipe(res)
    })
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () => resolve(server))
  })
}

module.exports = { needsBuild, build, serve, distDir }
