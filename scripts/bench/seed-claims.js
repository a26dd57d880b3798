// `npm run bench`: a service desk's year of warranty claims, written straight into the bench's
// throw-away database in a few bulk statements (seconds, where 10,000 filings through the API
// would take the whole time budget).
//
// Each claim gets its own warranty card (the card a claim points at must exist, and a card holds
// one open claim at a time) and the event log of the path it took (submit, receive, diagnose, …).
// Statuses follow a plausible desk: ~1/6 `received`, most of the rest closed, the open ones
// spread over the later stages. Open claims are recent, closed ones spread over the past year;
// `due_on` is the receive day + 15 days (legal cover) or + 30 (otherwise), so some `received`
// claims are overdue. Ticket and card numbers come from the module's own per-year counters
// (`warranty_sequence`), reserved the way the module reserves them, so filings made later
// through the API continue the numbering instead of colliding with it.
//
// Rows are generated in JS with a fixed PRNG seed (the same data every run) and inserted with
// `json_populate_recordset`, one parameter per chunk: no SQL is built from data.

const crypto = require("crypto")

const DAY = 86400000

/** Share of each status, per 10,000 claims. */
const STATUS_MIX = [
  ["submitted", 600],
  ["received", 1667],
  ["diagnosing", 700],
  ["awaiting_customer", 350],
  ["repairing", 600],
  ["at_manufacturer", 200],
  ["ready", 150],
  ["awaiting_return_details", 150],
  ["returning", 300],
  ["rejected", 250],
  ["unrepairable", 100],
  ["closed", 4700],
  ["canceled", 233],
]

/** How many days ago a claim in this status was filed: [min, max]. */
const AGE = {
  submitted: [0, 6],
  received: [1, 20],
  diagnosing: [3, 25],
  awaiting_customer: [5, 30],
  repairing: [5, 35],
  at_manufacturer: [10, 50],
  ready: [10, 50],
  awaiting_return_details: [10, 50],
  returning: [10, 50],
  rejected: [5, 60],
  unrepairable: [10, 120],
  closed: [15, 365],
  canceled: [1, 365],
}

const PRODUCTS = [
  { title: "iPhone 13", variants: ["128 GB", "256 GB"], kind: "device", weight: 5 },
  { title: "iPhone 12", variants: ["64 GB", "128 GB"], kind: "device", weight: 4 },
  { title: "iPhone 14 Pro", variants: ["128 GB", "256 GB"], kind: "device", weight: 3 },
  { title: "Samsung Galaxy S22", variants: ["128 GB"], kind: "device", weight: 3 },
  { title: "Samsung Galaxy S24", variants: ["256 GB"], kind: "device", weight: 2 },
  { title: "Google Pixel 7", variants: ["128 GB"], kind: "device", weight: 1 },
  { title: "iPad 10.2 (2021)", variants: ["64 GB"], kind: "device", weight: 1 },
  { title: "USB-C charger 20W", variants: ["Standard"], kind: "accessory", weight: 1 },
]
const DEVICE_DEFECTS = ["display", "touch_screen", "battery", "speaker", "microphone", "power_button", "wifi", "biometric_unlock", "vibration"]
const DESCRIPTIONS = [
  "Screen flickers",
  "The battery drains in a few hours",
  "Touch does not respond in the lower part of the screen",
  "No sound from the speaker during calls",
  "Face ID stopped working",
  "The phone restarts by itself",
  "Wi-Fi drops every few minutes",
  "The charger stopped charging",
]
const FIRST = ["Ana", "Ion", "Maria", "Andrei", "Elena", "Mihai", "Ioana", "Radu", "Cristina", "Vlad"]
const LAST = ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu", "Rusu"]
const CITIES = [
  ["București", "030167"],
  ["Cluj-Napoca", "400001"],
  ["Iași", "700028"],
  ["Timișoara", "300011"],
  ["Brașov", "500030"],
  ["Constanța", "900001"],
]
const EXCLUSIONS = ["impact_liquid_damage", "water_damage", "user_damage", "outside_repair", "screen_misuse", "seals_broken"]

/** mulberry32: a small, seeded PRNG, so every run seeds the same shop. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

const pool = { bytes: Buffer.alloc(0), offset: 0 }

/** A ULID for `ms` (Medusa's ids are `prefix_` + ULID); the random part comes from crypto. */
function ulid(ms) {
  let time = ""
  let t = Math.floor(ms)
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time
    t = Math.floor(t / 32)
  }
  if (pool.offset + 16 > pool.bytes.length) {
    pool.bytes = crypto.randomBytes(16 * 4096)
    pool.offset = 0
  }
  let rand = ""
  for (let i = 0; i < 16; i++) {
    rand += CROCKFORD[pool.bytes[pool.offset++] % 32]
  }
  return time + rand
}

/** YYYY-MM-DD of an instant in a time zone. */
function dayIn(date, timeZone) {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date)
}

const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10)
function addMonths(day, n) {
  const [y, m, d] = day.split("-").map(Number)
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10)
}
/** An instant on `day` at a shop hour (10:00-17:59 Bucharest ≈ 08:00-15:59 UTC), never after `now`. */
function at(day, rnd, now) {
  const ms = Date.parse(`${day}T08:00:00Z`) + Math.floor(rnd() * 8 * 3600000)
  return new Date(Math.min(ms, now))
}

/**
 * The moves a claim in `status` went through, in order (the transition table's paths). Drop-off
 * devices leave at the counter (`ready` -> `close`), courier ones are shipped back.
 */
function pathTo(status, courier, rnd) {
  const head = ["submit", "receive", "diagnose"]
  const repaired = ["start_repair", ...(rnd() < 0.15 ? ["send_to_manufacturer", "start_repair"] : []), "mark_ready"]
  const handBack = courier ? ["request_return_details", "confirm_return_details", "ship_return"] : []
  switch (status) {
    case "submitted":
      return ["submit"]
    case "canceled":
      return ["submit", "cancel"]
    case "received":
      return ["submit", "receive"]
    case "diagnosing":
      return head
    case "awaiting_customer":
      return [...head, "quote"]
    case "repairing":
      return [...head, ...(rnd() < 0.3 ? ["quote", "accept_quote"] : []), "start_repair"]
    case "at_manufacturer":
      return [...head, "start_repair", "send_to_manufacturer"]
    case "ready":
      return [...head, "start_repair", "mark_ready"]
    case "awaiting_return_details":
      return [...head, "start_repair", "mark_ready", "request_return_details"]
    case "returning":
      return rnd() < 0.3 ? [...head, "quote", "decline_quote"] : [...head, ...repaired, ...handBack]
    case "rejected":
      return [...head, "reject"]
    case "unrepairable":
      return [...head, "mark_unrepairable"]
    case "closed": {
      const r = rnd()
      if (r < 0.1) {
        return [...head, "reject", "ship_return", "close"]
      }
      if (r < 0.18) {
        return [...head, "quote", "decline_quote", "ship_return", "close"]
      }
      return [...head, ...repaired, ...(courier ? handBack : []), "close"]
    }
    default:
      throw new Error(`no path to ${status}`)
  }
}

const MOVE_TO = {
  submit: "submitted",
  receive: "received",
  diagnose: "diagnosing",
  quote: "awaiting_customer",
  accept_quote: "repairing",
  decline_quote: "returning",
  start_repair: "repairing",
  send_to_manufacturer: "at_manufacturer",
  mark_ready: "ready",
  request_return_details: "awaiting_return_details",
  confirm_return_details: null, // stays
  ship_return: "returning",
  reject: "rejected",
  mark_unrepairable: "unrepairable",
  cancel: "canceled",
  close: "closed",
}
const ACTOR = { submit: "customer", cancel: "customer", accept_quote: "customer", decline_quote: "customer", confirm_return_details: "customer", request_return_details: "system" }
const HIDDEN = new Set(["diagnose"])

/**
 * Builds `count` cards, claims and their events.
 * @returns {{ cards: object[], claims: object[], events: object[], received: number, overdueReceived: number }}
 */
function buildClaims({ count, today, timeZone, now, seed = 20261122 }) {
  const rnd = prng(seed)
  const pick = (list) => list[Math.floor(rnd() * list.length)]
  const between = ([lo, hi]) => lo + Math.floor(rnd() * (hi - lo + 1))
  const productPool = PRODUCTS.flatMap((p) => Array(p.weight).fill(p))

  // Exactly the mix, scaled to `count`, shuffled (Fisher-Yates on the seeded PRNG).
  const total = STATUS_MIX.reduce((s, [, n]) => s + n, 0)
  const statuses = []
  for (const [status, n] of STATUS_MIX) {
    statuses.push(...Array(Math.round((n * count) / total)).fill(status))
  }
  while (statuses.length < count) statuses.push("closed")
  statuses.length = count
  for (let i = statuses.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[statuses[i], statuses[j]] = [statuses[j], statuses[i]]
  }

  // A few thousand customers, some of them with several claims.
  const customers = Array.from({ length: Math.max(1, Math.round(count * 0.3)) }, () => `cus_${ulid(now - rnd() * 900 * DAY)}`)
  const productIds = new Map(PRODUCTS.map((p) => [p.title, { id: `prod_${ulid(now - 800 * DAY)}`, variants: new Map(p.variants.map((v) => [v, `variant_${ulid(now - 800 * DAY)}`])) }]))

  const cards = []
  const claims = []
  const events = []
  let received = 0
  let overdueReceived = 0
  for (let i = 0; i < count; i++) {
    const status = statuses[i]
    const product = pick(productPool)
    const variant = pick(product.variants)
    const ids = productIds.get(product.title)
    const device = product.kind === "device"
    const customer_id = pick(customers)
    const filed_on = addDays(today, -between(AGE[status]))
    // A device waiting at the counter came by drop-off; one going back by parcel, by courier.
    const courier = status === "ready" ? false : ["awaiting_return_details", "returning"].includes(status) ? true : rnd() < 0.6
    const name = `${pick(FIRST)} ${pick(LAST)}`
    const [city, postal_code] = pick(CITIES)

    // The card: sold 1-20 months before the claim, started on shipment, 24 months (accessories 12).
    const starts_on = addDays(filed_on, -between([20, 600]))
    const months = device ? 24 : 12
    const ends_on = addDays(addMonths(starts_on, months), -1)
    const issuedAt = at(starts_on, rnd, now)
    const card = {
      id: `wcard_${ulid(issuedAt.getTime())}`,
      card_number: null, // numbered per year below
      order_id: `order_${ulid(issuedAt.getTime() - DAY)}`,
      line_item_id: `ordli_${ulid(issuedAt.getTime() - DAY)}`,
      unit_index: 0,
      product_id: ids.id,
      variant_id: ids.variants.get(variant),
      customer_id,
      product_title: product.title,
      variant_title: variant,
      sku: `${product.title}-${variant}`.replace(/\W+/g, "-").toUpperCase(),
      serial_number: device ? `35${String(209710000000 + i * 7).padStart(12, "0")}${i % 10}` : null,
      months,
      battery_days: device ? 180 : 0,
      coverage: device ? "full" : "manufacturing_defects",
      kind: product.kind,
      oem_battery_model: false,
      delivery_kind: courier ? "courier" : "pickup",
      fulfillment_id: `ful_${ulid(issuedAt.getTime())}`,
      issued_at: issuedAt.toISOString(),
      starts_on,
      ends_on,
      battery_ends_on: device ? addDays(starts_on, 179) : null,
      status: ends_on < today ? "expired" : "active",
      void_reason: null,
      voided_at: null,
      sale_battery_health: device ? between([85, 100]) : null,
      battery_replacement_due: false,
      created_at: new Date(issuedAt.getTime() - DAY).toISOString(),
      updated_at: issuedAt.toISOString(),
      deleted_at: null,
    }
    cards.push(card)

    // Covers on the filing day: legal for 24 months from the start (R11.2), the shop's own
    // cover until the card ends; the main cover is the first of commercial, legal, battery.
    const legalUntil = addDays(addMonths(starts_on, 24), -1)
    const covers = []
    if (filed_on <= ends_on && rnd() < 0.92) covers.push({ kind: "commercial", until: ends_on })
    if (filed_on <= legalUntil) covers.push({ kind: "legal", until: legalUntil })
    const cover = covers.find((c) => c.kind === "commercial") ? "commercial" : covers.length ? covers[0].kind : "paid"

    const moves = pathTo(status, courier, rnd)
    // Each move a day or a few after the previous one, but the whole path ends by today.
    const days = [filed_on]
    for (let m = 1; m < moves.length; m++) days.push(addDays(days[m - 1], between([0, 3])))
    const last = days[days.length - 1]
    if (last > today) {
      const shift = Math.round((Date.parse(last) - Date.parse(today)) / DAY)
      for (let m = 1; m < days.length; m++) days[m] = addDays(days[m], -shift) < filed_on ? filed_on : addDays(days[m], -shift)
    }
    const times = []
    for (let m = 0; m < moves.length; m++) {
      const t = at(days[m], rnd, now)
      times.push(m && t <= times[m - 1] ? new Date(times[m - 1].getTime() + 60000 + Math.floor(rnd() * 3600000)) : t)
    }
    // Moves bunched on today stay in order and in the past.
    for (let m = times.length - 1, limit = now - 1000; m >= 0; m--, limit = times[m + 1].getTime() - 60000) {
      if (times[m].getTime() > limit) times[m] = new Date(limit)
    }
    const timeOf = (move) => {
      const k = moves.lastIndexOf(move)
      return k >= 0 ? times[k].toISOString() : null
    }
    const dayOf = (move) => {
      const k = moves.indexOf(move)
      return k >= 0 ? days[k] : null
    }

    const received_on = dayOf("receive")
    const due_basis = received_on ? (covers.some((c) => c.kind === "legal") ? "legal" : "commercial") : null
    const due_on = received_on ? addDays(received_on, due_basis === "legal" ? 15 : 30) : null
    if (status === "received") {
      received++
      if (due_on < today) overdueReceived++
    }
    const diagnosed = moves.includes("diagnose") && status !== "diagnosing"
    const rejectedOn = moves.includes("reject")
    const exclusion = rejectedOn || moves.includes("quote") ? pick(EXCLUSIONS) : null
    const quoted = moves.includes("quote")
    const declined = moves.includes("decline_quote")
    const shipped = moves.includes("ship_return")
    const contactAddress = { address_1: `Str. Exemplu ${1 + (i % 120)}`, address_2: null, city, postal_code, province: null, country_code: "ro" }
    const phone = `+4072${String(1000000 + ((i * 7919) % 8999999)).slice(0, 7)}`

    const claimCreated = times[0]
    const claim = {
      id: `wclm_${ulid(claimCreated.getTime())}`,
      ticket_number: null, // numbered per year below
      warranty_card_id: card.id,
      order_id: card.order_id,
      customer_id,
      product_id: card.product_id,
      variant_id: card.variant_id,
      product_title: card.product_title,
      variant_title: card.variant_title,
      serial_number: card.serial_number,
      product_kind: product.kind,
      defects: device ? [pick(DEVICE_DEFECTS), ...(rnd() < 0.2 ? [pick(DEVICE_DEFECTS)] : [])].filter((d, k, a) => a.indexOf(d) === k) : ["manufacturing_defect"],
      description: device ? pick(DESCRIPTIONS.slice(0, 7)) : DESCRIPTIONS[7],
      delivery_method: courier ? "courier" : "drop_off",
      contact: { name, contact_person: name, phone, address: contactAddress },
      acknowledgements: { data_backup: true, lock_removed: true, films_removed: true, accessories_included: rnd() < 0.5, accessories: [] },
      locale: rnd() < 0.85 ? "ro" : "en",
      status,
      cover,
      covers,
      filed_covers: covers,
      filed_on,
      received_on,
      due_on,
      due_basis,
      extensions: moves.includes("send_to_manufacturer") && rnd() < 0.5 ? [{ reason: "manufacturer_service", due_on: addDays(due_on, 20), note: "Sent to the manufacturer's service", created_at: timeOf("send_to_manufacturer") }] : null,
      overdue_notified_at: null,
      intake: received_on
        ? { accessories_received: [], original_packaging: rnd() < 0.4, seals_intact: rnd() < 0.95, damage_notes: null, battery_percent: device ? between([60, 100]) : null }
        : null,
      diagnosis: diagnosed
        ? {
            findings: rejectedOn ? "Traces of liquid on the logic board" : quoted ? "Cracked display assembly" : "Faulty display connector",
            covered: !exclusion,
            exclusion_reason: exclusion,
            battery_finding: null,
          }
        : null,
      exclusion_reason: exclusion,
      quote: quoted
        ? {
            amount: between([150, 900]),
            currency_code: "ron",
            parts_to_order: ["display"],
            estimated_days: between([3, 14]),
            diagnostic_fee: { amount: 20, currency_code: "eur" },
            decision: declined ? "declined" : moves.includes("accept_quote") ? "accepted" : "pending",
            decided_at: timeOf("decline_quote") ?? timeOf("accept_quote"),
          }
        : null,
      fees: declined ? [{ kind: "diagnostic", amount: 20, currency_code: "eur", status: "due", reason: "quote_declined" }] : null,
      rejection: rejectedOn ? { reason: exclusion, note: null } : null,
      return_details: moves.includes("confirm_return_details") ? { name, phone, address: contactAddress, confirmed_at: timeOf("confirm_return_details") } : null,
      return_shipment: shipped ? { carrier: "FAN Courier", tracking_number: `FC${String(7000000000 + i)}`, shipped_at: timeOf("ship_return") } : null,
      submitted_at: claimCreated.toISOString(),
      received_at: timeOf("receive"),
      diagnosed_at: timeOf("diagnose"),
      quoted_at: timeOf("quote"),
      repair_started_at: timeOf("start_repair"),
      ready_at: timeOf("mark_ready"),
      returned_at: timeOf("ship_return"),
      closed_at: timeOf("close"),
      canceled_at: timeOf("cancel"),
      version: moves.length - 1,
      created_at: claimCreated.toISOString(),
      updated_at: times[times.length - 1].toISOString(),
      deleted_at: null,
    }
    claims.push(claim)

    let from = null
    for (let m = 0; m < moves.length; m++) {
      const move = moves[m]
      const to = MOVE_TO[move] ?? from
      events.push({
        id: `wcev_${ulid(times[m].getTime())}`,
        move,
        from_status: from,
        to_status: to,
        actor: ACTOR[move] ?? "admin",
        actor_id: ACTOR[move] === "customer" ? customer_id : ACTOR[move] === "system" ? null : "user_bench_desk",
        data: move === "submit" ? { defects: claim.defects, covers, delivery_method: claim.delivery_method } : move === "reject" ? { reason: exclusion } : {},
        visible_to_customer: !HIDDEN.has(move),
        claim_id: claim.id,
        created_at: times[m].toISOString(),
        updated_at: times[m].toISOString(),
        deleted_at: null,
      })
      from = to
    }
  }
  return { cards, claims, events, received, overdueReceived }
}

/** Reserves `n` numbers of a per-year counter the way the module does; returns the first. */
async function reserve(client, scope, n) {
  const { rows } = await client.query(
    `INSERT INTO warranty_sequence (id, value, created_at, updated_at) VALUES ($1, $2, now(), now())
     ON CONFLICT (id) DO UPDATE SET value = warranty_sequence.value + EXCLUDED.value, updated_at = now()
     RETURNING value`,
    [scope, n]
  )
  return Number(rows[0].value) - n + 1
}

/** Numbers rows per year of `dayOf(row)`, in time order, from the module's counter `scope(year)`. */
async function number(client, rows, dayOf, timeOf, scope, format) {
  const byYear = new Map()
  for (const row of rows) {
    const year = dayOf(row).slice(0, 4)
    if (!byYear.has(year)) byYear.set(year, [])
    byYear.get(year).push(row)
  }
  for (const [year, list] of byYear) {
    list.sort((a, b) => timeOf(a).localeCompare(timeOf(b)))
    const first = await reserve(client, scope(year), list.length)
    list.forEach((row, k) => format(row, year, first + k))
  }
}

async function insert(client, table, rows, chunk) {
  for (let k = 0; k < rows.length; k += chunk) {
    await client.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
      JSON.stringify(rows.slice(k, k + chunk)),
    ])
  }
}

/**
 * Seeds `count` claims (with their cards and events) through `client` in one transaction.
 * @param {import("pg").Client} client
 * @param {{ count: number, timeZone?: string, cardPrefix?: string, ticketPrefix?: string }} opts
 */
async function seedClaims(client, { count, timeZone = "Europe/Bucharest", cardPrefix = "WC", ticketPrefix = "WR" }) {
  const now = Date.now()
  const today = dayIn(new Date(now), timeZone)
  const data = buildClaims({ count, today, timeZone, now })
  await client.query("BEGIN")
  try {
    await number(client, data.cards, (c) => c.created_at.slice(0, 10), (c) => c.created_at, (y) => `card-${y}`, (c, y, n) => {
      c.card_number = `${cardPrefix}-${y}-${String(n).padStart(6, "0")}`
    })
    await number(client, data.claims, (c) => c.filed_on, (c) => c.created_at, (y) => `claim:${y}`, (c, y, n) => {
      c.ticket_number = `${ticketPrefix}-${y}-${String(n).padStart(6, "0")}`
    })
    await insert(client, "warranty_card", data.cards, 2500)
    await insert(client, "warranty_claim", data.claims, 2000)
    await insert(client, "warranty_claim_event", data.events, 5000)
    await client.query("COMMIT")
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {})
    throw e
  }
  // Fresh planner statistics, as autovacuum would have them on a shop that grew to this size.
  await client.query("ANALYZE warranty_card, warranty_claim, warranty_claim_event, warranty_sequence")
  const statuses = {}
  for (const c of data.claims) statuses[c.status] = (statuses[c.status] || 0) + 1
  return {
    today,
    cards: data.cards.length,
    claims: data.claims.length,
    events: data.events.length,
    customers: new Set(data.claims.map((c) => c.customer_id)).size,
    received: data.received,
    overdueReceived: data.overdueReceived,
    statuses,
  }
}

// The desk's shape (status mix, ages, paths, people) is shared with the million-row generator
// (scripts/bench/data.js), which writes the same kind of shop with set-based SQL.
module.exports = { seedClaims, buildClaims, STATUS_MIX, AGE, pathTo, MOVE_TO, ACTOR, HIDDEN, FIRST, LAST, CITIES, DEVICE_DEFECTS, DESCRIPTIONS, EXCLUSIONS }
