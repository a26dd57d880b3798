// The journey of issue 9, as people walk it: a visitor and a shopper on a phone in the demo
// storefront, a clerk at a desk in the Medusa dashboard. Run by scripts/e2e.js (`npm run
// test:e2e`), which starts the demo on a fresh database; each numbered step is one test.
const { after, before } = require("node:test")
const { launch } = require("./lib/browser")
const { createJourney } = require("./lib/journey")
const { shopper } = require("./lib/env")
const shopperSteps = require("./lib/shopper-steps")
const staffSteps = require("./lib/staff-steps")

/** What one step learns and a later one needs (the order, the card's IMEI, the tickets). */
const state = {}
const actors = {}
let browser

before(async () => {
  browser = await launch()
  // One person per context: the shopper (and, before signing in, the visitor) on a phone, the
  // clerk at a desk, and a second shopper who must not see the first one's claim.
  actors.shopper = await browser.actor("shopper", { mobile: true })
  actors.staff = await browser.actor("staff")
  actors.other = await browser.actor("second-shopper", { mobile: true })
})

after(async () => {
  if (browser) {
    await browser.close()
  }
})

const journey = createJourney()
/** What a step's body gets: the step's helpers (shot, a11y), the shared state and the three pages. */
const ctx = (s) => ({
  ...s,
  state,
  shopper,
  shopperPage: s.watch(actors.shopper.page),
  staffPage: s.watch(actors.staff.page),
  otherPage: s.watch(actors.other.page),
})

journey.step(1, "product-pages", "a visitor reads the warranty of the phone and the tablet, in ro and en", [], (s) =>
  shopperSteps.productPages(ctx(s))
)
journey.step(2, "buy-phone", "the shopper signs in and buys the phone for courier delivery", [], (s) => shopperSteps.buyPhone(ctx(s)))
journey.step(3, "staff-ship-and-imei", "staff fulfil and ship the order and set the unit's IMEI in the warranty widget", [2], (s) =>
  staffSteps.shipAndSetImei(ctx(s))
)
journey.step(4, "card-active", "the shopper sees the card active and downloads its PDF", [3], (s) => shopperSteps.cardActive(ctx(s)))
journey.step(5, "file-claim", "the shopper files a claim for the display and downloads the label; another shopper gets 'not found'", [4], (s) =>
  shopperSteps.fileDisplayClaim(ctx(s))
)
journey.step(6, "staff-intake-quote", "staff find the claim by ticket and IMEI, receive it, diagnose an R9 exclusion and send a quote", [5], (s) =>
  staffSteps.intakeAndQuote(ctx(s))
)
journey.step(7, "decline-and-pay-fee", "the shopper declines the quote and pays the diagnostic fee online", [6], (s) =>
  shopperSteps.declineAndPayFee(ctx(s))
)
journey.step(8, "return-and-close", "the shopper gives the return details; staff ship the device back and close the claim", [7], async (s) => {
  const c = ctx(s)
  await shopperSteps.giveReturnDetails(c)
  await staffSteps.shipBackAndClose(c)
  await shopperSteps.seeClaimClosed(c)
})
journey.step(9, "valuation-top-up", "a second claim: unrepairable, a valuation, the credit with top-up for a dearer phone paid at checkout", [8], async (s) => {
  const c = ctx(s)
  await shopperSteps.fileSecondClaim(c)
  await staffSteps.unrepairableValuation(c)
  await shopperSteps.topUpCheckout(c)
})
