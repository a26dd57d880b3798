// The public warranty check by IMEI (issue 11 s.4) in the demo storefront: a visitor without an
// account, about to buy a used phone, opens "Check a warranty" from the header, types the phone's
// IMEI in groups and sees the model, the status and the end days, nothing about the buyer; an
// unknown IMEI and a mistyped one are explained in words, in Romanian too. Uses one of the demo
// shopper's active cards (its IMEI, or one set as a clerk would, like lists.e2e.js and
// receipts.e2e.js do); changes nothing else.
const { after, before } = require("node:test")
const assert = require("node:assert/strict")
const { launch } = require("./lib/browser")
const { admin, env, shopper } = require("./lib/env")
const { createJourney } = require("./lib/journey")
const { heading, imeiFrom, see } = require("./lib/see")
const sf = require("./lib/storefront")

const state = {}
let browser
let visitor

before(async () => {
  browser = await launch()
  visitor = await browser.actor("check-visitor", { mobile: true })
})

after(async () => {
  if (browser) {
    await browser.close()
  }
})

/** The admin API as staff (a bearer token from the dashboard's own login route). */
async function adminApi(path, body) {
  if (!state.adminToken) {
    const res = await fetch(`${env.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    })
    state.adminToken = (await res.json()).token
  }
  const res = await fetch(`${env.backendUrl}${path}`, {
    method: body ? "POST" : "GET",
    headers: { authorization: `Bearer ${state.adminToken}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  })
  assert.equal(res.status, 200, `${body ? "POST" : "GET"} ${path}: ${await res.clone().text()}`)
  return res.json()
}

/** Types an IMEI into the check's form and sends it. */
async function check(page, imei, button = "Check") {
  await page.getByLabel("IMEI").fill(imei)
  await page.getByRole("button", { name: button, exact: true }).click()
}

const journey = createJourney()

journey.step(1, "check-found", "a visitor checks a used phone's warranty by its IMEI, from the header", [], async (s) => {
  const { warranty_cards: cards } = await adminApi("/admin/warranty-cards?status=active&limit=50&order=created_at")
  const card = cards.find((c) => c.customer && c.customer.email === shopper.email) ?? cards[0]
  assert.ok(card, "an active card in the demo")
  state.card = card
  state.imei = card.serial_number || imeiFrom(`35${String(Date.now()).slice(-12)}`)
  if (!card.serial_number) {
    await adminApi(`/admin/warranty-cards/${card.id}`, { serial_number: state.imei })
  }

  const page = s.watch(visitor.page)
  await sf.open(page, "/")
  await sf.setLanguage(page, "en")
  await page.getByRole("link", { name: "Check a warranty" }).click()
  await heading(page, "Check a warranty")
  await s.a11y(page, "Check a warranty (form)")
  // Typed as printed on the box, in groups.
  const i = state.imei
  await check(page, `${i.slice(0, 2)} ${i.slice(2, 8)} ${i.slice(8, 14)} ${i.slice(14)}`)
  const result = page.getByRole("region", { name: "Warranty found" })
  await see(result, card.product_title)
  await see(result, "Active")
  await see(result, "Warranty until (inclusive)")
  await see(result, "Battery warranty until (inclusive)")
  const text = await result.innerText()
  assert.ok(!text.includes(shopper.email) && !text.includes(card.card_number), "nothing about the buyer or the card's number")
  await s.a11y(page, "Check a warranty (found)")
  await s.shot(page)
})

journey.step(2, "check-refused", "an unknown IMEI and a mistyped one are said in words, in Romanian too", [], async (s) => {
  const page = s.watch(visitor.page)
  // The answers asked for on purpose: "no warranty found" (404) and a bad IMEI (400).
  page.__expect404 = /\/store\/warranty-check/
  page.__expect400 = /\/store\/warranty-check/
  await sf.open(page, "/warranty-check")
  await sf.setLanguage(page, "en")
  await heading(page, "Check a warranty")
  await check(page, imeiFrom("86012345678901"))
  await see(page, "No warranty found for this IMEI.")
  await check(page, "35209900176148")
  await see(page, "This is not a valid IMEI")
  await sf.setLanguage(page, "ro")
  await heading(page, "Verifică garanția")
  await check(page, imeiFrom("86012345678902"), "Verifică")
  await see(page, "Nu am găsit nicio garanție pentru acest IMEI.")
  await s.a11y(page, "Verifică garanția (not found)")
  await s.shot(page)
  await sf.setLanguage(page, "en")
})
