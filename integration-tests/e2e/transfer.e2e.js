// Guest orders and second owners (issue 11 s.2, s.3) in the demo storefront: the demo shopper
// hands a card on from the card's page, the new owner registers, opens the e-mailed link and
// accepts, and the old owner no longer sees the card; then a guest's order (placed through the
// store API) comes into the account its buyer makes later, with Medusa's order transfer and the
// e-mailed link. Uses the seeded Xiaomi 14T card of the shopper's third order (not shipped yet, no
// claim); each link is read from the e-mail the Notification Module recorded (admin API). Runs last
// of the browser files (by name), so the card changing hands moves nothing they use.
const { after, before } = require("node:test")
const assert = require("node:assert/strict")
const { launch } = require("./lib/browser")
const { admin, env, shopper } = require("./lib/env")
const { createJourney } = require("./lib/journey")
const { heading, see } = require("./lib/see")
const sf = require("./lib/storefront")

const state = {
  newOwner: { firstName: "Ioana", lastName: "Marin", email: `ioana.${Date.now()}@example.com`, password: "new-owner-1" },
  guest: { firstName: "Mihai", lastName: "Stan", email: `mihai.${Date.now()}@example.com`, password: "guest-buyer-1" },
}
let browser
let seller
let buyer
let guest

before(async () => {
  browser = await launch()
  seller = await browser.actor("seller", { mobile: true })
  buyer = await browser.actor("new-owner", { mobile: true })
  guest = await browser.actor("guest", { mobile: true })
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

/** The e-mail of `template` last sent to `to` (the subscriber sends it just after the request). */
async function mailTo(to, template) {
  for (let i = 0; i < 30; i++) {
    const { notifications } = await adminGet(`/admin/notifications?to=${encodeURIComponent(to)}&order=-created_at`)
    const mail = notifications.find((n) => n.template === template)
    if (mail) {
      return mail
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`no ${template} e-mail to ${to}`)
}

/** A guest's checkout through the store API, as a storefront without an account makes it. */
async function guestCheckout(email) {
  const { publishable_key } = await (await fetch(`${env.storefrontUrl}/config.json`)).json()
  const store = async (path, body) => {
    const res = await fetch(`${env.backendUrl}${path}`, {
      method: body ? "POST" : "GET",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishable_key },
      body: body ? JSON.stringify(body) : undefined,
    })
    assert.ok(res.ok, `${path}: ${res.status} ${await res.clone().text()}`)
    return res.json()
  }
  const { regions } = await store("/store/regions")
  const { products } = await store(`/store/products?q=${encodeURIComponent("USB-C charger")}&fields=id,title,*variants`)
  const { cart } = await store("/store/carts", { region_id: regions[0].id, email })
  await store(`/store/carts/${cart.id}/line-items`, { variant_id: products[0].variants[0].id, quantity: 1 })
  const address = { first_name: "Mihai", last_name: "Stan", address_1: "Str. Lipscani 5", city: "București", postal_code: "030031", country_code: "ro", phone: "+40712000111" }
  await store(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
  const { shipping_options } = await store(`/store/shipping-options?cart_id=${cart.id}`)
  await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const done = await store(`/store/carts/${cart.id}/complete`, {})
  assert.equal(done.type, "order", "the guest's checkout completes")
  return done.order
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


step(4, "guest-order", "A guest's order comes into the account the buyer makes later", [], async ({ watch, shot, a11y }) => {
  const order = await guestCheckout(state.guest.email)
  const page = watch(guest.page)
  await sf.open(page, "/")
  await sf.setLanguage(page, "en")
  await sf.register(page, state.guest)
  await page.getByLabel("Order ID").fill(order.id)
  await page.getByRole("button", { name: "Send the link" }).click()
  await see(page, "We have e-mailed a link to the order's e-mail address.")
  await a11y(page, "add an order")
  // The link goes to the address the order was placed with (the guest's own, here).
  const mail = await mailTo(state.guest.email, "order-transfer-requested")
  await page.goto(mail.data.url)
  await heading(page, "Add the order to your account")
  await page.getByRole("button", { name: "Add the order" }).click()
  await see(page, "The order is now in your account.")
  await page.getByRole("link", { name: "Go to my account" }).click()
  await heading(page, "My account")
  await see(page, `Order #${order.display_id}`)
  await page.getByRole("link", { name: /· USB-C charger 20W$/ }).first().waitFor()
  await shot(page)
})
