// A second owner (issue 11 s.3) in the demo storefront: the demo shopper hands a card on from the
// card's page, the new owner registers, opens the e-mailed link and accepts, and the old owner no
// longer sees the card. Uses the seeded Xiaomi 14T card of the shopper's third order (not shipped
// yet, no claim); the link is read from the e-mail the Notification Module recorded (admin API).
// Runs last of the browser files (by name), so the card changing hands moves nothing they use.
const { after, before } = require("node:test")
const assert = require("node:assert/strict")
const { launch } = require("./lib/browser")
const { admin, env, shopper } = require("./lib/env")
const { createJourney } = require("./lib/journey")
const { heading, see } = require("./lib/see")
const sf = require("./lib/storefront")

const state = { newOwner: { firstName: "Ioana", lastName: "Marin", email: `ioana.${Date.now()}@example.com`, password: "new-owner-1" } }
let browser
let seller
let buyer

before(async () => {
  browser = await launch()
  seller = await browser.actor("seller", { mobile: true })
  buyer = await browser.actor("new-owner", { mobile: true })
})

after(async () => {
  if (browser) {
    await browser.close()
  }
})

/** The admin API as staff (a bearer token from the dashboard's own login route). */
async function adminGet(path) {
  if (!state.adminToken) {
    const res = await fetch(`${env.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    })
    state.adminToken = (await res.json()).token
  }
  const res = await fetch(`${env.backendUrl}${path}`, { headers: { authorization: `Bearer ${state.adminToken}` } })
  assert.equal(res.status, 200, `GET ${path}`)
  return res.json()
}

const { step } = createJourney()

step(1, "transfer-request", "The owner hands the Xiaomi 14T card to a new owner by e-mail", [], async ({ watch, shot, a11y }) => {
  // The seeded order's card: not shipped yet, so no claim on it (the journey's own Xiaomi has claims).
  const { warranty_cards: cards } = await adminGet(`/admin/warranty-cards?q=${encodeURIComponent("Xiaomi 14T")}&status=pending&limit=50`)
  const card = cards.find((c) => c.customer && c.customer.email === shopper.email)
  assert.ok(card, "the demo shopper's pending Xiaomi 14T card")
  state.cardNumber = card.card_number
  state.cardPath = `/account/cards/${card.id}`
  const page = watch(seller.page)
  await sf.open(page, "/")
  await sf.setLanguage(page, "en")
  await sf.signIn(page, shopper)
  // The account lists every card the shopper holds; this one opens its page.
  await page.getByRole("link", { name: `${state.cardNumber} · Xiaomi 14T` }).click()
  await heading(page, `Warranty card ${state.cardNumber}`)
  await page.getByRole("button", { name: "Hand the card to a new owner" }).click()
  await page.getByLabel("New owner's e-mail").fill(state.newOwner.email)
  await a11y(page, "card transfer form")
  await page.getByRole("button", { name: "Send the card" }).click()
  await see(page, `Waiting for ${state.newOwner.email} to accept`)
  await shot(page)
})

step(2, "transfer-accept", "The new owner registers, opens the e-mailed link and accepts the card", [1], async ({ watch, shot, a11y }) => {
  const { notifications } = await adminGet(`/admin/notifications?to=${encodeURIComponent(state.newOwner.email)}&order=-created_at`)
  const mail = notifications.find((n) => n.template === "warranty-card-transfer-requested")
  assert.ok(mail, "the new owner's e-mail was sent")
  const url = new URL(mail.data.url)
  assert.equal(url.origin, env.storefrontUrl, "the link opens the demo storefront")
  const page = watch(buyer.page)
  await sf.open(page, "/")
  await sf.setLanguage(page, "en")
  await sf.register(page, state.newOwner)
  await page.goto(url.href)
  await heading(page, "Accept a warranty card")
  await a11y(page, "accept a card")
  await page.getByRole("button", { name: "Accept the card" }).click()
  await see(page, `Warranty card ${state.cardNumber} is now yours.`)
  await page.getByRole("link", { name: "See my warranty cards" }).click()
  await heading(page, `Warranty card ${state.cardNumber}`)
  await see(page, "Xiaomi 14T")
  // The new owner may hand it on in turn.
  await page.getByRole("button", { name: "Hand the card to a new owner" }).waitFor()
  await shot(page)
})

step(3, "transfer-old-owner", "The previous owner no longer sees the card", [2], async ({ watch, shot }) => {
  const page = watch(seller.page)
  // The 404 is the point: the page must say "not found" in words.
  page.__expect404 = /\/store\/warranty-cards\//
  await page.goto(sf.shop(state.cardPath))
  await see(page, "This warranty card does not exist or is not yours.")
  await shot(page, "not-found")
  page.__expect404 = undefined
  await sf.open(page, "/account", "My account")
  // The list has loaded (the shopper keeps the seeded order's other cards), without this one.
  await page.getByRole("link", { name: /^WC-\d{4}-\d+ · / }).first().waitFor()
  assert.equal(await page.getByRole("link", { name: new RegExp(`^${state.cardNumber} · `) }).count(), 0)
  await shot(page)
})

