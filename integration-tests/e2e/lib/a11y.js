// axe-core on the page as it is: violations of impact serious or critical fail the step.
const { env } = require("./env")

const BLOCKING = new Set(["serious", "critical"])

/**
 * @param {import("playwright-core").Page} page
 * @param {string} where what the page is, for the message
 * @param {{ include?: string[] }} [scope] CSS selectors to check instead of the whole document
 *   (the dashboard: only the plugin's own DOM, see the journey)
 * @returns {Promise<string[]>} one line per blocking violation and node
 */
async function axeProblems(page, where, scope = {}) {
  const loaded = await page.evaluate(() => typeof window.axe !== "undefined")
  if (!loaded) {
    await page.addScriptTag({ path: env.axe })
  }
  // Buttons fade from their disabled colours when a request ends (Medusa UI's `transition-fg`):
  // axe reads colours as they are, so it waits for running transitions to finish.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), null, { timeout: 3000 })
    .catch(() => {})
  const results = await page.evaluate(async (include) => {
    let context = document
    if (include) {
      const present = include.filter((s) => document.querySelector(s))
      if (!present.length) {
        throw new Error(`axe: none of ${include.join(", ")} is on the page`)
      }
      // Medusa UI's DataTable (the list pages use it as Medusa's own pages do) renders its filter
      // and sort menu triggers as icon buttons with no name, and its search field's magnifier as
      // role="img" with no label; neither takes a name from the page that uses it. They are
      // Medusa's DOM inside the plugin's page, so they are left out like the rest of its chrome.
      for (const search of document.querySelectorAll("main input[type='search']")) {
        const toolbar = search.closest("div.flex")?.parentElement
        const marks = [
          ...(toolbar ? toolbar.querySelectorAll("button[aria-haspopup='menu']") : []),
          ...(search.parentElement ? search.parentElement.querySelectorAll("[role='img']") : []),
        ]
        for (const el of marks) {
          if (!el.textContent.trim() && !el.getAttribute("aria-label")) {
            el.setAttribute("data-e2e-medusa-ui", "")
          }
        }
      }
      context = { include: present.map((s) => [s]), exclude: [["[data-e2e-medusa-ui]"]] }
    }
    const r = await window.axe.run(context, { resultTypes: ["violations"] })
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), html: n.html, summary: n.failureSummary })),
    }))
  }, scope.include || null)
  const lines = []
  for (const v of results) {
    if (!BLOCKING.has(v.impact)) {
      continue
    }
    for (const n of v.nodes) {
      const html = (n.html || "").replace(/\s+/g, " ").slice(0, 160)
      const target = n.target.length > 90 ? `…${n.target.slice(-90)}` : n.target
      lines.push(`[a11y ${v.impact}] ${where}: ${v.id} (${v.help}) at ${target} ${html}: ${(n.summary || "").replace(/\s+/g, " ").slice(0, 200)}`)
    }
  }
  return lines
}

module.exports = { axeProblems }

/**
 * The plugin's widget on a Medusa page: the card (Medusa's `Container`) around the widget's
 * heading, marked so that axe checks only it. Returns its selector.
 */
async function widgetScope(page, headingText) {
  const id = headingText.toLowerCase().replace(/[^a-z0-9]+/g, "-")
  const found = await page.evaluate(
    ({ text, id }) => {
      const h = [...document.querySelectorAll("h1, h2, h3")].find((e) => e.textContent.trim() === text)
      const box = h && h.closest(".shadow-elevation-card-rest")
      if (box) {
        box.setAttribute("data-e2e-scope", id)
      }
      return Boolean(box)
    },
    { text: headingText, id }
  )
  if (!found) {
    throw new Error(`no widget headed ${JSON.stringify(headingText)} on ${page.url()}`)
  }
  return `[data-e2e-scope="${id}"]`
}

module.exports.widgetScope = widgetScope
