// The service desk as a clerk uses it (issue 10): the drawers of a repair, money in the order's
// currency, labels that follow the claim, errors next to their field, names on the timeline, a
// closed claim at rest. Its own walk-in customer, order and claims are made through the HTTP API
// (as a till and the storefront would), so nothing here depends on another browser file.
const assert = require("node:assert/strict")
const { after, before } = require("node:test")
const { launch } = require("./lib/browser")
const d = require("./lib/dashboard")
const { env, admin } = require("./lib/env")
const { createJourney } = require("./lib/journey")
const { see } = require("./lib/see")

const PLUGIN_PAGE = { include: ["main"] }
const DRAWER = { include: ["[role=dialog]"] }
const ADDRESS = {
  first_name: "Maria",
  last_name: "Ionescu",
  address_1: "Str. Lipscani 10",
  city: "București",
  postal_code: "030031",
  country_code: "ro",
  phone: "+40 722 000 111",
}
const ACKS = { data_backup: true, lock_removed: true, films_removed: true, accessories_included: false, accessories: [] }

/**
 * `medusa develop` restarts when a file of the work tree changes; a request refused while it
 * restarts never reached it, so it is sent again once the server is back (up to two minutes).
 */
async function fetchWhileUp(url, init) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, init)
    } catch (e) {
      if (attempt >= 60 || e?.cause?.code !== "ECONNREFUSED") {
        throw e
      }
      await new Promise((r) => setTimeout(r, 2000))
    }
  }
}

/** One HTTP call to the demo; fails with the answer's message unless `expect` is met. */
async function call(method, path, { token, pk, body, expect = 200 } = {}) {
  const headers = { "content-type": "application/json" }
  if (token) {
    headers.authorization = `Bearer ${token}`
  }
  if (pk) {
    headers["x-publishable-api-key"] = pk
  }
  const res = await fetchWhileUp(`${env.backendUrl}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
  const data = await res.json().catch(() => ({}))
  if (res.status !== expect) {
    throw new Error(`${method} ${path}: expected ${expect}, got ${res.status}: ${JSON.stringify(data).slice(0, 400)}`)
  }
  return data
}

const state = {}
let browser
let staff

before(async () => {
  browser = await launch()
  staff = await browser.actor("desk-staff")
})

after(async () => {
  if (browser) {
    await browser.close()
  }
})

const journey = createJourney()
const ctx = (s) => ({ ...s, page: s.watch(staff.page) })
const move = (id, path, body = {}, expect = 200) =>
  call("POST", `/admin/warranty-claims/${id}/${path}`, { token: state.adminToken, body, expect })
const claimUrl = (id) => d.app(`/warranty-claims/${id}`)

/** The claim's page, fresh from the server (again after a restart of the dev server, see fetchWhileUp). */
async function openClaim(page, claim) {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(claimUrl(claim.id))
      await page.getByRole("heading", { name: claim.ticket, exact: true }).waitFor({ timeout: env.navigationTimeout / 2 })
      if (attempt > 0) {
        forgetRestartNoise(page)
      }
      return
    } catch (e) {
      if (attempt >= 2) {
        throw e
      }
      await fetchWhileUp(`${env.backendUrl}/health`)
    }
  }
}

/**
 * What the browser reports while `medusa develop` restarts (a file of the shared work tree
 * changed): the requests it refused and the chunks that could not load then. Not the plugin's;
 * dropped after the page was loaded again.
 */
const RESTART_NOISE = /ERR_CONNECTION_REFUSED|Failed to fetch dynamically imported module/

function forgetRestartNoise(page) {
  page.__problems = (page.__problems || []).filter((p) => !RESTART_NOISE.test(p.text))
}

/** The clerk signs in; again once the dev server is back if it restarted meanwhile (see fetchWhileUp). */
async function signIn(page) {
  for (let attempt = 0; ; attempt++) {
    try {
      await d.signIn(page)
      forgetRestartNoise(page)
      return
    } catch (e) {
      if (attempt >= 2) {
        throw e
      }
      await fetchWhileUp(`${env.backendUrl}/health`)
    }
  }
}

/** A walk-in customer buys two phones, two tablets and a charger; the order is shipped (the cards start, R3.2). */
async function walkInOrder() {
  const { token: adminToken } = await call("POST", "/auth/user/emailpass", { body: { email: admin.email, password: admin.password } })
  state.adminToken = adminToken
  const { api_keys } = await call("GET", "/admin/api-keys?type=publishable&limit=1", { token: adminToken })
  const pk = api_keys[0].token
  const email = `desk-${Date.now()}@example.com`
  const password = "Desk-secret-1"
  const { token: registration } = await call("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  await call("POST", "/store/customers", { token: registration, pk, body: { email, first_name: "Maria", last_name: "Ionescu" } })
  const { token } = await call("POST", "/auth/customer/emailpass", { body: { email, password } })
  const shopper = { token, pk }

  const { regions } = await call("GET", "/store/regions", { pk })
  const region = regions.find((r) => r.currency_code === "ron") ?? regions[0]
  const variant = async (handle) => {
    const { products } = await call("GET", `/store/products?handle=${handle}&region_id=${region.id}&fields=id,*variants`, { pk })
    return products[0].variants[0].id
  }
  const { cart } = await call("POST", "/store/carts", {
    ...shopper,
    body: { region_id: region.id, email, shipping_address: ADDRESS, billing_address: ADDRESS },
  })
  for (const [handle, quantity] of [
    ["xiaomi-14t", 2],
    ["ipad-10-2-2021", 2],
    ["usb-c-charger-20w", 1],
  ]) {
    await call("POST", `/store/carts/${cart.id}/line-items`, { ...shopper, body: { variant_id: await variant(handle), quantity } })
  }
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, shopper)
  const courier = shipping_options.find((o) => /courier/i.test(o.name)) ?? shipping_options[0]
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { ...shopper, body: { option_id: courier.id } })
  const { payment_collection } = await call("POST", "/store/payment-collections", { ...shopper, body: { cart_id: cart.id } })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    ...shopper,
    body: { provider_id: "pp_system_default" },
  })
  const completed = await call("POST", `/store/carts/${cart.id}/complete`, shopper)
  assert.equal(completed.type, "order", `the cart did not become an order: ${JSON.stringify(completed).slice(0, 300)}`)
  const order = completed.order

  const { stock_locations } = await call("GET", "/admin/stock-locations?limit=1", { token: adminToken })
  const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
  await call("POST", `/admin/orders/${order.id}/fulfillments`, { token: adminToken, body: { items, location_id: stock_locations[0].id } })
  const { order: fulfilled } = await call("GET", `/admin/orders/${order.id}?fields=id,*fulfillments`, { token: adminToken })
  await call("POST", `/admin/orders/${order.id}/fulfillments/${fulfilled.fulfillments[0].id}/shipments`, {
    token: adminToken,
    body: { items },
  })
  // The cards start in a subscriber of the shipment.
  let cards = []
  for (let i = 0; i < 30; i++) {
    const list = await call("GET", `/admin/warranty-cards?order_id=${order.id}&limit=20&order=unit_index`, { token: adminToken })
    cards = list.warranty_cards
    if (cards.length === 5 && cards.every((c) => c.status === "active")) {
      break
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  assert.equal(cards.filter((c) => c.status === "active").length, 5, "five active cards after the shipment")
  const phones = cards.filter((c) => c.kind === "device")
  const charger = cards.find((c) => c.kind === "accessory")
  assert.ok(charger && charger.has_battery === false, "the charger's card says it has no battery")
  assert.ok(phones.every((c) => c.has_battery === true), "the phones' and tablets' cards say they have a battery")

  // One card is old: its start is corrected back past every free cover (a paid service).
  const old = phones[3]
  await call("POST", `/admin/warranty-cards/${old.id}`, {
    token: adminToken,
    body: { starts_on: "2023-01-10", reason: "Bought at the old shop, entered late" },
  })
  const file = async (card, defects, extra = {}) => {
    const { warranty_claim } = await call("POST", "/store/warranty-claims", {
      ...shopper,
      body: { warranty_card_id: card.id, defects, description: "It stopped working", delivery_method: "drop_off", acknowledgements: ACKS, ...extra },
      expect: 201,
    })
    return { id: warranty_claim.id, ticket: warranty_claim.ticket_number }
  }
  state.repair = await file(phones[0], ["display"])
  state.quote = await file(phones[1], ["display"])
  state.diagnose = await file(phones[2], ["display"])
  state.paid = await file(old, ["display"], { paid_service_accepted: true })
  state.accessory = await file(charger, ["manufacturing_defect"])
  state.repairCard = phones[0].id

  const { user } = await call("GET", "/admin/users/me", { token: adminToken })
  if (!user.first_name && !user.last_name) {
    await call("POST", `/admin/users/${user.id}`, { token: adminToken, body: { first_name: "Ioana", last_name: "Pop" } })
    state.staffName = "Ioana Pop"
  } else {
    state.staffName = [user.first_name, user.last_name].filter(Boolean).join(" ")
  }
}

journey.step(41, "desk-setup", "a walk-in customer's order is shipped, five claims are filed on it, and the clerk signs in", [], async (s) => {
  const { page, shot } = ctx(s)
  const started = Date.now()
  await walkInOrder()
  console.log(`[desk] order, cards and claims through the API in ${Math.round((Date.now() - started) / 1000)} s`)
  await signIn(page)
  await openClaim(page, state.repair)
  console.log(`[desk] signed in and on the claim page after ${Math.round((Date.now() - started) / 1000)} s`)
  await shot(page, "submitted")
})

journey.step(42, "desk-repair-drawers", "start repair and mark ready in drawers, with a note and the battery reading; Mark ready is the main action on a repairing claim", [41], async (s) => {
  const { page, shot, a11y } = ctx(s)
  const { id, ticket } = state.repair
  await move(id, "receive", { original_packaging: true, seals_intact: true })
  await move(id, "diagnose", { findings: "Display connector loose.", covered: true })
  await openClaim(page, state.repair)

  const start = await d.openDrawer(page, "Start repair", `Start repair: ${ticket}`)
  await start.getByLabel("Repair note").fill("Connector reseated, new display flex from stock.")
  await a11y(page, "start repair drawer", DRAWER)
  await shot(page, "start-repair-drawer")
  await d.submitDrawer(start, "Start repair", `${ticket}: repair started`)
  await d.claimStatus(page, ticket, "Repairing")

  const markReady = page.getByRole("button", { name: "Mark ready", exact: true })
  await markReady.waitFor()
  assert.equal(await markReady.getAttribute("data-variant"), "primary", "Mark ready is the main action on a repairing claim")
  assert.equal(
    await page.getByRole("button", { name: "Send to manufacturer", exact: true }).getAttribute("data-variant"),
    "secondary",
    "sending to the manufacturer is not the main action"
  )
  await shot(page, "repairing")

  const ready = await d.openDrawer(page, "Mark ready", `Mark ready: ${ticket}`)
  await ready.getByLabel("What was done").fill("Display flex replaced; tested 30 minutes.")
  await ready.getByLabel("Battery health after the repair (%)").fill("95")
  await a11y(page, "mark ready drawer", DRAWER)
  await shot(page, "mark-ready-drawer")
  await d.submitDrawer(ready, "Mark ready", `${ticket}: marked ready`)
  await d.claimStatus(page, ticket, "Ready")
  await see(page, "Display flex replaced; tested 30 minutes.", { what: "the note on the timeline" })

  const { warranty_card } = await call("GET", `/admin/warranty-cards/${state.repairCard}`, { token: state.adminToken })
  const readings = warranty_card.battery_health_records.map((r) => `${r.source}:${r.percent}`)
  assert.ok(readings.includes("repair:95"), `the after-repair reading is on the card (${readings.join(", ")})`)
  assert.ok(!readings.some((r) => r.startsWith("intake:")), `no intake reading nobody took (${readings.join(", ")})`)
  await a11y(page, "claim page (ready)", PLUGIN_PAGE)
  await shot(page, "ready")
})

journey.step(43, "desk-quote", "the quote drawer is in the order's currency; a refused amount is shown next to its field inside the drawer", [41], async (s) => {
  const { page, shot, a11y } = ctx(s)
  const { id, ticket } = state.quote
  await move(id, "receive", { original_packaging: true, seals_intact: false, damage_notes: "Impact mark, top-left." })
  await move(id, "diagnose", { findings: "Impact damage to the display.", covered: false, exclusion_reason: "impact_liquid_damage" })
  await openClaim(page, state.quote)

  const quote = await d.openDrawer(page, "Send quote", `Quote ${ticket}`)
  assert.equal(await quote.getByLabel("Currency").inputValue(), "ron", "the quote starts in the order's currency")
  await see(quote, /diagnostic fee of RON\s100\.00 is due/, { what: "the fee in the order's currency" })

  // Over the API's limit: the 400 names `amount`, and the drawer shows it under the amount.
  page.__expect400 = /\/admin\/warranty-claims\/[^/]+\/quote$/
  await quote.getByLabel("Amount").fill("250000")
  await quote.getByLabel("Estimated repair time (days)").fill("5")
  await quote.getByRole("button", { name: "Send quote", exact: true }).click()
  const amountError = quote.locator("#claim-quote-amount-error")
  await amountError.waitFor()
  assert.match(await amountError.innerText(), /at most 100000/)
  await quote.getByRole("heading", { name: `Quote ${ticket}` }).waitFor()
  await a11y(page, "quote drawer with the refused amount", DRAWER)
  await shot(page, "quote-400")
  page.__expect400 = undefined

  // Another currency needs an explicit choice.
  await quote.getByLabel("Amount").fill("90")
  await quote.getByLabel("Currency").fill("eur")
  const send = quote.getByRole("button", { name: "Send quote", exact: true })
  assert.equal(await send.isDisabled(), true, "a quote in EUR on a RON order waits for the choice")
  await quote.getByLabel("Quote in EUR, although the order was paid in RON").check()
  await shot(page, "quote-other-currency")
  await d.submitDrawer(quote, "Send quote", `Quote sent for ${ticket}`)
  await d.claimStatus(page, ticket, "Awaiting customer")
  await see(page, "€90.00", { what: "the quote in the currency chosen" })
  await see(page, /^RON\s100\.00$/, { what: "the diagnostic fee in the order's currency" })
  await shot(page, "quoted")
})

journey.step(44, "desk-diagnose-labels", "the exclusion reason is required where a free cover applies and optional where none does", [41], async (s) => {
  const { page, shot, a11y } = ctx(s)
  await move(state.diagnose.id, "receive", { original_packaging: true, seals_intact: true })
  await openClaim(page, state.diagnose)
  let drawer = await d.openDrawer(page, "Diagnose", `Diagnose ${state.diagnose.ticket}`)
  await drawer.getByLabel("Findings").fill("Liquid indicator red.")
  await d.answer(drawer, "Covered by the warranty", false)
  const required = drawer.locator("[data-field=claim-exclusion]")
  await see(required, "(required)", { what: "the exclusion reason required under a free cover" })
  assert.equal(await required.getByText("(optional)").count(), 0)
  assert.equal(await drawer.getByRole("button", { name: "Save diagnosis" }).isDisabled(), true, "no save without the reason")
  await a11y(page, "diagnose drawer (reason required)", DRAWER)
  await shot(page, "required")
  await drawer.getByRole("button", { name: "Cancel" }).click()
  await drawer.waitFor({ state: "hidden" })

  await move(state.paid.id, "receive", { original_packaging: true, seals_intact: true })
  await openClaim(page, state.paid)
  drawer = await d.openDrawer(page, "Diagnose", `Diagnose ${state.paid.ticket}`)
  await drawer.getByLabel("Findings").fill("Display worn out.")
  await d.answer(drawer, "Covered by the warranty", false)
  const reason = drawer.locator("[data-field=claim-exclusion]")
  await see(reason, "(optional)", { what: "the exclusion reason optional on a paid claim" })
  assert.equal(await reason.getByText("(required)").count(), 0)
  await shot(page, "optional")
  await drawer.getByRole("button", { name: "Cancel" }).click()
})

journey.step(45, "desk-accessory", "an accessory's intake drawer and page show no battery", [41], async (s) => {
  const { page, shot } = ctx(s)
  await openClaim(page, state.accessory)
  const drawer = await d.openDrawer(page, "Receive device", `Receive ${state.accessory.ticket}`)
  await see(drawer, "Seals intact")
  assert.equal(await drawer.getByLabel("Battery health (%)").count(), 0, "no battery field for an accessory")
  await shot(page, "receive-drawer")
  await d.answer(drawer, "Original packaging", true)
  await d.answer(drawer, "Seals intact", true)
  await d.submitDrawer(drawer, "Receive device", `${state.accessory.ticket} received`)
  assert.equal(await page.getByText("Battery reading").count(), 0, "no battery line on the intake")
  assert.equal(await page.getByText(/battery warranty to/).count(), 0, "no battery date on the card")
  await shot(page, "received")
})

journey.step(46, "desk-timeline-names", "the timeline names the staff member who made each move", [42], async (s) => {
  const { page, shot } = ctx(s)
  await openClaim(page, state.repair)
  const actors = page.getByTestId("claim-event-actor")
  await see(actors.filter({ hasText: state.staffName }), state.staffName, { what: "the staff member's name on the timeline" })
  await see(actors.filter({ hasText: "Maria Ionescu" }), "Maria Ionescu", { what: "the shopper's name on the filing" })
  const texts = await actors.allInnerTexts()
  assert.ok(!texts.includes("Staff"), `no bare "Staff" (${texts.join(" | ")})`)
  assert.ok(!texts.some((t) => /\b(user|cus)_[0-9A-Z]{10,}/.test(t)), "no ids on the timeline")
  await shot(page)
})

journey.step(47, "desk-closed", "a closed claim shows no running due date, and its documents are not the main action", [42], async (s) => {
  const { page, shot, a11y } = ctx(s)
  await move(state.repair.id, "close", { note: "Collected at the counter" })
  await openClaim(page, state.repair)
  await d.claimStatus(page, state.repair.ticket, "Closed")
  await see(page.locator("[data-due=ended]"), /^Closed /, { what: "the due field saying the claim is over" })
  await see(page, /^Was due /, { what: "the old due date, as past" })
  assert.equal(await page.getByText("Overdue", { exact: true }).count(), 0)
  assert.equal(await page.getByRole("button", { name: "Parcel label" }).count(), 0, "no parcel label on a closed claim")
  const primary = page.locator("main [data-variant=primary]")
  assert.equal(await primary.count(), 0, "nothing left as a main action")
  await a11y(page, "claim page (closed)", PLUGIN_PAGE)
  await shot(page)
})
