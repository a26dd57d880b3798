// Preloaded into the bench's server only (`NODE_OPTIONS=--require scripts/bench/sql-capture.js`,
// set by scripts/bench/scale.js; nothing in the plugin loads it): records the SQL text and
// parameters of every query the server sends while capture is on, so that the bench can run
// EXPLAIN (ANALYZE) on exactly the queries a route ran. Off at start; SIGUSR2 turns it on and off
// (each process of the server's group gets the signal). Lines of JSON go to WARRANTY_SQL_CAPTURE.
const fs = require("fs")
const path = require("path")

const file = process.env.WARRANTY_SQL_CAPTURE
if (file) {
  let on = false
  process.on("SIGUSR2", () => {
    on = !on
  })
  // Medusa's own `pg` and the copy MikroORM brings may be two modules: patch every copy found.
  const roots = [process.cwd(), path.join(process.cwd(), "node_modules", "@mikro-orm", "postgresql")]
  const patched = new Set()
  for (const from of roots) {
    let pg
    try {
      pg = require(require.resolve("pg", { paths: [from] }))
    } catch {
      continue
    }
    const proto = pg.Client && pg.Client.prototype
    if (!proto || patched.has(proto)) {
      continue
    }
    patched.add(proto)
    const query = proto.query
    proto.query = function (config, values, callback) {
      if (on) {
        const text = typeof config === "string" ? config : config && config.text
        const params = Array.isArray(values) ? values : config && Array.isArray(config.values) ? config.values : []
        if (text) {
          const plain = params.map((v) => (v instanceof Date ? v.toISOString() : v && typeof v === "object" && !Buffer.isBuffer(v) ? JSON.stringify(v) : v))
          fs.appendFileSync(file, `${JSON.stringify({ pid: process.pid, at: Date.now(), text, params: plain })}\n`)
        }
      }
      return query.apply(this, arguments)
    }
  }
}
