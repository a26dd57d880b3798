// Paper the counter needs (issue 10, section 3), as a clerk prints it from a claim's page in the
// Medusa dashboard: the intake receipt of a received claim, in the claim's language, and the
// handover receipt once the device is ready, in English picked from the page; each PDF read back
// for its ticket and IMEI. Builds on the demo's seeded claims only (the shopper@example.com
// customer): the received claim in repair, whose card gets an IMEI if it has none; when that
// claim is still in repair it is marked ready through the admin API, as a colleague at the bench
// would, so that the page offers the handover receipt.
const assert = require("node:assert/strict")
const fs = require("fs")
const { after, before } = require("node:test")
const { launch } = require("./lib/browser")
const d = require("./lib/dashboard")
const { env, shopper } = require("./lib/env")
const { createJourney } = require("./lib/journey")
const { imeiFrom } = require("./lib/see")

// The package's index file runs a debug harness when loaded; the lib path does not.
const pdfParse = require("pdf-parse/lib/pdf-parse.js")

const PLUGIN_PAGE = { include: ["main"] }
/** Where the device is, or was, in the workshop and the handover receipt is not there yet. */
const IN_SERVICE = ["received", "diagnosing", "awaiting_customer", "repairing", "at_manufacturer", "offered"]

const state = {}
let browser
let staff

before(async () => {
  browser = await launch()
  staff = await browser.actor("receipts-staff")
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

/** Clicks the button, waits for the download and reads the PDF's text back (whitespace collapsed). */
async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()])
  const bytes = fs.readFileSync(await download.path())
  assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-", `${download.suggestedFilename()} is a PDF`)
  const parsed = await pdfParse(bytes)
  return { name: download.suggestedFilename(), pages: parsed.numpages, text: parsed.text.replace(/\s+/g, " ") }
}

async function openClaim(page, claim) {
  await page.goto(d.app(`/warranty-claims/${claim.id}`))
  await page.getByRole("heading", { name: claim.ticket_number, exact: true }).waitFor({ timeout: env.navigationTimeout })
}

const journey = createJourney()

journey.step(1, "receipts-intake", "the clerk opens a seeded received claim and prints its intake receipt, in the claim's language", [], async (s) => {
  const page = s.watch(staff.page)
  await d.signIn(page)
  const { warranty_claims: claims } = await adminApi(page, "/admin/warranty-claims?limit=100&order=created_at")
  const seeded = claims.filter((c) => c.received_on && c.customer && c.customer.email === shopper.email)
  // The claim in repair (the demo's iPhone 15 Pro), else any received one still in the workshop.
  const claim = seeded.find((c) => c.status === "repairing") ?? seeded.find((c) => IN_SERVICE.includes(c.status))
  assert.ok(claim, `a seeded received claim still in service (seeded: ${seeded.map((c) => `${c.ticket_number} ${c.status}`).join(", ")})`)
  state.claim = claim
  const { warranty_card: card } = await adminApi(page, `/admin/warranty-cards/${claim.warranty_card_id}`)
  state.imei = card.serial_number || imeiFrom(`35${String(Date.now()).slice(-12)}`)
  if (!card.serial_number) {
    // Set at the counter when the box is opened, as a clerk does.
    await adminApi(page, `/admin/warranty-cards/${card.id}`, { serial_number: state.imei })
  }

  await openClaim(page, claim)
  const intake = page.getByRole("button", { name: "Intake receipt" })
  await intake.waitFor()
  assert.equal(await page.getByRole("button", { name: "Handover receipt" }).count(), 0, "no handover receipt while the device is in service")
  const pdf = await downloadText(page, intake)
  assert.equal(pdf.name, `${claim.ticket_number}-intake-receipt.pdf`)
  assert.equal(pdf.pages, 1, "the intake receipt is one page")
  // The demo's claims were filed in Romanian: the receipt is too, unless the clerk picks another language.
  assert.ok(pdf.text.includes("Fișă de primire în service"), "the intake receipt in the claim's language (ro)")
  assert.ok(pdf.text.includes(claim.ticket_number), "the ticket on the intake receipt")
  assert.ok(pdf.text.includes(state.imei), "the IMEI on the intake receipt")
  assert.ok(pdf.text.includes(claim.product_title), "the device on the intake receipt")
  await s.a11y(page, "Warranty claim page (documents)", PLUGIN_PAGE)
  await s.shot(page)
})

journey.step(2, "receipts-handover", "once the device is ready, the clerk prints the handover receipt in English", [1], async (s) => {
  const page = s.watch(staff.page)
  const claim = state.claim
  if (claim.status === "repairing") {
    await adminApi(page, `/admin/warranty-claims/${claim.id}/mark-ready`, { note: "Battery and display connector replaced.", battery_percent: 100 })
  }
  await openClaim(page, claim)
  if (claim.status === "repairing") {
    // A courier claim moves on by itself to ask the shopper where to send the device (R7.4).
    await d.claimStatus(page, claim.ticket_number, "(Ready|Awaiting return details)")
  }
  const handover = page.getByRole("button", { name: "Handover receipt" })
  await handover.waitFor()
  // The language of the documents: English for this customer.
  await page.getByRole("combobox", { name: "Language of the documents" }).click()
  await page.getByRole("option", { name: "English" }).click()
  const pdf = await downloadText(page, handover)
  assert.equal(pdf.name, `${claim.ticket_number}-handover-receipt.pdf`)
  assert.equal(pdf.pages, 1, "the handover receipt is one page")
  assert.ok(pdf.text.includes("Handover receipt"), "the handover receipt in the language picked (en)")
  assert.ok(pdf.text.includes(claim.ticket_number), "the ticket on the handover receipt")
  assert.ok(pdf.text.includes(state.imei), "the IMEI on the handover receipt")
  assert.ok(pdf.text.includes("Customer (name, signature)"), "a line for the customer's signature")
  if (claim.status === "repairing") {
    assert.ok(pdf.text.includes("Repaired"), "the outcome of a repair")
    assert.ok(pdf.text.includes("Battery and display connector replaced."), "what was done")
    assert.ok(pdf.text.includes("100%"), "the battery after the repair")
  }
  // The intake receipt follows the language picked too.
  const intake = await downloadText(page, page.getByRole("button", { name: "Intake receipt" }))
  assert.ok(intake.text.includes("Intake receipt"), "the intake receipt in English once English is picked")
  await s.a11y(page, "Warranty claim page (handover)", PLUGIN_PAGE)
  await s.shot(page)
})
