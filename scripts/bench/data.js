#!/usr/bin/env node
// `npm run bench:data`: a refurbished-phone shop of any size written into a database with
// set-based SQL (INSERT ... SELECT over generate_series), so that a million cards take minutes,
// not hours, on a 2-core machine. The default is the issue's size: 1,000,000 warranty cards,
// 200,000 claims and 5,000,000 claim events; the same generator makes the 10k baseline
// (`--cards 10000 --claims 2000 --events 50000`).
//
// What it writes (every table the plugin's reads touch, and Medusa's `customer` rows those reads
// name):
//   - customers (Medusa's `customer`: names, e-mails, Romanian mobile numbers), ~0.6 per card;
//   - one `warranty_policy` per model of the catalogue below;
//   - cards sold over three years (more recent ones: the shop grows), one per unit, with the
//     model's terms, an IMEI with a valid Luhn check digit on devices (R1.3: the plugin's own
//     serial rule), card numbers per year from the module's counters, statuses as time left them
//     (pending for the last days' unshipped units, active, expired, ~1% void), a sale battery
//     reading per device (R4.2; under the threshold -> replacement due, R4.3) and its
//     `warranty_battery_health_record`;
//   - claims on distinct cards, with the status mix, ages and move paths of
//     scripts/bench/seed-claims.js (the 10k desk of `npm run bench`), closed ones spread over the
//     three years, covers as on the filing day (R11.3), due days (R7.1: +30, R11.2: +15),
//     overdue claims already told (`overdue_notified_at` and a `mark_overdue` event) except those
//     that fell due yesterday (today's sweep), intake battery readings;
//   - the events: each claim's path, one `mark_overdue` where told, and staff notes in between
//     up to the total asked for;
//   - the module's counters (`warranty_sequence`), so later filings continue the numbering;
//   - ~1% of cards handed to a second owner (`warranty_card_owner`, issue 11).
// Then VACUUM ANALYZE, as autovacuum would leave a shop of that size.
//
// Randomness is PostgreSQL's random() after setseed(--seed): the same sizes and seed give the same
// shop (ids differ only in their time part). No SQL is built from data: the catalogue and the
// shapes go in as JSON parameters.
//
// Usage: node scripts/bench/data.js [--database NAME | DATABASE_URL=...] [--cards N] [--claims N]
//   [--events N] [--customers N] [--seed N]. A missing database is created (on DB_HOST/DB_PORT,
//   default localhost:5432, or an embedded PostgreSQL when none answers) and migrated with
//   `medusa db:migrate`; a database that already holds cards is refused.
const { spawn } = require("child_process")
const path = require("path")
const os = require("os")
const { Client } = require("pg")
const { ensurePostgres } = require("../lib/postgres")
const { STATUS_MIX, AGE, pathTo, MOVE_TO, ACTOR, HIDDEN, FIRST, LAST, CITIES, DEVICE_DEFECTS, DESCRIPTIONS } = require("./seed-claims")

const root = path.resolve(__dirname, "..", "..")
const DAY = 86400000

/**
 * A refurbished-phone shop's catalogue: model, storage variants, share of sales, warranty terms
 * (months, battery days, coverage), OEM-battery model (R4.5). Accessories are 12 months,
 * manufacturing defects only (R5.2).
 */
const CATALOGUE = [
  { title: "iPhone 11", variants: ["64 GB", "128 GB"], weight: 8, months: 24, battery_days: 180 },
  { title: "iPhone 12", variants: ["64 GB", "128 GB", "256 GB"], weight: 10, months: 24, battery_days: 180 },
  { title: "iPhone 12 mini", variants: ["64 GB", "128 GB"], weight: 3, months: 24, battery_days: 180 },
  { title: "iPhone 13", variants: ["128 GB", "256 GB"], weight: 12, months: 24, battery_days: 180 },
  { title: "iPhone 13 Pro", variants: ["128 GB", "256 GB", "512 GB"], weight: 6, months: 24, battery_days: 180 },
  { title: "iPhone 14", variants: ["128 GB", "256 GB"], weight: 9, months: 24, battery_days: 180 },
  { title: "iPhone 14 Pro", variants: ["128 GB", "256 GB"], weight: 6, months: 24, battery_days: 180 },
  { title: "iPhone 15", variants: ["128 GB", "256 GB"], weight: 5, months: 24, battery_days: 180 },
  { title: "iPhone SE (2022)", variants: ["64 GB", "128 GB"], weight: 4, months: 24, battery_days: 180, oem: true },
  { title: "Samsung Galaxy S21", variants: ["128 GB", "256 GB"], weight: 5, months: 24, battery_days: 180 },
  { title: "Samsung Galaxy S22", variants: ["128 GB", "256 GB"], weight: 5, months: 24, battery_days: 180 },
  { title: "Samsung Galaxy S23", variants: ["128 GB", "256 GB"], weight: 4, months: 24, battery_days: 180 },
  { title: "Samsung Galaxy A54", variants: ["128 GB"], weight: 4, months: 12, battery_days: 90, oem: true },
  { title: "Samsung Galaxy Z Flip4", variants: ["128 GB", "256 GB"], weight: 1, months: 12, battery_days: 90 },
  { title: "Google Pixel 7", variants: ["128 GB"], weight: 2, months: 24, battery_days: 180 },
  { title: "Google Pixel 8", variants: ["128 GB", "256 GB"], weight: 2, months: 24, battery_days: 180 },
  { title: "Xiaomi 13", variants: ["256 GB"], weight: 2, months: 12, battery_days: 90, oem: true },
  { title: "iPad 10.2 (2021)", variants: ["64 GB", "256 GB"], weight: 3, months: 24, battery_days: 180 },
  { title: "USB-C charger 20W", variants: ["Standard"], weight: 4, months: 12, battery_days: 0, accessory: true },
  { title: "Lightning cable 1 m", variants: ["Standard"], weight: 3, months: 12, battery_days: 0, accessory: true },
  { title: "Silicone case", variants: ["Black", "Blue"], weight: 2, months: 12, battery_days: 0, accessory: true },
]
const COLOURS = ["Black", "White", "Blue", "Midnight", "Starlight", "Graphite"]

/** One row per variant with its share of sales as a [lo, hi) slice of [0, 1). */
function variantRows() {
  const rows = []
  const total = CATALOGUE.reduce((s, p) => s + p.weight, 0)
  let lo = 0
  CATALOGUE.forEach((p, pi) => {
    const kind = p.accessory ? "accessory" : "device"
    p.variants.forEach((v, vi) => {
      const share = p.weight / total / p.variants.length
      const colour = p.accessory ? null : COLOURS[(pi + vi) % COLOURS.length]
      rows.push({
        k: rows.length,
        lo,
        hi: lo + share,
        product_id: `prod_scale${String(pi).padStart(3, "0")}`,
        variant_id: `variant_scale${String(pi).padStart(3, "0")}${vi}`,
        product_title: p.title,
        variant_title: colour ? `${v} / ${colour}` : v,
        sku: `${p.title}-${v}`.replace(/\W+/g, "-").toUpperCase(),
        kind,
        months: p.months,
        battery_days: p.battery_days,
        coverage: p.accessory ? "manufacturing_defects" : "full",
        oem: !!p.oem,
      })
      lo += share
    })
  })
  rows[rows.length - 1].hi = 1.0000001
  return rows
}

/** The move paths of seed-claims.js per status and delivery, as arrays for SQL. */
function pathRows() {
  const seen = new Set()
  const rows = []
  for (const [status] of STATUS_MIX) {
    for (const courier of [true, false]) {
      for (const r of [0.05, 0.12, 0.2, 0.5, 0.9]) {
        const moves = pathTo(status, courier, () => r)
        const key = `${status}|${courier}|${moves.join(",")}`
        if (seen.has(key)) continue
        seen.add(key)
        let from = null
        const to = []
        const froms = []
        for (const m of moves) {
          froms.push(from)
          from = MOVE_TO[m] ?? from
          to.push(from)
        }
        rows.push({
          status,
          courier,
          moves,
          froms,
          tos: to,
          actors: moves.map((m) => ACTOR[m] ?? "admin"),
          visible: moves.map((m) => !HIDDEN.has(m)),
        })
      }
    }
  }
  // Number the variants of each (status, courier) so a claim picks one by index.
  const counts = {}
  for (const row of rows) {
    const key = `${row.status}|${row.courier}`
    row.n = counts[key] = (counts[key] ?? 0) + 1
  }
  for (const row of rows) row.of = counts[`${row.status}|${row.courier}`]
  return rows
}

/** Claims per status, exactly the seed-claims mix scaled to `count`, as [lo, hi) ranges of the claim number. */
function statusRanges(count) {
  const total = STATUS_MIX.reduce((s, [, n]) => s + n, 0)
  const out = []
  let lo = 1
  STATUS_MIX.forEach(([status, n], i) => {
    const size = i === STATUS_MIX.length - 1 ? count + 1 - lo : Math.round((n * count) / total)
    // Closed and canceled claims spread over the three years; open ones are recent (seed-claims' ages).
    const [minAge, maxAge] = status === "closed" || status === "canceled" ? [AGE[status][0], 1080] : AGE[status]
    out.push({ status, lo, hi: lo + size, min_age: minAge, max_age: maxAge })
    lo += size
  })
  return out
}

/** The tables written in bulk: their secondary indexes are built once, after the rows. */
const BULK_TABLES = ["customer", "warranty_card", "warranty_claim", "warranty_claim_event", "warranty_battery_health_record"]

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** SQL expression: the 10-character ULID time part of the epoch milliseconds `ms` (a bigint expression). */
function ulidTime(ms) {
  const parts = []
  for (let i = 9; i >= 0; i--) {
    parts.push(`substr('${CROCKFORD}', ((${ms} >> ${5 * i}) & 31)::int + 1, 1)`)
  }
  return parts.join(" || ")
}
/** SQL expression: a Medusa id (`prefix_` + ULID) from a time and a unique number `n` (16 hex digits are Crockford digits too). */
const medusaId = (prefix, ts, n) =>
  `'${prefix}_' || ${ulidTime(`(extract(epoch from ${ts}) * 1000)::bigint`)} || lpad(upper(to_hex(${n})), 16, '0')`

/** A number coprime with n, for a bijection j -> (j * p) mod n that spreads claims over the cards. */
function coprimeStep(n) {
  const gcd = (a, b) => (b ? gcd(b, a % b) : a)
  let p = Math.max(7, Math.floor(n * 0.618034))
  while (gcd(p, n) !== 1) p++
  return p
}

function dayIn(date, timeZone) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date)
}

/**
 * Writes the shop through `client` (one transaction), then VACUUM ANALYZE.
 * @param {import("pg").Client} client
 * @param {{ cards: number, claims: number, events: number, customers?: number, seed?: number, timeZone?: string, log?: (m: string) => void }} opts
 */
async function generate(client, opts) {
  const log = opts.log || (() => {})
  const cards = opts.cards
  const claims = Math.min(opts.claims, cards)
  const customers = opts.customers ?? Math.max(1, Math.round(cards * 0.6))
  const timeZone = opts.timeZone || "Europe/Bucharest"
  const now = new Date()
  const today = dayIn(now, timeZone)
  const threshold = opts.batteryThreshold ?? 85
  const [{ n: existing }] = (await client.query("SELECT count(*)::int AS n FROM warranty_card")).rows
  if (existing > 0) {
    throw new Error(`the database already holds ${existing} warranty cards; generate into an empty one`)
  }
  const timed = async (label, sql, params = []) => {
    const t0 = Date.now()
    const r = await client.query(sql, params)
    log(`  ${label}: ${r.rowCount ?? "-"} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
    return r
  }
  const figures = { today, cards, claims, customers }

  await client.query("BEGIN")
  try {
    await client.query("SET LOCAL synchronous_commit = off")
    await client.query("SET LOCAL work_mem = '256MB'")
    await client.query("SET LOCAL max_parallel_workers_per_gather = 0")
    // The long id expressions make JIT compilation cost seconds per statement and win nothing here.
    await client.query("SET LOCAL jit = off")
    await client.query("SELECT setseed($1)", [((opts.seed ?? 20261130) % 1000000) / 1000000])
    const params = { today, now: now.toISOString(), tz: timeZone }

    // A bulk load builds each index once at the end instead of growing it row by row (the trigram
    // GIN indexes above all): the secondary indexes of the big tables are dropped here and created
    // again from their own definitions below, in this transaction (a failure puts them back).
    const { rows: indexes } = await client.query(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
      [BULK_TABLES]
    )
    for (const { indexname } of indexes) {
      await client.query(`DROP INDEX "${indexname.replace(/"/g, '""')}"`)
    }

    // Catalogue, paths and status ranges as small temp tables.
    await client.query(
      `CREATE TEMP TABLE sc_variant ON COMMIT DROP AS SELECT * FROM json_to_recordset($1::json) AS x(
         k int, lo float8, hi float8, product_id text, variant_id text, product_title text, variant_title text,
         sku text, kind text, months int, battery_days int, coverage text, oem boolean)`,
      [JSON.stringify(variantRows())]
    )
    await client.query(
      `CREATE TEMP TABLE sc_path ON COMMIT DROP AS SELECT * FROM json_to_recordset($1::json) AS x(
         status text, courier boolean, n int, "of" int, moves text[], froms text[], tos text[], actors text[], visible boolean[])`,
      [JSON.stringify(pathRows())]
    )
    await client.query(
      `CREATE TEMP TABLE sc_status ON COMMIT DROP AS SELECT * FROM json_to_recordset($1::json) AS x(
         status text, lo int, hi int, min_age int, max_age int)`,
      [JSON.stringify(statusRanges(claims))]
    )
    await client.query(
      `CREATE TEMP TABLE sc_words ON COMMIT DROP AS SELECT $1::text[] AS first, $2::text[] AS last, $3::json AS cities,
         $4::text[] AS defects, $5::text[] AS descriptions`,
      [FIRST, LAST, JSON.stringify(CITIES), DEVICE_DEFECTS, DESCRIPTIONS.slice(0, 7)]
    )

    // Policies: one per product (R2.2).
    await timed(
      "warranty_policy",
      `INSERT INTO warranty_policy (id, product_id, variant_id, months, battery_days, coverage, kind, created_at, updated_at)
       SELECT DISTINCT ON (product_id) 'wpol_' || product_id, product_id, NULL, months, battery_days, coverage, kind, now() - interval '1100 days', now() - interval '1100 days'
       FROM sc_variant ORDER BY product_id`
    )

    // Customers (Medusa's table): names, e-mails, Romanian mobiles; 85% with an account.
    await timed(
      "customer",
      `INSERT INTO customer (id, first_name, last_name, email, phone, has_account, created_at, updated_at)
       SELECT ${medusaId("cus", "t", "g")}, f, l, lower(f) || '.' || lower(l) || '.' || g || '@example.com',
              '+407' || lpad(((g::bigint * 7919 + 1234567) % 100000000)::text, 8, '0'), random() < 0.85, t, t
       FROM (SELECT g, w.first[1 + (g * 7) % array_length(w.first, 1)] AS f, w.last[1 + (g * 13) % array_length(w.last, 1)] AS l,
                    $1::timestamptz - (random() * 1100) * interval '1 day' AS t
             FROM generate_series(1, $2::int) g, sc_words w) s`,
      [params.now, customers]
    )
    await client.query(`CREATE TEMP TABLE sc_customer ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM customer WHERE id LIKE 'cus\\_%' AND deleted_at IS NULL`)
    await client.query("CREATE UNIQUE INDEX ON sc_customer (n)")
    const [{ n: customerRows }] = (await client.query("SELECT count(*)::int AS n FROM sc_customer")).rows

    // Cards: sale day over three years, denser towards today (the shop grows): age = 1095 * (1 - sqrt(u)).
    // Started when shipped (1-3 days after the sale); the last days' units are not shipped yet.
    await timed(
      "cards (staging)",
      `CREATE TEMP TABLE sc_card ON COMMIT DROP AS
       SELECT x.*,
              CASE WHEN x.sold_on + (1 + x.g % 3) > $5::date THEN NULL ELSE x.sold_on + (1 + x.g % 3) END AS starts_on,
              row_number() OVER (PARTITION BY extract(year FROM x.sold_on) ORDER BY x.sold_at, x.g)::int AS card_no,
              ${medusaId("wcard", "x.sold_at", "x.g")} AS id
       FROM (
         SELECT g, v.*, sold_at,
                (sold_at AT TIME ZONE $2)::date AS sold_on,
                CASE WHEN u_cust < 0.03 THEN NULL ELSE 1 + floor(u_cust2 * $4::int)::int END AS cust_n,
                CASE WHEN u_deliv < 0.7 THEN 'courier' ELSE 'pickup' END AS delivery_kind,
                u_void < 0.01 AS voided,
                CASE WHEN v.kind = 'device' THEN 78 + floor(power(u_batt, 0.35) * 23)::int END AS sale_battery,
                u_serial < 0.02 AS no_serial
         FROM (SELECT g, random() AS u_v, $1::timestamptz - ((1095 * (1 - sqrt(random()))) * interval '1 day') AS sold_at,
                      random() AS u_cust, random() AS u_cust2, random() AS u_deliv, random() AS u_void, random() AS u_batt, random() AS u_serial
               FROM generate_series(1, $3::int) g) r
         JOIN sc_variant v ON r.u_v >= v.lo AND r.u_v < v.hi
       ) x`,
      [params.now, timeZone, cards, customerRows, today]
    )
    await client.query("CREATE UNIQUE INDEX ON sc_card (g)")
    const luhn = `(SELECT ((10 - sum(CASE WHEN (15 - i) % 2 = 1 THEN (2 * d) % 10 + (2 * d) / 10 ELSE d END) % 10) % 10)::text
                   FROM (SELECT i, substr(body, i, 1)::int AS d FROM generate_series(1, 14) i) x)`
    await timed(
      "warranty_card",
      `INSERT INTO warranty_card (id, card_number, order_id, line_item_id, unit_index, product_id, variant_id, customer_id,
          product_title, variant_title, sku, serial_number, months, battery_days, coverage, kind, oem_battery_model,
          delivery_kind, fulfillment_id, issued_at, starts_on, ends_on, battery_ends_on, status, void_reason, voided_at,
          sale_battery_health, battery_replacement_due, created_at, updated_at)
       SELECT c.id, 'WC-' || extract(year FROM c.sold_on) || '-' || lpad(c.card_no::text, 6, '0'),
              ${medusaId("order", "c.sold_at", "c.g")}, ${medusaId("ordli", "c.sold_at", "c.g")}, 0,
              c.product_id, c.variant_id, cu.id, c.product_title, c.variant_title, c.sku,
              CASE WHEN c.kind = 'device' AND NOT c.no_serial THEN body || ${luhn} END,
              c.months, c.battery_days, c.coverage, c.kind, c.oem, c.delivery_kind,
              CASE WHEN c.starts_on IS NOT NULL THEN ${medusaId("ful", "c.sold_at", "c.g")} END,
              CASE WHEN c.starts_on IS NOT NULL THEN c.sold_at + interval '1 day' END,
              c.starts_on::text, e.ends_on::text,
              CASE WHEN c.battery_days > 0 THEN (c.starts_on + c.battery_days - 1)::text END,
              CASE WHEN c.voided AND c.starts_on IS NOT NULL THEN 'void' WHEN c.starts_on IS NULL THEN 'pending'
                   WHEN e.ends_on < $1::date THEN 'expired' ELSE 'active' END,
              CASE WHEN c.voided AND c.starts_on IS NOT NULL THEN 'returned within 14 days' END,
              CASE WHEN c.voided AND c.starts_on IS NOT NULL THEN c.sold_at + interval '10 days' END,
              c.sale_battery, coalesce(c.sale_battery < $2::int, false),
              c.sold_at, c.sold_at + interval '1 day'
       FROM sc_card c
       CROSS JOIN LATERAL (SELECT '35' || lpad(((c.g::bigint * 7919 + 209710000000) % 1000000000000)::text, 12, '0') AS body) b
       CROSS JOIN LATERAL (SELECT (c.starts_on + make_interval(months => c.months) - interval '1 day')::date AS ends_on) e
       LEFT JOIN sc_customer cu ON cu.n = c.cust_n`,
      [today, threshold]
    )

    // R4.2, R4.6: the sale reading of every started device.
    await timed(
      "warranty_battery_health_record (sale)",
      `INSERT INTO warranty_battery_health_record (id, percent, measured_at, source, battery_kind, recorded_by, note, warranty_card_id, created_at, updated_at)
       SELECT ${medusaId("bhr", "c.sold_at", "c.g")}, c.sale_battery, c.sold_at - interval '1 day', 'sale',
              CASE WHEN c.oem THEN 'oem' ELSE 'original' END, 'user_bench_desk', NULL, c.id, c.sold_at, c.sold_at
       FROM sc_card c WHERE c.kind = 'device' AND c.starts_on IS NOT NULL`
    )

    // Issue 11: ~1% of cards handed on to another customer (the sale row, then the transfer).
    await timed(
      "warranty_card_owner",
      `INSERT INTO warranty_card_owner (id, warranty_card_id, customer_id, source, actor, actor_id, previous_customer_id, note, created_at, updated_at)
       SELECT ${medusaId("wcown", "c.sold_at + (o.k - 1) * interval '200 days'", "c.g * 2 + o.k")}, c.id,
              CASE WHEN o.k = 1 THEN prev.id ELSE cu.id END,
              CASE WHEN o.k = 1 THEN 'sale' ELSE 'card_transfer' END,
              CASE WHEN o.k = 1 THEN 'system' ELSE 'customer' END, NULL,
              CASE WHEN o.k = 1 THEN NULL ELSE prev.id END, NULL,
              c.sold_at + (o.k - 1) * interval '200 days', c.sold_at + (o.k - 1) * interval '200 days'
       FROM sc_card c
       JOIN sc_customer cu ON cu.n = c.cust_n
       JOIN sc_customer prev ON prev.n = 1 + (c.cust_n * 31) % $1::int
       CROSS JOIN generate_series(1, 2) o(k)
       WHERE c.g % 97 = 0 AND c.starts_on IS NOT NULL AND c.starts_on < $2::date - 200`,
      [customerRows, today]
    )

    // Claims, each on its own started card (claim j -> the (j * p mod n)-th started card: spread, distinct).
    await client.query(`CREATE TEMP TABLE sc_started ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY g)::int - 1 AS n, g FROM sc_card WHERE starts_on IS NOT NULL`)
    await client.query("CREATE UNIQUE INDEX ON sc_started (n)")
    const [{ n: started }] = (await client.query("SELECT count(*)::int AS n FROM sc_started")).rows
    if (claims > started) {
      throw new Error(`${claims} claims need as many started cards; only ${started} of ${cards} cards have started`)
    }
    const step = coprimeStep(started)
    await timed(
      "claims (staging)",
      `CREATE TEMP TABLE sc_claim ON COMMIT DROP AS
       WITH picked AS (
         SELECT j, s.status, s.min_age, s.max_age, st.g, random() AS u_age, random() AS u_courier,
                random() AS u_path, random() AS u_step, random() AS u_cover, random() AS u_locale, random() AS u_def
         FROM generate_series(1, $3::int) j JOIN sc_status s ON j >= s.lo AND j < s.hi
         JOIN sc_started st ON st.n = ((j::bigint * $1::bigint) % $2::int)::int
       )
       SELECT p.*, c.id AS card_id, c.kind, c.product_id, c.variant_id, c.product_title, c.variant_title, c.months, c.battery_days,
              c.cust_n, c.starts_on AS card_starts_on,
              (c.starts_on + make_interval(months => c.months) - interval '1 day')::date AS card_ends_on,
              (c.starts_on + interval '24 months' - interval '1 day')::date AS legal_until,
              CASE WHEN p.status = 'ready' THEN false WHEN p.status IN ('awaiting_return_details', 'returning') THEN true ELSE p.u_courier < 0.6 END AS courier
       FROM picked p JOIN sc_card c ON c.g = p.g`,
      [step, started, claims]
    )
    await client.query(
      `ALTER TABLE sc_claim ADD COLUMN filed_on date, ADD COLUMN submitted_at timestamptz, ADD COLUMN step interval,
         ADD COLUMN moves text[], ADD COLUMN froms text[], ADD COLUMN tos text[], ADD COLUMN actors text[], ADD COLUMN visible boolean[],
         ADD COLUMN id text, ADD COLUMN cover text, ADD COLUMN covers jsonb, ADD COLUMN received_on date, ADD COLUMN due_on date, ADD COLUMN due_basis text,
         ADD COLUMN ticket_no int`
    )
    // Filed some days ago as its status says (never before the card started), at a shop hour; each
    // move 0.3-2.8 days after the previous one, the whole path ending before now.
    await timed(
      "claims (dates, paths)",
      `UPDATE sc_claim s SET
         filed_on = f.filed_on,
         submitted_at = f.submitted_at,
         step = least((0.3 + s.u_step * 2.5) * interval '1 day', ($1::timestamptz - f.submitted_at) / (array_length(p.moves, 1) + 1)),
         moves = p.moves, froms = p.froms, tos = p.tos, actors = p.actors, visible = p.visible
       FROM sc_claim s2
       CROSS JOIN LATERAL (SELECT greatest($2::date - (s2.min_age + floor(s2.u_age * (s2.max_age - s2.min_age + 1)))::int, s2.card_starts_on) AS filed_on) d
       CROSS JOIN LATERAL (SELECT d.filed_on, least($1::timestamptz - interval '2 hours',
                  (d.filed_on::timestamp + interval '8 hours' + (s2.u_step * 8) * interval '1 hour') AT TIME ZONE 'UTC') AS submitted_at) f
       JOIN sc_path p ON p.status = s2.status AND p.courier = s2.courier AND p.n = 1 + floor(s2.u_path * p."of")::int
       WHERE s.j = s2.j`,
      [params.now, today]
    )
    // Covers on the filing day (R11.3): the shop's own until the card ends (92%: the rest had an
    // exclusion), the legal one for 24 months (R11.2); due days +30 (R7.1) or +15 when legal (R11.2).
    await timed(
      "claims (covers, due days, numbers)",
      `UPDATE sc_claim s SET
         id = ${medusaId("wclm", "s.submitted_at", "s.j")},
         covers = cv.covers,
         cover = CASE WHEN cv.commercial THEN 'commercial' WHEN cv.legal THEN 'legal' ELSE 'paid' END,
         received_on = CASE WHEN 'receive' = ANY(s.moves) THEN (s.submitted_at + s.step) AT TIME ZONE $1 END::date,
         due_basis = CASE WHEN 'receive' = ANY(s.moves) THEN CASE WHEN cv.legal THEN 'legal' ELSE 'commercial' END END,
         ticket_no = n.no
       FROM sc_claim s2
       CROSS JOIN LATERAL (SELECT s2.filed_on <= s2.card_ends_on AND s2.u_cover < 0.92 AS commercial, s2.filed_on <= s2.legal_until AS legal) c
       CROSS JOIN LATERAL (SELECT c.commercial, c.legal, coalesce(jsonb_agg(x.cover) FILTER (WHERE x.cover IS NOT NULL), '[]'::jsonb) AS covers
                           FROM (VALUES (CASE WHEN c.commercial THEN jsonb_build_object('kind', 'commercial', 'until', s2.card_ends_on::text) END),
                                        (CASE WHEN c.legal THEN jsonb_build_object('kind', 'legal', 'until', s2.legal_until::text) END)) x(cover)) cv
       JOIN (SELECT j, row_number() OVER (PARTITION BY extract(year FROM filed_on) ORDER BY submitted_at, j)::int AS no FROM sc_claim) n ON n.j = s2.j
       WHERE s.j = s2.j`,
      [timeZone]
    )
    await client.query(`UPDATE sc_claim SET due_on = received_on + CASE WHEN due_basis = 'legal' THEN 15 ELSE 30 END WHERE received_on IS NOT NULL`)
    await client.query("CREATE UNIQUE INDEX ON sc_claim (j)")

    const moveAt = (m) => `s.submitted_at + (${m} - 1) * s.step`
    const timeOf = (move) => `(SELECT ${moveAt("i")} FROM generate_subscripts(s.moves, 1) i WHERE s.moves[i] = '${move}' ORDER BY i DESC LIMIT 1)`
    await timed(
      "warranty_claim",
      `INSERT INTO warranty_claim (id, ticket_number, warranty_card_id, order_id, customer_id, product_id, variant_id, product_title, variant_title,
          serial_number, product_kind, defects, description, delivery_method, contact, acknowledgements, locale, status, cover, covers,
          filed_covers, filed_on, received_on, due_on, due_basis, extensions, overdue_notified_at, intake, diagnosis, exclusion_reason,
          quote, fees, rejection, return_details, return_shipment, submitted_at, received_at, diagnosed_at, quoted_at, repair_started_at,
          ready_at, returned_at, closed_at, canceled_at, version, created_at, updated_at)
       SELECT s.id, 'WR-' || extract(year FROM s.filed_on) || '-' || lpad(s.ticket_no::text, 6, '0'), s.card_id, wc.order_id, wc.customer_id,
              s.product_id, s.variant_id, s.product_title, s.variant_title, wc.serial_number, s.kind,
              CASE WHEN s.kind = 'device' THEN jsonb_build_array(w.defects[1 + floor(s.u_def * array_length(w.defects, 1))::int]) ELSE '["manufacturing_defect"]'::jsonb END,
              CASE WHEN s.kind = 'device' THEN w.descriptions[1 + floor(s.u_def * array_length(w.descriptions, 1))::int] ELSE 'The charger stopped charging' END,
              CASE WHEN s.courier THEN 'courier' ELSE 'drop_off' END,
              jsonb_build_object('name', nm.name, 'contact_person', nm.name, 'phone', '+4072' || lpad((s.j % 10000000)::text, 7, '0'),
                                 'address', jsonb_build_object('address_1', 'Str. Exemplu ' || (1 + s.j % 120), 'address_2', NULL, 'city', w.cities->(s.j % 6)->>0,
                                                               'postal_code', w.cities->(s.j % 6)->>1, 'province', NULL, 'country_code', 'ro')),
              jsonb_build_object('data_backup', true, 'lock_removed', true, 'films_removed', true, 'accessories_included', s.u_cover < 0.5, 'accessories', '[]'::jsonb),
              CASE WHEN s.u_locale < 0.85 THEN 'ro' ELSE 'en' END,
              s.status, s.cover, s.covers, s.covers, s.filed_on::text, s.received_on::text, s.due_on::text, s.due_basis, NULL,
              -- Overdue claims were told on the day after their due day, except those due yesterday: today's sweep tells them.
              CASE WHEN s.status IN ('received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer') AND s.due_on < $1::date - 1
                   THEN ((s.due_on + 1)::timestamp + interval '20 minutes') AT TIME ZONE $2 END,
              CASE WHEN s.received_on IS NOT NULL THEN jsonb_build_object('accessories_received', '[]'::jsonb, 'original_packaging', s.u_path < 0.4, 'seals_intact', true,
                   'damage_notes', NULL, 'battery_percent', CASE WHEN s.kind = 'device' THEN 60 + (s.j % 41) END) END,
              CASE WHEN 'diagnose' = ANY(s.moves) AND s.status <> 'diagnosing' THEN jsonb_build_object('findings', 'Faulty display connector', 'covered', NOT ('reject' = ANY(s.moves) OR 'quote' = ANY(s.moves)),
                   'exclusion_reason', CASE WHEN 'reject' = ANY(s.moves) OR 'quote' = ANY(s.moves) THEN 'impact_liquid_damage' END, 'battery_finding', NULL) END,
              CASE WHEN 'reject' = ANY(s.moves) OR 'quote' = ANY(s.moves) THEN 'impact_liquid_damage' END,
              CASE WHEN 'quote' = ANY(s.moves) THEN jsonb_build_object('amount', 150 + s.j % 750, 'currency_code', 'ron', 'parts_to_order', '["display"]'::jsonb, 'estimated_days', 3 + s.j % 12,
                   'diagnostic_fee', jsonb_build_object('amount', 20, 'currency_code', 'eur'),
                   'decision', CASE WHEN 'decline_quote' = ANY(s.moves) THEN 'declined' WHEN 'accept_quote' = ANY(s.moves) THEN 'accepted' ELSE 'pending' END,
                   'decided_at', coalesce(${timeOf("decline_quote")}, ${timeOf("accept_quote")})) END,
              CASE WHEN 'decline_quote' = ANY(s.moves) THEN '[{"kind": "diagnostic", "amount": 20, "currency_code": "eur", "status": "due", "reason": "quote_declined"}]'::jsonb END,
              CASE WHEN 'reject' = ANY(s.moves) THEN '{"reason": "impact_liquid_damage", "note": null}'::jsonb END,
              CASE WHEN 'confirm_return_details' = ANY(s.moves) THEN jsonb_build_object('name', nm.name, 'confirmed_at', ${timeOf("confirm_return_details")}) END,
              CASE WHEN 'ship_return' = ANY(s.moves) THEN jsonb_build_object('carrier', 'FAN Courier', 'tracking_number', 'FC' || (7000000000 + s.j), 'shipped_at', ${timeOf("ship_return")}) END,
              s.submitted_at, ${timeOf("receive")}, ${timeOf("diagnose")}, ${timeOf("quote")}, ${timeOf("start_repair")}, ${timeOf("mark_ready")},
              ${timeOf("ship_return")}, ${timeOf("close")}, ${timeOf("cancel")},
              array_length(s.moves, 1) - 1, s.submitted_at, ${moveAt("array_length(s.moves, 1)")}
       FROM sc_claim s
       JOIN warranty_card wc ON wc.id = s.card_id
       CROSS JOIN sc_words w
       CROSS JOIN LATERAL (SELECT w.first[1 + s.j % array_length(w.first, 1)] || ' ' || w.last[1 + (s.j / 7) % array_length(w.last, 1)] AS name) nm`,
      [today, timeZone]
    )

    // R4.6: intake readings of received devices.
    await timed(
      "warranty_battery_health_record (intake)",
      `INSERT INTO warranty_battery_health_record (id, percent, measured_at, source, battery_kind, recorded_by, note, warranty_card_id, created_at, updated_at)
       SELECT ${medusaId("bhr", "c.received_at", "(1::bigint << 40) + s.j")}, (c.intake->>'battery_percent')::int, c.received_at, 'intake', 'original',
              'user_bench_desk', c.ticket_number, c.warranty_card_id, c.received_at, c.received_at
       FROM sc_claim s JOIN warranty_claim c ON c.id = s.id
       WHERE c.received_at IS NOT NULL AND c.intake->>'battery_percent' IS NOT NULL`
    )

    // Events: the path, the overdue notice where one was sent, and staff notes between the moves up to `events` in all.
    const [{ path_events: pathEvents, told }] = (
      await client.query(
        `SELECT sum(array_length(s.moves, 1))::int AS path_events, count(*) FILTER (WHERE c.overdue_notified_at IS NOT NULL)::int AS told
         FROM sc_claim s JOIN warranty_claim c ON c.id = s.id`
      )
    ).rows
    const notes = Math.max(0, opts.events - pathEvents - told)
    await timed(
      "warranty_claim_event (moves)",
      `INSERT INTO warranty_claim_event (id, move, from_status, to_status, actor, actor_id, data, visible_to_customer, claim_id, created_at, updated_at)
       SELECT ${medusaId("wcev", "t", "(s.j::bigint << 12) + i")}, s.moves[i], s.froms[i], s.tos[i], s.actors[i],
              CASE s.actors[i] WHEN 'customer' THEN c.customer_id WHEN 'admin' THEN 'user_bench_desk' END,
              CASE s.moves[i] WHEN 'submit' THEN jsonb_build_object('defects', c.defects, 'covers', c.covers, 'delivery_method', c.delivery_method)
                              WHEN 'receive' THEN jsonb_build_object('due_on', c.due_on, 'due_basis', c.due_basis)
                              WHEN 'reject' THEN '{"reason": "impact_liquid_damage"}'::jsonb ELSE '{}'::jsonb END,
              s.visible[i], s.id, t, t
       FROM sc_claim s JOIN warranty_claim c ON c.id = s.id
       CROSS JOIN LATERAL generate_subscripts(s.moves, 1) i
       CROSS JOIN LATERAL (SELECT ${moveAt("i")} AS t) tt`
    )
    await timed(
      "warranty_claim_event (overdue notices)",
      `INSERT INTO warranty_claim_event (id, move, from_status, to_status, actor, actor_id, data, visible_to_customer, claim_id, created_at, updated_at)
       SELECT ${medusaId("wcev", "c.overdue_notified_at", "(s.j::bigint << 12) + 4095")}, 'mark_overdue', c.status, c.status, 'system', NULL,
              jsonb_build_object('due_on', c.due_on), false, c.id, c.overdue_notified_at, c.overdue_notified_at
       FROM sc_claim s JOIN warranty_claim c ON c.id = s.id WHERE c.overdue_notified_at IS NOT NULL`
    )
    // Notes: claim j gets floor(notes / claims) or one more, each after one of its moves (in that status).
    const per = Math.floor(notes / Math.max(1, claims))
    const extra = notes - per * claims
    await timed(
      "warranty_claim_event (notes)",
      `INSERT INTO warranty_claim_event (id, move, from_status, to_status, actor, actor_id, data, visible_to_customer, claim_id, created_at, updated_at)
       SELECT ${medusaId("wcev", "t", "(s.j::bigint << 12) + 64 + k")}, 'note', s.tos[m], s.tos[m], 'admin', 'user_bench_desk',
              jsonb_build_object('note', CASE WHEN vis THEN 'We called you about the repair' ELSE 'Checked with the workshop' END), vis, s.id, t, t
       FROM sc_claim s
       CROSS JOIN LATERAL generate_series(1, $1::int + CASE WHEN s.j <= $2::int THEN 1 ELSE 0 END) k
       -- (k in the expressions: one draw per note, not one per claim)
       CROSS JOIN LATERAL (SELECT 1 + floor(random() * array_length(s.moves, 1) + 0 * k)::int AS m, random() + 0 * k < 0.3 AS vis, random() + 0 * k AS u) r
       CROSS JOIN LATERAL (SELECT least(${moveAt("r.m")} + r.u * 0.9 * s.step, $3::timestamptz - interval '1 minute') AS t) tt`,
      [per, extra, params.now]
    )

    // The module's counters, so filings made later continue the numbering (same scopes as the module).
    await timed(
      "warranty_sequence",
      `INSERT INTO warranty_sequence (id, value, created_at, updated_at)
       SELECT scope, n, now(), now() FROM (
         SELECT 'card-' || extract(year FROM sold_on) AS scope, max(card_no) AS n FROM sc_card GROUP BY 1
         UNION ALL SELECT 'claim:' || extract(year FROM filed_on), max(ticket_no) FROM sc_claim GROUP BY 1) x
       ON CONFLICT (id) DO UPDATE SET value = greatest(warranty_sequence.value, EXCLUDED.value), updated_at = now()`
    )

    await client.query("SET LOCAL maintenance_work_mem = '512MB'")
    const t0 = Date.now()
    for (const { indexdef } of indexes) {
      await client.query(indexdef)
    }
    log(`  ${indexes.length} indexes built again in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

    const counts = (
      await client.query(
        `SELECT (SELECT count(*) FROM warranty_card)::int AS cards, (SELECT count(*) FROM warranty_claim)::int AS claims,
                (SELECT count(*) FROM warranty_claim_event)::int AS events, (SELECT count(*) FROM sc_customer)::int AS customers,
                (SELECT count(*) FROM warranty_battery_health_record)::int AS battery_records,
                (SELECT count(*) FROM warranty_card_owner)::int AS owner_rows,
                (SELECT count(*) FROM warranty_claim WHERE status NOT IN ('closed', 'canceled'))::int AS open_claims,
                (SELECT count(*) FROM warranty_claim WHERE status IN ('received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer') AND due_on < $1)::int AS overdue,
                (SELECT count(*) FROM warranty_claim WHERE status IN ('received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer') AND due_on < $1 AND overdue_notified_at IS NULL)::int AS overdue_untold`,
        [today]
      )
    ).rows[0]
    Object.assign(figures, counts)
    figures.statuses = Object.fromEntries(
      (await client.query("SELECT status, count(*)::int AS n FROM warranty_claim GROUP BY status ORDER BY 2 DESC")).rows.map((r) => [r.status, r.n])
    )
    figures.card_statuses = Object.fromEntries(
      (await client.query("SELECT status, count(*)::int AS n FROM warranty_card GROUP BY status ORDER BY 2 DESC")).rows.map((r) => [r.status, r.n])
    )
    await client.query("COMMIT")
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {})
    throw e
  }
  const t0 = Date.now()
  await client.query(
    "VACUUM (ANALYZE) warranty_card, warranty_claim, warranty_claim_event, warranty_battery_health_record, warranty_card_owner, warranty_policy, warranty_sequence, customer"
  )
  log(`  VACUUM ANALYZE in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return figures
}

// ---------------------------------------------------------------------------------------------
// CLI

function args(argv) {
  const out = {}
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i])
    if (!m) throw new Error(`unknown argument ${argv[i]}`)
    out[m[1]] = m[2] ?? argv[++i]
  }
  return out
}

function count(raw, name, fallback) {
  if (raw === undefined) return fallback
  const n = Number(String(raw).replace(/[_,]/g, ""))
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number >= 1 (got ${JSON.stringify(raw)})`)
  return n
}

/** Runs `medusa db:migrate` against `url`; resolves when it ends with 0. */
function migrate(url, logFile) {
  return new Promise((resolve, reject) => {
    const fs = require("fs")
    const fd = fs.openSync(logFile, "a")
    const env = { ...process.env, DATABASE_URL: url, MEDUSA_DISABLE_TELEMETRY: "true" }
    delete env.NODE_ENV
    const proc = spawn(path.join(root, "node_modules", ".bin", "medusa"), ["db:migrate", "--execute-safe-links"], { cwd: root, env, stdio: ["ignore", fd, fd] })
    fs.closeSync(fd)
    proc.once("error", reject)
    proc.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`medusa db:migrate ended with code ${code} (log: ${logFile})`))))
  })
}

/** Creates `name` on the server of `adminUrl` and migrates it when it does not exist; returns whether it was created. */
async function ensureDatabase(adminUrl, name, url, log) {
  const admin = new Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (rowCount) return false
    if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`database names are lower-case letters, digits and _ (got ${JSON.stringify(name)})`)
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  const logFile = path.join(os.tmpdir(), `warranty-data-migrate-${process.pid}.log`)
  log(`created database ${name}; migrating (medusa db:migrate, log ${logFile})…`)
  const t0 = Date.now()
  await migrate(url, logFile)
  log(`migrated in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return true
}

async function main() {
  const a = args(process.argv.slice(2))
  const log = (m) => console.log(`[data] ${m}`)
  const sizes = {
    cards: count(a.cards, "cards", 1000000),
    claims: count(a.claims, "claims", 200000),
    events: count(a.events, "events", 5000000),
    customers: a.customers === undefined ? undefined : count(a.customers, "customers"),
    seed: count(a.seed, "seed", 20261130),
  }
  let url = process.env.DATABASE_URL
  let pg = null
  if (!url || a.database) {
    pg = await ensurePostgres({
      host: process.env.DB_HOST || "localhost",
      port: Number(process.env.DB_PORT || 5432),
      embeddedPort: Number(process.env.BENCH_PG_PORT || 54342),
      dataDir: path.join(os.tmpdir(), "warranty-data-pg"),
      persistent: true,
      log,
    })
    const auth = pg.password ? `${encodeURIComponent(pg.user)}:${encodeURIComponent(pg.password)}` : encodeURIComponent(pg.user)
    const name = a.database || `warranty_scale_${sizes.cards}`
    url = `postgres://${auth}@${pg.host}:${pg.port}/${name}`
    await ensureDatabase(`postgres://${auth}@${pg.host}:${pg.port}/postgres`, name, url, log)
  }
  const client = new Client({ connectionString: url })
  await client.connect()
  const t0 = Date.now()
  log(`generating ${sizes.cards} cards, ${sizes.claims} claims, ${sizes.events} claim events into ${url.replace(/\/\/[^@]*@/, "//")}…`)
  try {
    const figures = await generate(client, { ...sizes, log })
    log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(figures)}`)
  } finally {
    await client.end()
    if (pg && pg.embedded && !pg.reused) await pg.stop()
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`[data] FAILED: ${e.message}`)
    process.exit(1)
  })
}

module.exports = { generate, ensureDatabase, CATALOGUE }
