// What a person checks with their eyes: a text on the page, within a few seconds.
const fs = require("fs")

/**
 * Waits until `text` (a string: exact substring; a RegExp) is visible in `scope` (a page or a
 * locator), and fails with what was expected and where.
 */
async function see(scope, text, { timeout, what } = {}) {
  const target = scope.getByText(text).first()
  try {
    await target.waitFor({ state: "visible", ...(timeout ? { timeout } : {}) })
  } catch {
    const page = typeof scope.page === "function" ? scope.page() : scope
    throw new Error(`expected to see ${what ? `${what}: ` : ""}${String(text)} on ${page.url()}`)
  }
  return target
}

/** The page's one h1, once it says `text`. */
async function heading(page, text, opts = {}) {
  const h1 = page.getByRole("heading", { level: 1, name: text })
  try {
    await h1.waitFor({ state: "visible", ...(opts.timeout ? { timeout: opts.timeout } : {}) })
  } catch {
    const shown = await page
      .getByRole("heading", { level: 1 })
      .allInnerTexts()
      .catch(() => [])
    throw new Error(`expected the heading ${String(text)} on ${page.url()}; the page shows ${JSON.stringify(shown)}`)
  }
  return h1
}

/**
 * Clicks what starts a download and checks that a PDF arrived: the `%PDF-` header and a size a
 * real document has. Returns its size in bytes.
 */
async function downloadPdf(page, trigger, { minBytes = 2000 } = {}) {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger()])
  const file = await download.path()
  const bytes = fs.readFileSync(file)
  const head = bytes.subarray(0, 5).toString("latin1")
  if (head !== "%PDF-") {
    throw new Error(`the download ${download.suggestedFilename()} is not a PDF (starts with ${JSON.stringify(head)})`)
  }
  if (bytes.length < minBytes) {
    throw new Error(`the PDF ${download.suggestedFilename()} has only ${bytes.length} bytes`)
  }
  return { name: download.suggestedFilename(), size: bytes.length }
}

/** Waits until a button is enabled again (the page has finished what the click started). */
async function enabled(button) {
  await button.waitFor()
  const until = Date.now() + 15000
  while (Date.now() < until) {
    if (await button.isEnabled()) {
      return
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`the button ${button} stayed disabled`)
}

/** A 15-digit IMEI that passes the Luhn check, from a 14-digit body. */
function imeiFrom(body14) {
  const digits = body14.split("").map(Number)
  let sum = 0
  for (let i = 0; i < 14; i++) {
    let d = digits[i]
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) {
        d -= 9
      }
    }
    sum += d
  }
  return `${body14}${(10 - (sum % 10)) % 10}`
}

module.exports = { see, heading, downloadPdf, enabled, imeiFrom }
