// Settings -> Warranty (issue 11, section 6), as the shop owner uses it in the Medusa dashboard:
// change the service phone, see it saved (after a reload too) and in the change log, then put it
// back to the plugin option with "Reset to default". Builds on the seeded demo's admin only.
const assert = require("node:assert/strict")
const { after, before } = require("node:test")
const { launch } = require("./lib/browser")
const d = require("./lib/dashboard")
const { env } = require("./lib/env")
const { createJourney } = require("./lib/journey")

const PLUGIN_PAGE = { include: ["main"] }
const PHONE = `+40 721 ${String(Date.now()).slice(-6, -3)} ${String(Date.now()).slice(-3)}`

let browser
let owner

before(async () => {
  browser = await launch()
  owner = await browser.actor("settings-owner")
})

after(async () => {
  if (browser) {
    await browser.close()
  }
})

async function openSettings(page) {
  await page.goto(d.app("/settings/warranty"))
  await page.getByRole("heading", { name: "Shop and service" }).waitFor({ timeout: env.navigationTimeout })
}

const journey = createJourney()

journey.step(1, "settings-phone", "the owner changes the service phone under Settings -> Warranty and sees it saved and logged", [], async (s) => {
  const page = s.watch(owner.page)
  await d.signIn(page)
  await openSettings(page)
  const group = page.locator('[data-group="service"]')
  const phone = group.getByLabel("Service phone")
  await phone.fill(PHONE)
  await group.getByRole("button", { name: "Save" }).click()
  await page.getByText("Shop and service: saved").first().waitFor()
  // Saved in the module: a fresh page reads it back, the field says it is set here, the log names it.
  await openSettings(page)
  assert.equal(await page.locator('[data-group="service"]').getByLabel("Service phone").inputValue(), PHONE)
  await page.locator('[data-reset="service_phone"]').waitFor()
  const log = page.locator('[data-group="log"]')
  await log.getByText(new RegExp(`Service phone: .* → ${PHONE.replace(/\+/g, "\\+")}`)).first().waitFor()
  await s.a11y(page, "Settings -> Warranty", PLUGIN_PAGE)
  await s.shot(page)
})

journey.step(2, "settings-reset", "the owner puts the phone back to the plugin option with Reset to default", [1], async (s) => {
  const page = s.watch(owner.page)
  await page.locator('[data-reset="service_phone"]').click()
  await page.getByRole("alertdialog").getByRole("button", { name: "Reset" }).click()
  await page.getByText("Service phone reset to the default").first().waitFor()
  await page.locator('[data-reset="service_phone"]').waitFor({ state: "detached" })
  assert.notEqual(await page.locator('[data-group="service"]').getByLabel("Service phone").inputValue(), PHONE)
  await page.locator('[data-group="log"]').getByText("reset to default").first().waitFor()
  await s.shot(page)
})
