// The shopper's side of the journey: what they click and what they must read on each page.
const { open, setLanguage, signIn, register, fillAddressIfAsked, chooseDelivery, see, heading } = require("./storefront")
const { downloadPdf, enabled } = require("./see")

// The demo's seed (src/scripts/seed-demo.ts): prices in RON, tax included, courier 25 RON.
const PHONE = { title: "Xiaomi 14T", price: 1899, months: 24, batteryDays: 90 }
const TABLET = { title: "iPad 10.2 (2021)", months: 12, batteryDays: 90 }
const COURIER_PRICE = 25

/** The header's first link: the catalogue. */
const catalogue = (page) => page.getByRole("navigation", { name: "Main" }).getByRole("link").first().click()

/** An amount as the storefront writes it in English ("1,924.00"). */
const amount = (n) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })

/** Step 1: the warranty badge (R2.2), the R5.3 statement and the R10 power notes, in both languages. */
async function productPages({ shopperPage: page, shot, a11y }) {
  await open(page, "/")
  await setLanguage(page, "ro")
  await heading(page, "Telefoane recondiționate")
  await a11y(page, "catalogue (ro)")
  const product = async (p, lang) => {
    await heading(page, p.title)
    await a11y(page, `${p.title} (${lang})`)
    await shot(page, `${p === PHONE ? "phone" : "tablet"}-${lang}`)
  }
  await page.getByRole("link", { name: new RegExp(PHONE.title) }).first().click()
  await see(page, `Garanție ${PHONE.months} de luni, baterie ${PHONE.batteryDays} de zile`, { what: "the phone's badge (ro)" })
  await see(page, /^Alimentare: .*împământare.*220 V.*50 Hz/, { what: "the R10 power notes (ro)" })
  await product(PHONE, "ro")
  await setLanguage(page, "en")
  await see(page, `${PHONE.months} months warranty, battery ${PHONE.batteryDays} days`, { what: "the phone's badge (en)" })
  await see(page, "does not affect your statutory rights", { what: "the R5.3 statement (en)" })
  await see(page, /^Power: .*earthed.*220 V.*50 Hz/, { what: "the R10 power notes (en)" })
  await product(PHONE, "en")
  await catalogue(page)
  await heading(page, "Refurbished phones")
  await page.getByRole("link", { name: new RegExp(TABLET.title.replace(/[()]/g, "\\$&")) }).first().click()
  await see(page, `${TABLET.months} months warranty, battery ${TABLET.batteryDays} days`, { what: "the tablet's own 12 months (en)" })
  await product(TABLET, "en")
  await setLanguage(page, "ro")
  await see(page, `Garanție ${TABLET.months} luni, baterie ${TABLET.batteryDays} de zile`, { what: "the tablet's badge (ro)" })
  await product(TABLET, "ro")
}

/** Step 2: sign in, the phone into the cart, courier delivery, the demo payment, the order. */
async function buyPhone({ shopperPage: page, shot, a11y, state, shopper }) {
  await open(page, "/")
  await setLanguage(page, "en")
  await signIn(page, shopper, a11y)
  await a11y(page, "account")
  await catalogue(page)
  await page.getByRole("link", { name: new RegExp(PHONE.title) }).first().click()
  await heading(page, PHONE.title)
  await page.getByRole("button", { name: "Add to cart" }).click()
  await see(page, "Added to your cart.")
  await page.getByRole("link", { name: "View cart" }).click()
  await heading(page, "Your cart")
  await see(page, PHONE.title)
  await a11y(page, "cart")
  await page.getByRole("link", { name: "Go to checkout" }).or(page.getByRole("button", { name: "Go to checkout" })).first().click()
  await heading(page, "Checkout")
  await fillAddressIfAsked(page, { firstName: "Andrei", lastName: "Popescu", phone: "+40712345678", address: "Strada Lipscani 12", city: "București", postalCode: "030031" })
  await chooseDelivery(page, new RegExp(`^Courier · RON ${amount(COURIER_PRICE)}`))
  const total = PHONE.price + COURIER_PRICE
  await see(page, `Place order · RON ${amount(total)}`, { what: "the order total on the button" })
  await a11y(page, "checkout")
  await shot(page, "checkout")
  await page.getByRole("button", { name: /^Place order · / }).click()
  await heading(page, "Thank you for your order")
  const placed = await see(page, /^Order #\d+ is placed\.$/)
  state.orderDisplayId = Number((await placed.innerText()).match(/#(\d+)/)[1])
  await see(page, `Total: RON ${amount(total)}`)
  await a11y(page, "order confirmation")
  await shot(page)
  state.orderUrl = await page.getByRole("link", { name: "View the order and its warranty cards" }).getAttribute("href")
}

/** The order page's card (one unit: one card). */
function card(page) {
  return page.getByRole("article").filter({ has: page.getByRole("heading", { name: new RegExp(PHONE.title) }) }).first()
}

/** Step 4: the card is active with the IMEI staff set, and its PDF downloads. */
async function cardActive({ shopperPage: page, shot, a11y, state }) {
  await open(page, "/account")
  await page.getByRole("link", { name: `Order #${state.orderDisplayId}` }).click()
  await heading(page, `Order #${state.orderDisplayId}`)
  const c = card(page)
  await see(c, "Active", { what: "the card's status" })
  await see(c, state.imei, { what: "the IMEI staff set" })
  await see(c, /\(24 months\)$/, { what: "the warranty period" })
  const cardButton = c.getByRole("button", { name: "Download the card (PDF)" })
  const pdf = await downloadPdf(page, () => cardButton.click())
  await enabled(cardButton)
  state.cardPdf = pdf
  await a11y(page, "order page")
  await shot(page)
}

/**
 * The claim form from the card: `defect` ticked, the eligibility answer read, the three R6.3
 * acknowledgements and the accessories, then "File the claim". Returns the ticket.
 */
async function fileClaim(page, a11y, shot, { defect, description, shotName }) {
  const c = card(page)
  await c.getByRole("link", { name: "File a claim" }).click()
  await heading(page, "File a warranty claim")
  await page.getByRole("checkbox", { name: defect }).check()
  await page.getByLabel("Describe the problem").fill(description)
  await see(page, "Free of charge: your device is covered by", { what: "the eligibility answer (R11.3)" })
  await see(page, /the shop's warranty, until /)
  await see(page, "By courier")
  // The R6.3-R6.4 acknowledgements, in the label's own words (the text catalogue's).
  await page.getByRole("checkbox", { name: /^I backed up my data/ }).check()
  await page.getByRole("checkbox", { name: /^I removed the screen lock/ }).check()
  await page.getByRole("checkbox", { name: /^I removed (the )?protective films/ }).check()
  await page.getByRole("checkbox", { name: /^I (included|send) all the .*accessories/ }).check()
  await page.getByLabel("Accessories in the parcel").fill("USB-C cable")
  await a11y(page, "claim form")
  await shot(page, shotName)
  await page.getByRole("button", { name: "File the claim" }).click()
  const filed = await see(page, /^Claim .+ is filed$/, { what: "the ticket after filing" })
  return (await filed.innerText()).match(/^Claim (.+) is filed$/)[1]
}

/** Step 5: a claim for the display, the label, and the claim URL closed to another shopper. */
async function fileDisplayClaim({ shopperPage: page, otherPage, shot, a11y, state }) {
  await open(page, state.orderUrl)
  await heading(page, `Order #${state.orderDisplayId}`)
  state.ticket = await fileClaim(page, a11y, shot, {
    defect: "Working display",
    description: "The screen stays black after a fall from the table; the phone rings.",
    shotName: "form",
  })
  state.claimUrl = new URL(page.url()).pathname
  await heading(page, `Claim ${state.ticket}`)
  await see(page, /^Packing: .*bubble wrap/i, { what: "the packing advice (R6.6)" })
  await see(page, /^Service hours: Monday to Friday \d{2}:\d{2}-\d{2}:\d{2}$/, { what: "the service's hours (R6.8)" })
  await see(page, /^Phone: \+?[\d ]{6,}$/, { what: "the service's phone (R6.8)" })
  await see(page, "Submitted", { what: "the claim's status" })
  const labelButton = page.getByRole("button", { name: "Download the label (PDF)" })
  state.labelPdf = await downloadPdf(page, () => labelButton.click())
  await enabled(labelButton)
  await a11y(page, "claim page after filing")
  await shot(page)

  // A second shopper, registered through the storefront, opens the first one's claim URL.
  await open(otherPage, "/")
  await setLanguage(otherPage, "en")
  await register(otherPage, { firstName: "Ioana", lastName: "Marin", email: `second-${Date.now()}@example.com`, password: "second-shopper-1" }, a11y)
  otherPage.__expect404 = /\/store\/warranty-claims\//
  await open(otherPage, state.claimUrl)
  await see(otherPage, "This claim does not exist or is not yours.", { what: "'not found' for another shopper" })
  await a11y(otherPage, "another shopper's claim")
  await shot(otherPage, "second-shopper-not-found")
  otherPage.__expect404 = null
}

async function openClaim(page, state, ticket) {
  await open(page, "/account")
  await page.getByRole("link", { name: new RegExp(`^${ticket} · `) }).click()
  await heading(page, `Claim ${ticket}`)
}

/** Step 7: the quote's decline (the fee stated first, R8.4), then the fee paid online. */
async function declineAndPayFee({ shopperPage: page, shot, a11y, state }) {
  await openClaim(page, state, state.ticket)
  await see(page, "Awaiting your decision", { what: "the claim's status" })
  await see(page, /^Repair: RON\s[\d,.]+$/, { what: "the quote's amount" })
  const decline = page.getByRole("button", { name: /^Decline \(diagnostic fee / })
  const fee = (await decline.innerText()).match(/diagnostic fee (.+)\)$/)[1]
  await see(page, `If you decline, a diagnostic fee of ${fee} is due`)
  await a11y(page, "claim page with a quote")
  await shot(page, "quote")
  await decline.click()
  await see(page, `You declined the quote: the diagnostic fee of ${fee} is due`)
  await page.getByRole("button", { name: `Pay ${fee} online` }).click()
  await see(page, `Thank you: the fee of ${fee} is paid.`)
  await see(page, /^Paid online on /)
  await a11y(page, "claim page, fee paid")
  await shot(page)
}

/** Step 8 (shopper): where the device goes back (R7.4), prefilled from the claim's contact. */
async function giveReturnDetails({ shopperPage: page, shot, a11y, state }) {
  await openClaim(page, state, state.ticket)
  await see(page, "Being returned", { what: "the claim's status" })
  const give = page.getByRole("button", { name: "Give the return details" })
  if (await give.isVisible()) {
    await give.click()
  }
  await page.getByRole("button", { name: "Confirm the return details" }).click()
  await see(page, "Thank you: the return details are confirmed.")
  await a11y(page, "claim page, return details")
  await shot(page, "return-details")
}

async function seeClaimClosed({ shopperPage: page, shot, a11y, state }) {
  await openClaim(page, state, state.ticket)
  await see(page, "Closed", { what: "the claim's status" })
  await see(page, new RegExp(`^Shipped back with FAN Courier, tracking number ${state.returnTracking}`))
  await a11y(page, "closed claim")
  await shot(page, "closed")
}

/** Step 9 (shopper): a second claim on the same card, now that the first is closed. */
async function fileSecondClaim({ shopperPage: page, shot, a11y, state }) {
  await open(page, state.orderUrl)
  await heading(page, `Order #${state.orderDisplayId}`)
  state.ticket2 = await fileClaim(page, a11y, shot, {
    defect: "Charging port",
    description: "It stopped charging; the port is loose.",
    shotName: "second-claim-form",
  })
}

/** Step 9 (shopper): the offer's credit with top-up for the dearer phone, then its checkout. */
async function topUpCheckout({ shopperPage: page, shot, a11y, state }) {
  await openClaim(page, state, state.ticket2)
  await see(page, "Offer awaiting your choice", { what: "the claim's status" })
  await see(page, `Value: RON ${amount(state.valuation)}`)
  await page.getByRole("radio", { name: /^A dearer product, paying the difference/ }).click()
  await page.getByRole("radio", { name: state.dearerPhone.title }).click()
  await page.getByLabel("Version").selectOption({ label: state.dearerPhone.variant })
  await a11y(page, "claim page with an offer")
  await shot(page, "offer")
  await page.getByRole("button", { name: "Accept: A dearer product, paying the difference" }).click()
  await see(page, `Your credit of RON ${amount(state.valuation)} is valid until`)
  await a11y(page, "claim page with the credit")
  await page.getByRole("link", { name: "Continue to checkout" }).click()
  await heading(page, "Checkout")
  await fillAddressIfAsked(page, { firstName: "Andrei", lastName: "Popescu", phone: "+40712345678", address: "Strada Lipscani 12", city: "București", postalCode: "030031" })
  await see(page, state.dearerPhone.title)
  await chooseDelivery(page, /^(In-store pickup|Pickup in store) · free/)
  const difference = state.dearerPhone.price - state.valuation
  await see(page, `Place order · RON ${amount(difference)}`, { what: "the difference to pay" })
  await a11y(page, "top-up checkout")
  await shot(page, "top-up-checkout")
  await page.getByRole("button", { name: /^Place order · / }).click()
  await heading(page, "Thank you for your order")
  await see(page, `Total: RON ${amount(difference)}`, { what: "the order total shown" })
  await a11y(page, "order confirmation")
  await shot(page)
}

module.exports = {
  PHONE,
  amount,
  productPages,
  buyPhone,
  cardActive,
  fileDisplayClaim,
  declineAndPayFee,
  giveReturnDetails,
  seeClaimClosed,
  fileSecondClaim,
  topUpCheckout,
}
