// The clerk's side of the journey, in the Medusa dashboard. The accessibility check covers the
// plugin's own DOM only (its pages' <main>, its widget's card): Medusa's own chrome around them
// (sidebar and header buttons without names) is not the plugin's to fix.
const { widgetScope } = require("./a11y")
const d = require("./dashboard")
const { env } = require("./env")
const { imeiFrom, see } = require("./see")

const PLUGIN_PAGE = { include: ["main"] }

/** Step 3: Medusa's fulfilment and shipment, then the IMEI in the plugin's widget (R1.2). */
async function shipAndSetImei({ staffPage: page, shot, a11y, state }) {
  await d.signIn(page)
  await d.openOrder(page, state.orderDisplayId)
  state.shipmentTracking = `FAN-${state.orderDisplayId}-${Date.now() % 100000}`
  await d.fulfilAndShip(page, state.shipmentTracking)
  // The card starts from the shipment (R3.1) in a subscriber: a clerk reloads to see it.
  const row = d.cardRow(page)
  for (let i = 0; i < 10; i++) {
    await page.reload()
    await row.waitFor({ timeout: env.navigationTimeout })
    if (await row.getByText("Active", { exact: true }).isVisible()) {
      break
    }
    await page.waitForTimeout(1000)
  }
  await see(row, "Active", { what: "the card's status after shipping" })
  // A fresh IMEI per run (another card may not hold the same one): 35 + the time, Luhn-checked.
  state.imei = imeiFrom(`35${String(Date.now()).slice(-12)}`)
  await d.setImei(page, state.imei)
  await row.scrollIntoViewIfNeeded()
  await a11y(page, "order page: Warranty cards widget", { include: [await widgetScope(page, "Warranty cards")] })
  await shot(page)

  await d.sidebar(page, "Warranty cards")
  await page.getByRole("heading", { name: "Warranty cards" }).waitFor()
  await page.getByPlaceholder(/IMEI/).fill(state.imei)
  await see(page.getByRole("row").filter({ hasText: state.imei }), "Active", { what: "the card on the cards page" })
  await a11y(page, "Warranty cards page", PLUGIN_PAGE)
  await shot(page, "cards-page")
}

async function openClaim(page, ticket) {
  const rows = await d.searchClaims(page, ticket)
  await rows.first().click()
  await page.waitForURL(/\/app\/warranty-claims\/[^/?]+$/)
  // The shopper acted since the clerk last looked: the clerk reloads the page they had open.
  await page.reload()
  await page.getByRole("heading", { name: ticket, exact: true }).waitFor({ timeout: env.navigationTimeout })
}

/** Step 6: find the claim by ticket and by IMEI, intake, an R9 exclusion, a quote. */
async function intakeAndQuote({ staffPage: page, shot, a11y, state }) {
  let rows = await d.searchClaims(page, state.ticket)
  await see(rows, state.ticket, { what: "the claim found by its ticket" })
  await a11y(page, "Warranty claims page", PLUGIN_PAGE)
  await shot(page, "search-ticket")
  rows = await d.searchClaims(page, state.imei)
  await see(rows, state.ticket, { what: "the claim found by the IMEI" })
  await shot(page, "search-imei")
  await rows.first().click()
  await page.getByRole("heading", { name: state.ticket, exact: true }).waitFor()
  await a11y(page, "claim page (submitted)", PLUGIN_PAGE)

  await d.receive(page, state.ticket, 88)
  await d.claimStatus(page, state.ticket, "Received")
  await d.diagnose(page, state.ticket, {
    findings: "Display cracked under the glass; impact mark on the top-left corner.",
    covered: false,
    exclusion: /Impact marks/,
  })
  const quote = await d.openDrawer(page, "Send quote", `Quote ${state.ticket}`)
  await quote.getByLabel("Amount").fill("450")
  await quote.getByLabel("Currency").fill("ron")
  await quote.getByLabel("Parts to order").fill("Display assembly")
  await quote.getByLabel("Estimated repair time (days)").fill("5")
  await d.submitDrawer(quote, "Send quote", `Quote sent for ${state.ticket}`)
  await d.claimStatus(page, state.ticket, "Awaiting customer")
  await see(page, "Impact marks", { what: "the R9 reason on the claim page" })
  await a11y(page, "claim page (quote sent)", PLUGIN_PAGE)
  await shot(page)
}

/** Step 8 (staff): the device goes back by courier (R7.4), then the claim is closed. */
async function shipBackAndClose({ staffPage: page, shot, a11y, state }) {
  await openClaim(page, state.ticket)
  state.returnTracking = `RET-${Date.now() % 1000000}`
  const ship = await d.openDrawer(page, "Ship return", `Ship ${state.ticket} back`)
  await ship.getByLabel("Carrier").fill("FAN Courier")
  await ship.getByLabel("Tracking number").fill(state.returnTracking)
  await d.submitDrawer(ship, "Save shipment", `Return of ${state.ticket} shipped`)
  await page.getByRole("button", { name: "Close claim", exact: true }).click()
  const prompt = page.getByRole("alertdialog").or(page.getByRole("dialog")).first()
  await prompt.getByRole("button", { name: "Close claim", exact: true }).click()
  await see(page, `${state.ticket}: claim closed`)
  await d.claimStatus(page, state.ticket, "Closed")
  await a11y(page, "claim page (closed)", PLUGIN_PAGE)
  await shot(page, "staff-closed")
}

/** Step 9 (staff): covered but unrepairable; a valuation at the list price, suggesting a dearer phone. */
async function unrepairableValuation({ staffPage: page, shot, a11y, state }) {
  state.dearerPhone = { title: "iPhone 15 Pro", variant: "128 GB", price: 3999 }
  // R8.3: the value is the claimed variant's list price.
  state.valuation = 1899

  await openClaim(page, state.ticket2)
  await d.receive(page, state.ticket2, 86)
  await d.diagnose(page, state.ticket2, { findings: "The charging board is burnt; no spare board is made any more.", covered: true })
  const unrepairable = await d.openDrawer(page, "Mark unrepairable", `Mark ${state.ticket2} unrepairable`)
  await unrepairable.getByLabel("Why it cannot be repaired").fill("Parts withdrawn: the charging board is no longer made.")
  await d.submitDrawer(unrepairable, "Mark unrepairable", `${state.ticket2} marked unrepairable`)
  await d.claimStatus(page, state.ticket2, "Unrepairable")
  const offer = await d.openDrawer(page, "Make offer", `Make an offer for ${state.ticket2}`)
  await d.choose(page, offer, "Offer kind", "Valuation")
  await offer.getByRole("spinbutton", { name: "Value", exact: true }).fill(String(state.valuation))
  await d.choose(page, offer, "Basis of the value", "List price of the variant")
  // The clerk finds the dearer phone by its title in the picker (no ids).
  await offer.getByRole("combobox", { name: "Suggested product" }).fill("iPhone 15")
  await offer.getByRole("option", { name: /iPhone 15 Pro/ }).first().click()
  await see(offer, "iPhone 15 Pro", { what: "the suggested product by name" })
  // R8.3(c): a valuation lets the shopper choose a refund, which needs the order's payment captured:
  // the drawer says so and captures it.
  await offer.getByRole("button", { name: "Capture the payment" }).click()
  await offer.getByRole("button", { name: "Capture the payment" }).waitFor({ state: "hidden" })
  await d.submitDrawer(offer, "Send offer", `Offer sent for ${state.ticket2}`)
  await d.claimStatus(page, state.ticket2, "Offered")
  await a11y(page, "claim page (offer made)", PLUGIN_PAGE)
  await shot(page, "staff-offer")
}

module.exports = { shipAndSetImei, intakeAndQuote, shipBackAndClose, unrepairableValuation }
