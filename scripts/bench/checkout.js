// P2 of `npm run bench`: cart completion (POST /store/carts/:id/complete) with the plugin's
// subscribers on and off, on one server, in alternating rounds (on off off on ...). The switch is
// scripts/bench/plugin-subscribers-switch.js, loaded into the bench's server only: while its file
// exists, each subscriber of src/subscribers returns at once on its event (Medusa's own run as
// usual). The rest of the plugin stays as it is in both (routes, middlewares, its module).
//
// A checkout is Medusa starter's: cart, item, addresses, shipping method, payment collection and
// session (not timed), then the completion (timed). One shopper, one checkout at a time: with the
// subscribers on, the cards of an order are issued (order.placed) while the next cart is prepared,
// as on a shop where checkouts follow each other. After each round the bench waits until every
// order of an "on" round has its cards, so that no issuance is left running into the next round.
const fs = require("fs")
const { performance } = require("perf_hooks")

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length

/**
 * @param deps { prepareCart(shop, customer) -> cartId, completeCart(customer, cartId) -> orderId,
 *   withDb(fn(client)), offFile, log }
 * @param opts { rounds (pairs of on/off rounds), perRound, warmup (checkouts each side) }
 */
async function measureCheckout({ prepareCart, completeCart, withDb, offFile, log }, shop, customer, opts) {
  const sides = { on: { latencies: [], orders: [] }, off: { latencies: [], orders: [] } }
  const set = (side) => (side === "off" ? fs.writeFileSync(offFile, "off\n") : fs.rmSync(offFile, { force: true }))

  /** Every order of `ids` has at least one card (the subscriber's work is done). */
  const carded = (ids, seconds) =>
    withDb(async (c) => {
      const until = Date.now() + seconds * 1000
      for (;;) {
        const { rows } = await c.query("SELECT count(DISTINCT order_id)::int AS n FROM warranty_card WHERE order_id = ANY($1)", [ids])
        if (rows[0].n >= ids.length || Date.now() > until) {
          return rows[0].n
        }
        await sleep(200)
      }
    })

  const one = async (side, record) => {
    const cartId = await prepareCart(shop, customer)
    const t0 = performance.now()
    const orderId = await completeCart(customer, cartId)
    const ms = performance.now() - t0
    if (record) {
      sides[side].latencies.push(ms)
    }
    sides[side].orders.push(orderId)
  }

  try {
    for (const side of ["on", "off"]) {
      set(side)
      log(`warm-up: ${opts.warmup} checkout(s) with the plugin's subscribers ${side}…`)
      for (let i = 0; i < opts.warmup; i++) {
        await one(side, false)
      }
    }
    const order = ["on", "off", "off", "on"]
    for (let r = 0; r < opts.rounds * 2; r++) {
      const side = order[r % 4]
      set(side)
      const t0 = Date.now()
      for (let i = 0; i < opts.perRound; i++) {
        await one(side, true)
      }
      const got = sides[side].latencies.slice(-opts.perRound)
      log(`  round ${r + 1}/${opts.rounds * 2}, subscribers ${side}: ${opts.perRound} completions, p50 ${percentile([...got].sort((a, b) => a - b), 50).toFixed(0)} ms (${((Date.now() - t0) / 1000).toFixed(1)} s)`)
      if (side === "on") {
        const t1 = Date.now()
        const n = await carded(sides.on.orders, 60)
        if (n < sides.on.orders.length) {
          throw new Error(`only ${n} of ${sides.on.orders.length} orders of the "on" rounds have cards after 60 s`)
        }
        if (Date.now() - t1 > 500) {
          log(`  (waited ${((Date.now() - t1) / 1000).toFixed(1)} s for the last cards of the round)`)
        }
      }
    }
  } finally {
    set("on")
  }
  // The switch really switched: every "on" order has its cards, no "off" order has one.
  await sleep(1000)
  const offCarded = await withDb(async (c) => {
    const { rows } = await c.query("SELECT count(DISTINCT order_id)::int AS n FROM warranty_card WHERE order_id = ANY($1)", [sides.off.orders])
    return rows[0].n
  })
  if (offCarded !== 0) {
    throw new Error(`${offCarded} order(s) placed with the plugin's subscribers off have cards: the switch did not work`)
  }
  const stats = (side) => {
    const sorted = [...sides[side].latencies].sort((a, b) => a - b)
    return { n: sorted.length, p50: percentile(sorted, 50), p90: percentile(sorted, 90), mean: mean(sorted), orders: sides[side].orders.length }
  }
  return { on: stats("on"), off: stats("off") }
}

/** The lines of the P2 section of the report. */
function checkoutReport(p2, goal) {
  const { on, off } = p2
  const row = (name, s) =>
    `    ${name.padEnd(36)}${String(s.n).padStart(6)}${s.p50.toFixed(0).padStart(9)}${s.mean.toFixed(0).padStart(9)}${s.p90.toFixed(0).padStart(9)}`
  const ratio = on.p50 / off.p50
  return [
    `P2. cart completion, POST /store/carts/:id/complete, with the plugin's subscribers on / off (latency; < 1 means on is faster)`,
    `    ${"".padEnd(36)}${"n".padStart(6)}${"p50 ms".padStart(9)}${"mean ms".padStart(9)}${"p90 ms".padStart(9)}`,
    row("plugin subscribers on (as shipped)", on),
    row("plugin subscribers off", off),
    `    ratio on / off: p50 ${ratio.toFixed(3)}, mean ${(on.mean / off.mean).toFixed(3)}, p90 ${(on.p90 / off.p90).toFixed(3)}   (goal p50 <= ${goal.toFixed(2)}: ${ratio <= goal ? "MET" : "NOT MET"})`,
    `    (every order of the "on" rounds got its cards, none of the "off" rounds did: ${on.orders} and ${off.orders} orders incl. warm-up)`,
  ]
}

module.exports = { measureCheckout, checkoutReport }
