// Used by scripts/demo.js: the demo's database, created with `pg`, and what a run finds in it.
const { Client } = require("pg")

async function withClient(url, fn) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** `medusa db:create` would rewrite .env; create the database with `pg` instead. */
async function ensureDatabase(url, log) {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""))
  if (!name) {
    throw new Error(`DATABASE_URL has no database name: ${url}`)
  }
  let lastError
  for (const adminDb of ["postgres", "template1"]) {
    const admin = new URL(url)
    admin.pathname = `/${adminDb}`
    try {
      return await withClient(admin.toString(), async (c) => {
        const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (!rowCount) {
          log(`creating database ${name}`)
          await c.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
        }
      })
    } catch (e) {
      lastError = e
    }
  }
  throw lastError
}

/**
 * What a previous run left: the seed marker (`seedMarker` on the store's metadata), the admin
 * user, the publishable key, the warranty cards and the claims.
 */
async function readState(url, { adminEmail, seedMarker }) {
  return withClient(url, async (c) => {
    const store = await c.query(`SELECT metadata FROM store WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1`)
    const admin = await c.query(`SELECT 1 FROM "user" WHERE email = $1 AND deleted_at IS NULL`, [adminEmail])
    const key = await c.query(
      `SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL
       ORDER BY created_at LIMIT 1`
    )
    const cards = await c.query(
      `SELECT count(*)::int AS n FROM warranty_card WHERE deleted_at IS NULL`
    ).catch(() => ({ rows: [{ n: null }] }))
    const claims = await c.query(
      `SELECT ticket_number, product_title, status FROM warranty_claim WHERE deleted_at IS NULL ORDER BY ticket_number`
    ).catch(() => ({ rows: [] }))
    return {
      seeded: Boolean(store.rows[0]?.metadata?.[seedMarker]),
      warrantyCards: cards.rows[0].n,
      claims: claims.rows,
      adminExists: admin.rowCount > 0,
      publishableKey: key.rows[0]?.token || null,
    }
  })
}

module.exports = { ensureDatabase, readState }
