// The journey's steps as node:test tests in order, sharing one browser. A step that needs an
// earlier one fails at once, naming it, instead of timing out on a page that cannot be there.
// Each step ends with a screenshot, and fails on what the browser reported while it ran
// (lib/browser.js) and on blocking accessibility violations (lib/a11y.js).
const fs = require("fs")
const path = require("path")
const { test } = require("node:test")
const { takeProblems } = require("./browser")
const { axeProblems } = require("./a11y")
const { env } = require("./env")

const STEP_TIMEOUT = Number(process.env.E2E_STEP_TIMEOUT || 240000)

/**
 * A screenshot of the whole page. The dashboard scrolls inside its <main>, which a full-page
 * screenshot does not see: the window is made as tall as that content for the picture.
 */
async function fullShot(page, file) {
  const size = page.viewportSize()
  const inner = await page
    .evaluate(() => {
      const main = document.querySelector("main")
      return main && main.scrollHeight > main.clientHeight + 1 ? main.scrollHeight - main.clientHeight : 0
    })
    .catch(() => 0)
  if (size && inner > 0) {
    await page.setViewportSize({ width: size.width, height: Math.min(size.height + inner, 6000) })
    await page.screenshot({ path: file })
    await page.setViewportSize(size)
  } else {
    await page.screenshot({ path: file, fullPage: true })
  }
}

function createJourney() {
  const outcome = new Map() // step number -> "passed" | "problems" (flow done, pages not clean) | "failed"
  const names = new Map()
  const pages = new Set() // every actor's page, watched for problems
  fs.mkdirSync(env.screenshots, { recursive: true })

  /**
   * @param {number} n
   * @param {string} name file-name friendly, e.g. "product-pages"
   * @param {string} title what a person does in this step
   * @param {number[]} needs steps whose outcome this one builds on
   * @param {(s: StepContext) => Promise<void>} body
   */
  function step(n, name, title, needs, body) {
    names.set(n, name)
    const nn = String(n).padStart(2, "0")
    test(`${nn} ${title}`, { timeout: STEP_TIMEOUT }, async () => {
      // A step whose flow went through but whose pages had problems (console errors, failed
      // requests, accessibility) still made what later steps build on: they run, and report
      // their own problems too.
      const missing = needs.filter((k) => !["passed", "problems"].includes(outcome.get(k)))
      if (missing.length) {
        outcome.set(n, "failed")
        const e = new Error(`not run: it needs step ${missing.map((k) => `${k} (${names.get(k)})`).join(", ")}, which failed`)
        e.stack = e.message // where it was thrown says nothing here
        throw e
      }
      for (const page of pages) {
        takeProblems(page) // what happened between steps belongs to no step
      }
      const found = []
      let shots = 0
      const s = {
        /** Registers a page so that its console errors and failed requests fail this step. */
        watch(page) {
          pages.add(page)
          return page
        },
        /** Saves NN-name[-suffix].png of the page as it is now. */
        async shot(page, suffix) {
          shots++
          const file = path.join(env.screenshots, `${nn}-${name}${suffix ? `-${suffix}` : ""}.png`)
          await fullShot(page, file)
          return file
        },
        /** axe-core on the page (or only the given selectors): serious and critical violations fail the step. */
        async a11y(page, where, scope) {
          const lines = await axeProblems(page, where, scope)
          if (env.a11yReportOnly) {
            lines.forEach((l) => console.log(`(E2E_A11Y=report) ${l}`))
          } else {
            found.push(...lines)
          }
        },
      }
      try {
        await body(s)
      } catch (e) {
        outcome.set(n, "failed")
        for (const page of pages) {
          await fullShot(page, path.join(env.screenshots, `${nn}-${name}-FAILED-${page.__actor}.png`)).catch(() => {})
        }
        const problems = [...pages].flatMap((p) => takeProblems(p).map((x) => `[${p.__actor} ${x.kind}] ${x.text}`))
        if (problems.length) {
          e.message = `${e.message}\nthe browser also reported:\n  ${problems.join("\n  ")}`
        }
        throw e
      }
      for (const page of pages) {
        found.push(...takeProblems(page).map((x) => `[${page.__actor} ${x.kind}] ${x.text}`))
      }
      if (!shots) {
        found.push("the step saved no screenshot")
      }
      if (found.length) {
        outcome.set(n, "problems")
        throw new Error(`${found.length} problem(s):\n  ${found.join("\n  ")}`)
      }
      outcome.set(n, "passed")
    })
  }

  return { step }
}

module.exports = { createJourney }
