// Evidence photos (issue 11, section 1; R11.4): a shopper attaches a photo of the defect while
// filing a claim in the demo storefront and sees it on the claim page; the clerk sees it in the
// claim page's Photos gallery in the dashboard and opens the full image. Builds on the seeded
// demo's products, admin and publishable key only: its own shopper buys one phone (store API) and
// the order is shipped (admin API) so that the card is active.
const assert = require("node:assert/strict")
const { after, before } = require("node:test")
const { launch } = require("./lib/browser")
const d = require("./lib/dashboard")
const { env, admin } = require("./lib/env")
const { createJourney } = require("./lib/journey")
const { see } = require("./lib/see")
const sf = require("./lib/storefront")

const PLUGIN_PAGE = { include: ["main"] }
const ADDRESS = {
  first_name: "Elena",
  last_name: "Dobre",
  address_1: "Str. Lipscani 10",
  city: "București",
  postal_code: "030031",
  country_code: "ro",
  phone: "+40 722 000 222",
}
/** A small 64x48 PNG (made with sharp): a real image the server checks by content and re-encodes. */
const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAYAAAChS3wfAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAY0lEQVRo3u3YIREAIBAAwS9CDMQXoAL9DTUgwTtmEKy4AisvWp/75wIAAAAAAAAAAAAAAAAAAFxo5XgSAAAAAAAAAAAAAAAAAAAAAAAAAAAATFEAAAAAAAAAAAAAAAAAAFB0AH+vmdz089owAAAAAElFTkSuQmCC",
  "base64"
)

const state = {}
let browser
let shopperActor
let staff

/** One HTTP call to the demo; fails with the answer's message unless `expect` is met. */
async function call(method, path, { token, pk, body, expect = 200 } = {}) {
  const headers = { "content-type": "application/json" }
  if (token) headers.authorization = `Bearer ${token}`
  if (pk) headers["x-publishable-api-key"] = pk
  const res = await fetch(`${env.backendUrl}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
  const data = await res.json().catch(() => ({}))
  if (res.status !== expect) {
    throw new Error(`${method} ${path}: expected ${expect}, got ${res.status}: ${JSON.stringify(data).slice(0, 400)}`)
  }
  return data
}

/** A new shopper with one shipped phone: its card active. */
async function shopperWithActiveCard() {
  const { token: adminToken } = await call("POST", "/auth/user/emailpass", { body: { email: admin.email, password: admin.password } })
  const { api_keys } = await call("GET", "/admin/api-keys?type=publishable&limit=1", { token: adminToken })
  const pk = api_keys[0].token
  const email = `photos-${Date.now()}@example.com`
  const password = "Photos-secret-1"
  const { token: registration } = await call("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  await call("POST", "/store/customers", { token: registration, pk, body: { email, first_name: "Elena", last_name: "Dobre" } })
  const { token } = await call("POST", "/auth/customer/emailpass", { body: { email, password } })
  const buyer = { token, pk }
  const { regions } = await call("GET", "/store/regions", { pk })
  const region = regions.find((r) => r.currency_code === "ron") ?? regions[0]
  const { products } = await call("GET", `/store/products?handle=xiaomi-14t&region_id=${region.id}&fields=id,*variants`, { pk })
  const { cart } = await call("POST", "/store/carts", { ...buyer, body: { region_id: region.id, email, shipping_address: ADDRESS, billing_address: ADDRESS } })
  await call("POST", `/store/carts/${cart.id}/line-items`, { ...buyer, body: { variant_id: products[0].variants[0].id, quantity: 1 } })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`, buyer)
  const courier = shipping_options.find((o) => /courier/i.test(o.name)) ?? shipping_options[0]
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { ...buyer, body: { option_id: courier.id } })
  const { payment_collection } = await call("POST", "/store/payment-collections", { ...buyer, body: { cart_id: cart.id } })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { ...buyer, body: { provider_id: "pp_system_default" } })
  const { order } = await call("POST", `/store/carts/${cart.id}/complete`, buyer)
  const { stock_locations } = await call("GET", "/admin/stock-locations?limit=1", { token: adminToken })
  const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
  await call("POST", `/admin/orders/${order.id}/fulfillments`, { token: adminToken, body: { items, location_id: stock_locations[0].id } })
  const { order: fulfilled } = await call("GET", `/admin/orders/${order.id}?fields=id,*fulfillments`, { token: adminToken })
  await call("POST", `/admin/orders/${order.id}/fulfillments/${fulfilled.fulfillments[0].id}/shipments`, { token: adminToken, body: { items } })
  // The card starts in a subscriber of the shipment.
  for (let i = 0; i < 30; i++) {
    const { warranty_cards } = await call("GET", `/admin/warranty-cards?order_id=${order.id}`, { token: adminToken })
    if (warranty_cards[0]?.status === "active") {
      return { email, password, card: warranty_cards[0] }
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error("the shipped phone's card did not become active")
}

before(async () => {
  browser = await launch()
  shopperActor = await browser.actor("photos-shopper", { mobile: true })
  staff = await browser.actor("photos-staff")
  state.shopper = await shopperWithActiveCard()
})

after(async () => {
  if (browser) {
    await browser.close()
  }
})

const journey = createJourney()

journey.step(1, "photos-filing", "the shopper attaches a photo of the defect when filing and sees it on the claim page", [], async (s) => {
  const page = s.watch(shopperActor.page)
  await sf.open(page, "/")
  await sf.setLanguage(page, "en")
  await sf.signIn(page, state.shopper)
  await sf.open(page, `/account/cards/${state.shopper.card.id}/claim`, "File a warranty claim")
  await page.getByRole("checkbox", { name: "Working display" }).check()
  await page.getByLabel("Describe the problem").fill("The glass cracked in a corner and the touch fails there.")
  await see(page, "Free of charge: your device is covered by", { what: "the eligibility answer" })
  await page.getByLabel("Add photos", { exact: true }).setInputFiles({ name: "crack.png", mimeType: "image/png", buffer: PHOTO })
  const photos = page.locator("section#photos, section[aria-labelledby='photos-title']")
  await photos.getByRole("img", { name: "crack.png" }).waitFor()
  await page.getByRole("checkbox", { name: /^I backed up my data/ }).check()
  await page.getByRole("checkbox", { name: /^I removed the screen lock/ }).check()
  await page.getByRole("checkbox", { name: /^I removed (the )?protective films/ }).check()
  await s.a11y(page, "claim form with a photo")
  await s.shot(page, "form")
  await page.getByRole("button", { name: "File the claim" }).click()
  const filed = await see(page, /^Claim .+ is filed$/, { what: "the ticket after filing" })
  state.ticket = (await filed.innerText()).match(/^Claim (.+) is filed$/)[1]
  state.claimId = new URL(page.url()).pathname.split("/").pop()
  // The thumbnail comes through the client with the shopper's token (an object URL, no token in it).
  const thumb = page.locator("section[aria-labelledby='photos-title']").getByRole("img", { name: "crack.png" })
  await thumb.waitFor()
  assert.match(await thumb.getAttribute("src"), /^blob:/)
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await thumb.elementHandle())
  await s.a11y(page, "claim page with its photo")
  await s.shot(page)
})

journey.step(2, "photos-gallery", "the clerk sees the shopper's photo in the claim page's gallery and opens the full image", [1], async (s) => {
  const page = s.watch(staff.page)
  // The dashboard's first page is compiled on demand by vite: on a busy machine the first load can
  // pass the navigation timeout, the second finds it built.
  await d.signIn(page).catch(() => d.signIn(page))
  await page.goto(d.app(`/warranty-claims/${state.claimId}`))
  await page.getByRole("heading", { name: state.ticket, exact: true }).waitFor({ timeout: env.navigationTimeout })
  const filing = page.locator('[data-testid="claim-photos-filing"]')
  const thumb = filing.getByRole("img", { name: "crack.png" })
  await thumb.waitFor()
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await thumb.elementHandle())
  await see(page.locator('[data-testid="claim-photos-intake"]'), "No photos")
  // The log names who added which photo.
  await see(page, "Photos added", { what: "the log line of the shopper's photo" })
  await s.a11y(page, "claim page with photos", PLUGIN_PAGE)
  await s.shot(page)
  await thumb.click()
  const dialog = page.getByRole("dialog")
  const full = dialog.getByRole("img", { name: "crack.png" })
  await full.waitFor()
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await full.elementHandle())
  await see(dialog, /crack\.png \(64×48\)/, { what: "the photo's name and size" })
  await s.shot(page, "full")
})
