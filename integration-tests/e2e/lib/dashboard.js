// The clerk in the Medusa dashboard (/app): Medusa's own order pages, and the plugin's widgets,
// claims pages and drawers, found by their visible labels.
const { env, admin } = require("./env")
const { see } = require("./see")

const app = (p = "") => `${env.backendUrl}/app${p}`

async function signIn(page) {
  await page.goto(app("/orders"))
  const email = page.getByPlaceholder("Email")
  const firstRow = page.getByRole("row").nth(1)
  await email.or(firstRow).first().waitFor({ timeout: env.navigationTimeout })
  if (await email.isVisible()) {
    await email.fill(admin.email)
    await page.getByPlaceholder("Password").fill(admin.password)
    await page.getByRole("button", { name: "Continue with Email" }).click()
    await firstRow.waitFor({ timeout: env.navigationTimeout })
  }
}

/** A link of the dashboard's sidebar (the breadcrumbs may show the same words). */
async function sidebar(page, name) {
  await page.getByRole("navigation").getByRole("link", { name, exact: true }).first().click()
}

/** Orders list -> the order's row (`#12`). */
async function openOrder(page, displayId) {
  await sidebar(page, "Orders")
  await page.getByRole("row", { name: new RegExp(`#${displayId}\\b`) }).click()
  await page.getByRole("heading", { name: `#${displayId}` }).first().waitFor()
}

/** Medusa's own flow: "Fulfill items" from the unfulfilled items' menu, then "Mark as shipped". */
async function fulfilAndShip(page, tracking) {
  const unfulfilled = page.getByRole("heading", { name: "Unfulfilled Items" })
  await unfulfilled.waitFor()
  const section = page.locator("div").filter({ has: unfulfilled }).last()
  await section.getByRole("button").first().click()
  await page.getByRole("menuitem", { name: "Fulfill items" }).click()
  const create = page.getByRole("button", { name: "Create Fulfillment" })
  await create.waitFor()
  // The form takes the order's shipping method once the options have loaded: a person sees its
  // name in the field before they submit (submitting earlier says "Shipping option is required").
  await see(page.getByRole("dialog"), /^Courier \(/, { what: "the order's shipping method in the form" })
  await create.click()
  await see(page, "Fulfillment created successfully")
  await page.getByRole("button", { name: "Mark as shipped" }).click()
  const dialog = page.getByRole("dialog", { name: "Mark fulfillment shipped" }).or(page.getByRole("dialog")).first()
  await dialog.getByRole("button", { name: "Add tracking number" }).click()
  await dialog.locator("input[name^='labels']").first().fill(tracking)
  await dialog.getByRole("button", { name: "Save" }).click()
  await see(page, "Shipment created successfully.")
}

/** The order page's "Warranty cards" widget: the row of the order's (only) card. */
function cardRow(page) {
  return page.getByRole("row").filter({ hasText: /WC-\d{4}-\d{6}/ })
}

async function setImei(page, imei) {
  const row = cardRow(page)
  await row.getByRole("button", { name: /^Actions for WC-/ }).click()
  await page.getByRole("menuitem", { name: "Set IMEI / serial" }).click()
  const dialog = page.getByRole("dialog", { name: "Set IMEI / serial number" })
  await dialog.getByRole("textbox", { name: "IMEI / serial number" }).fill(imei)
  await dialog.getByRole("button", { name: "Save" }).click()
  await dialog.waitFor({ state: "hidden" })
  await see(row, `IMEI ${imei}`, { what: "the IMEI on the card" })
}

/** Sidebar "Warranty claims", then the search box: the rows a clerk sees for `q`. */
async function searchClaims(page, q) {
  await sidebar(page, "Warranty claims")
  await page.getByRole("heading", { name: "Warranty claims" }).waitFor()
  const search = page.getByPlaceholder("Ticket number or IMEI")
  await search.fill(q)
  // The list keeps its search in the URL: once it is there, the rows are the search's.
  await page.waitForURL((url) => url.searchParams.get("q") === q)
  return page.getByRole("row").filter({ hasText: q })
}

/** A claim drawer opened from its action button; returns the dialog. */
async function openDrawer(page, button, title) {
  await page.getByRole("button", { name: button, exact: true }).click()
  const dialog = page.getByRole("dialog", { name: title })
  await dialog.waitFor()
  return dialog
}

async function submitDrawer(dialog, label, toast) {
  await dialog.getByRole("button", { name: label, exact: true }).click()
  await dialog.waitFor({ state: "hidden" })
  if (toast) {
    await see(dialog.page(), toast)
  }
}

/** A yes/no radio pair of the plugin's drawers (YesNoField). */
async function answer(dialog, question, yes) {
  await dialog.getByRole("radiogroup", { name: question }).getByRole("radio", { name: yes ? "Yes" : "No" }).click()
}

/** A Medusa UI select: open it by its label, then pick the option. */
async function choose(page, dialog, selectLabel, option) {
  await dialog.getByRole("combobox", { name: selectLabel }).click()
  await page.getByRole("option", { name: option }).click()
}

async function receive(page, ticket, batteryPercent) {
  const dialog = await openDrawer(page, "Receive device", `Receive ${ticket}`)
  await answer(dialog, "Original packaging", true)
  await answer(dialog, "Seals intact", true)
  await dialog.getByLabel("Battery health (%)").fill(String(batteryPercent))
  await submitDrawer(dialog, "Receive device", `${ticket} received`)
}

async function diagnose(page, ticket, { findings, covered, exclusion }) {
  const dialog = await openDrawer(page, "Diagnose", `Diagnose ${ticket}`)
  await dialog.getByLabel("Findings").fill(findings)
  await answer(dialog, "Covered by the warranty", covered)
  if (exclusion) {
    await choose(page, dialog, "Exclusion reason", exclusion)
  }
  await submitDrawer(dialog, "Save diagnosis", `Diagnosis recorded on ${ticket}`)
}

/** Waits for the status badge beside the claim's ticket (the page's header) to say `label`. */
async function claimStatus(page, ticket, label) {
  const header = page.getByRole("heading", { name: ticket, exact: true }).locator("xpath=..")
  await see(header, new RegExp(`^${label}$`), { what: "the claim's status" })
}

module.exports = {
  app,
  sidebar,
  signIn,
  openOrder,
  fulfilAndShip,
  cardRow,
  setImei,
  searchClaims,
  openDrawer,
  submitDrawer,
  answer,
  choose,
  receive,
  diagnose,
  claimStatus,
}
