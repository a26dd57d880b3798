// The shopper in the demo storefront (storefront/), on a phone-sized screen, by visible labels.
const { env } = require("./env")
const { heading, see } = require("./see")

const shop = (p = "/") => `${env.storefrontUrl}${p}`

async function open(page, path, title) {
  await page.goto(shop(path))
  if (title) {
    await heading(page, title)
  }
}

/** The header's language switch (its buttons are named in their own language). */
async function setLanguage(page, locale) {
  const name = locale === "ro" ? "Română" : "English"
  const button = page.getByRole("button", { name, exact: true })
  await button.click()
  await button.and(page.locator("[aria-pressed='true']")).waitFor()
}

/** `a11y` (optional) checks the form page before it is sent. */
async function signIn(page, { email, password }, a11y) {
  await open(page, "/account/login")
  await heading(page, "Sign in")
  if (a11y) {
    await a11y(page, "sign in")
  }
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Sign in", exact: true }).click()
  await heading(page, "My account")
}

async function register(page, { firstName, lastName, email, password }, a11y) {
  await open(page, "/account/register")
  await heading(page, "Create an account")
  if (a11y) {
    await a11y(page, "register")
  }
  await page.getByLabel("First name").fill(firstName)
  await page.getByLabel("Last name").fill(lastName)
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Create the account" }).click()
  await heading(page, "My account")
}

/** The checkout's address form, when the cart has none yet: only the empty fields are filled. */
async function fillAddressIfAsked(page, person) {
  const next = page.getByRole("button", { name: "Continue to delivery" })
  // Either the form (no address yet) or the delivery choices (an address on the cart) shows.
  await next.or(page.getByRole("radiogroup", { name: "Delivery" })).first().waitFor()
  if (!(await next.isVisible())) {
    return
  }
  const fields = [
    ["First name", person.firstName],
    ["Last name", person.lastName],
    ["Phone", person.phone],
    ["Address", person.address],
    ["City", person.city],
    ["Postal code", person.postalCode],
  ]
  for (const [label, value] of fields) {
    const input = page.getByRole("textbox", { name: label, exact: true })
    if (!(await input.inputValue())) {
      await input.fill(value)
    }
  }
  await next.click()
}

/** Picks a delivery choice by its visible name ("Courier · …", "In-store pickup · free"). */
async function chooseDelivery(page, name) {
  const choice = page.getByRole("radio", { name })
  await choice.click()
  await page.getByRole("button", { name: /^Place order · / }).waitFor()
}

module.exports = { shop, open, setLanguage, signIn, register, fillAddressIfAsked, chooseDelivery, see, heading }
