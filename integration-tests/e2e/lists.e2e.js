// Finding and following work (issue 10, section 2), as a clerk at the desk does it in the Medusa
// dashboard: the claims list searched by an IMEI typed in groups, Back to the same list from the
// claim (search, filters and sort kept in the URL), a shared link, the shopper column, the
// customer page's claims, the cards page search. Builds on the demo's seeded claims (the
// shopper@example.com customer, Andrei Popescu) only; the IMEI it searches by is set here.
const { after, before } = require("node:test")
const assert = require("node:assert/strict")
const { widgetScope } = require("./lib/a11y")
const { launch } = require("./lib/browser")
const d = require("./lib/dashboard")
const { env, shopper } = require("./lib/env")
const { createJourney } = require("./lib/journey")
const { imeiFrom, see } = require("./lib/see")

const PLUGIN_PAGE = { include: ["main"] }
/** The dashboard's names of the claim statuses the demo's claims may be in (src/admin/lib/format.ts). */
const STATUS_LABELS = {
  submitted: "Submitted",
  received: "Received",
  diagnosing: "Diagnosing",
  awaiting_customer: "Awaiting customer",
  repairing: "Repairing",
  at_manufacturer: "At manufacturer",
  ready: "Ready",
  awaiting_return_details: "Awaiting return details",
  returning: "Returning",
  unrepairable: "Unrepairable",
  offered: "Offered",
}
const SEARCH = "Ticket number or IMEI"

const state = {}
let browser
let staff
let colleague

before(async () => {
  browser = await launch()
  staff = await browser.actor("staff-lists")
  // A second clerk, who opens the link the first one shares.
  colleague = await browser.actor("staff-colleague")
})

after(async () => {
  if (browser) {
    await browser.close()
  }
})

/** The admin API with the signed-in clerk's session (the dashboard's own cookie). */
async function adminApi(page, path, body) {
  const url = `${env.backendUrl}${path}`
  const res = body ? await page.request.post(url, { data: body }) : await page.request.get(url)
  if (!res.ok()) {
    throw new Error(`${body ? "POST" : "GET"} ${path}: ${res.status()} ${await res.text()}`)
  }
  return res.json()
}

/** `35 209900 176148 1`: an IMEI as it is printed on a box, in groups. */
const grouped = (imei, sep) => [imei.slice(0, 2), imei.slice(2, 8), imei.slice(8, 14), imei.slice(14)].join(sep)

/** The filter chip Medusa's DataTable shows above the list ("Status is Repairing"). */
async function filterChip(page, label) {
  const clear = page.getByRole("button", { name: "Clear all" })
  await clear.waitFor()
  await see(clear.locator(".."), label, { what: `the filter chip "${label}"` })
}

/** The rows of the list's table (the header row left out). */
const bodyRows = (page) => page.locator("main table tbody tr")

/**
 * Waits until the list shows one row and it holds `text`: the previous results stay on screen
 * while a new search loads (as in Medusa's lists), so a person waits for the list to settle.
 */
async function onlyRow(page, text, what) {
  const rows = bodyRows(page)
  const deadline = Date.now() + env.actionTimeout
  let count = await rows.count()
  while ((count !== 1 || !(await rows.first().innerText()).includes(text)) && Date.now() < deadline) {
    await page.waitForTimeout(250)
    count = await rows.count()
  }
  assert.equal(count, 1, `${what}: the list shows ${count} rows`)
  await see(rows.first(), text, { what })
}

/**
 * The remove button of a filter chip is Medusa UI's DataTable DOM with no name of its own, like the
 * menu triggers lib/a11y.js leaves out: it is marked the same way before axe runs.
 */
async function markFilterChips(page) {
  await page.evaluate(() => {
    const clear = [...document.querySelectorAll("main button")].find((b) => b.textContent.trim() === "Clear all")
    for (const el of clear && clear.parentElement ? clear.parentElement.querySelectorAll("button") : []) {
      if (!el.textContent.trim() && !el.getAttribute("aria-label")) {
        el.setAttribute("data-e2e-medusa-ui", "")
      }
    }
  })
}

const journey = createJourney()

journey.step(1, "claims-search-back", "search a claim by its IMEI typed in groups, open it, go Back: the same search, filter and sort", [], async (s) => {
  const page = s.watch(staff.page)
  await d.signIn(page)
  // The seeded claim on the iPhone 15 Pro, and an IMEI on its card (set after filing, as a clerk does at intake).
  const { warranty_claims: seeded } = await adminApi(page, `/admin/warranty-claims?q=${encodeURIComponent("iPhone 15 Pro")}&limit=50`)
  const claim = seeded.find((c) => c.customer && c.customer.email === shopper.email)
  assert.ok(claim, "the demo's claim on the iPhone 15 Pro")
  state.claim = claim
  state.others = seeded.length
  const { warranty_card: card } = await adminApi(page, `/admin/warranty-cards/${claim.warranty_card_id}`)
  state.imei = card.serial_number || imeiFrom(`35${String(Date.now()).slice(-12)}`)
  if (!card.serial_number) {
    await adminApi(page, `/admin/warranty-cards/${card.id}`, { serial_number: state.imei })
  }

  // The list as a clerk left it: filtered by the claim's status, sorted by due date (a bookmark).
  await page.goto(d.app(`/warranty-claims?status=${claim.status}&order=due_on`))
  await page.getByRole("heading", { name: "Warranty claims" }).waitFor({ timeout: env.navigationTimeout })
  await filterChip(page, STATUS_LABELS[claim.status])
  const typed = grouped(state.imei, " ")
  await page.getByPlaceholder(SEARCH).fill(typed)
  await page.waitForURL((url) => url.searchParams.get("q") === typed)
  const row = bodyRows(page).filter({ hasText: claim.ticket_number })
  await see(row, claim.ticket_number, { what: "the claim found by its IMEI typed in groups" })
  await onlyRow(page, claim.ticket_number, "only the claim whose card has that IMEI")
  await markFilterChips(page)
  await s.a11y(page, "Warranty claims page (searched)", PLUGIN_PAGE)
  await s.shot(page, "searched")

  await row.getByText(claim.ticket_number, { exact: true }).click()
  await page.getByRole("heading", { name: claim.ticket_number, exact: true }).waitFor({ timeout: env.navigationTimeout })
  await page.goBack()
  await page.waitForURL(/\/app\/warranty-claims\?/)
  const url = new URL(page.url())
  assert.deepEqual(
    { q: url.searchParams.get("q"), status: url.searchParams.get("status"), order: url.searchParams.get("order") },
    { q: typed, status: claim.status, order: "due_on" },
    "Back returns to the list as it was"
  )
  assert.equal(await page.getByPlaceholder(SEARCH).inputValue(), typed, "the search box shows what was typed")
  await filterChip(page, STATUS_LABELS[claim.status])
  await onlyRow(page, claim.ticket_number, "the same one row after Back")
  await s.shot(page, "after-back")
})

journey.step(2, "shared-link", "a shared link with ?q= opens the filtered list for a colleague; the shopper column names the shopper", [1], async (s) => {
  const page = s.watch(colleague.page)
  await d.signIn(page)
  // The ticket as someone reads it out: lower case, spaces for dashes.
  const spoken = state.claim.ticket_number.toLowerCase().replace(/-/g, " ")
  await page.goto(d.app(`/warranty-claims?q=${encodeURIComponent(spoken)}`))
  await page.getByRole("heading", { name: "Warranty claims" }).waitFor({ timeout: env.navigationTimeout })
  const row = bodyRows(page).filter({ hasText: state.claim.ticket_number })
  await see(row, state.claim.ticket_number, { what: "the claim of the shared link" })
  await onlyRow(page, state.claim.ticket_number, "only the claim of the shared link")
  assert.equal(await page.getByPlaceholder(SEARCH).inputValue(), spoken)
  // The shopper column: the name and the e-mail.
  await see(row, "Andrei Popescu", { what: "the shopper's name in the row" })
  await see(row, shopper.email, { what: "the shopper's e-mail in the row" })
  await s.a11y(page, "Warranty claims page (shared link)", PLUGIN_PAGE)
  await s.shot(page)
})

journey.step(3, "customer-claims", "the claim's shopper links to the customer page, which lists the customer's claims next to the cards, each leading to its claim", [2], async (s) => {
  const page = s.watch(colleague.page)
  // From the claim page, the shopper's name leads to Medusa's customer page.
  await page.goto(d.app(`/warranty-claims/${state.claim.id}`))
  await page.getByRole("heading", { name: state.claim.ticket_number, exact: true }).waitFor({ timeout: env.navigationTimeout })
  await page.getByRole("link", { name: "Andrei Popescu", exact: true }).first().click()
  await page.waitForURL((url) => url.pathname.endsWith(`/customers/${state.claim.customer.id}`), { timeout: env.navigationTimeout })
  const heading = page.getByRole("heading", { name: "Warranty claims", exact: true })
  await heading.waitFor({ timeout: env.navigationTimeout })
  await page.getByRole("heading", { name: "Warranty cards", exact: true }).waitFor()
  const scope = await widgetScope(page, "Warranty claims")
  const widget = page.locator(scope)
  // Every claim the demo seeded for this customer (the journey may have added more).
  const { warranty_claims: mine } = await adminApi(page, `/admin/warranty-claims?customer_id=${state.claim.customer.id}&limit=10`)
  assert.ok(mine.length >= 3, `the demo seeded three claims for the shopper, the API lists ${mine.length}`)
  for (const c of mine) {
    await see(widget, c.ticket_number, { what: `claim ${c.ticket_number} in the customer's widget` })
  }
  await see(widget, /iPhone 15 Pro/, { what: "the product of a claim" })
  await s.a11y(page, "customer page: Warranty claims widget", { include: [scope] })
  await heading.scrollIntoViewIfNeeded()
  await s.shot(page)
  await widget.getByRole("link", { name: state.claim.ticket_number }).click()
  await page.getByRole("heading", { name: state.claim.ticket_number, exact: true }).waitFor({ timeout: env.navigationTimeout })
})

journey.step(4, "cards-search", "the cards page finds cards by the shopper's name and by the IMEI typed with dashes, kept in the URL", [1], async (s) => {
  const page = s.watch(staff.page)
  await d.sidebar(page, "Warranty cards")
  await page.getByRole("heading", { name: "Warranty cards" }).waitFor()
  const search = page.getByPlaceholder(/IMEI/)
  await search.fill("andrei popescu")
  await page.waitForURL((url) => url.searchParams.get("q") === "andrei popescu")
  await see(bodyRows(page), "Andrei Popescu", { what: "the shopper's cards" })
  await s.shot(page, "by-name")

  const typed = grouped(state.imei, "-")
  await search.fill(typed)
  await page.waitForURL((url) => url.searchParams.get("q") === typed)
  await onlyRow(page, state.imei, "only the card with that IMEI")
  // A reload (or a shared link) shows the same search.
  await page.reload()
  await see(bodyRows(page), state.imei, { what: "the same card after a reload", timeout: env.navigationTimeout })
  assert.equal(await search.inputValue(), typed)
  await s.a11y(page, "Warranty cards page (searched)", PLUGIN_PAGE)
  await s.shot(page, "by-imei")
})
