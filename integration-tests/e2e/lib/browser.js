// Debian's chromium through playwright-core (no browser download), and the watch every page of the
// journey is under: a console error, an uncaught exception, a failed request or a 5xx answer fails
// the step that was running.
const { chromium } = require("playwright-core")
const { env } = require("./env")

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

/**
 * What the browser may report without it being the project's fault. Each entry says why; anything
 * else fails the step.
 */
const HARMLESS = [
  {
    // Chrome aborts a request on purpose when the page navigates or react-query cancels a stale
    // query (typing in a search box cancels the previous search). Nothing was refused.
    why: "request aborted by a navigation or a cancelled query",
    test: (p) => p.kind === "requestfailed" && /net::ERR_ABORTED/.test(p.text),
  },
  {
    // The dashboard asks who is signed in before the login form shows; the 401 is its answer
    // "nobody", and Chrome logs every 4xx resource as a console error.
    why: "the dashboard's own signed-in probe before login",
    test: (p) =>
      p.kind === "console" &&
      /status of 401/.test(p.text) &&
      /\/(admin\/users\/me|auth\/session|admin\/stores)/.test(p.url || ""),
  },
  {
    // React's development-build warnings raised inside Medusa's own dashboard components (e.g.
    // its order summary puts a <div> in a <p>); a warning from the plugin's code (its component
    // stack names src/admin) is not in this entry and fails the step.
    why: "React dev warnings from Medusa's own dashboard components",
    test: (p) => p.kind === "console" && /^Warning: /.test(p.text) && !/\/src\/admin\//.test(p.text),
  },
  {
    // Radix warns when a dialog has no title; Medusa's own full-page forms (the order's
    // fulfilment and shipment modals) have none. The plugin's drawers all have a title.
    why: "Medusa's own fulfilment and shipment modals have no dialog title",
    test: (p, page) =>
      p.kind === "console" &&
      /`DialogContent` requires a `DialogTitle`/.test(p.text) &&
      /\/app\/orders\/[^/]+\/(fulfillment|[^/]+\/create-shipment)/.test(page.url()),
  },
  {
    // The same for a 400 a browser file provokes on purpose (a refused save shown in its drawer,
    // next to the field): the step asserts the message is there.
    why: "a 400 a step asks for on purpose (a refused save shown in its drawer)",
    test: (p, page) =>
      p.kind === "console" && /status of 400/.test(p.text) && page.__expect400 && page.__expect400.test(p.url || ""),
  },
  {
    // Chrome logs a console error for a 404 it loaded; a missing claim asked for on purpose (the
    // second shopper opening the first shopper's claim) answers 404, and the page must say
    // "not found": the step asserts that text.
    why: "the 404 the journey asks for on purpose (another shopper's claim)",
    test: (p, page) =>
      p.kind === "console" && /status of 404/.test(p.text) && page.__expect404 && page.__expect404.test(p.url || ""),
  },
]

/**
 * Playwright's `launch` starts chromium on a fresh temporary --user-data-dir of its own and deletes
 * it on close (it refuses the flag itself, which is for `launchPersistentContext`; that one allows
 * a single context, and the journey needs one per person).
 */
async function launch() {
  const browser = await chromium.launch({
    executablePath: env.chromium,
    headless: !env.headed,
    slowMo: env.headed ? 150 : 0,
    args: FLAGS,
  })
  return {
    /** A context of its own (cookies, storage) with a watched page. */
    async actor(name, { mobile } = {}) {
      const ctx = await browser.newContext(mobile ? MOBILE : DESKTOP)
      // The dashboard shows country flags from a CDN; this machine (and CI) has no internet, and
      // a flag is decoration: an empty picture stands in for it.
      await ctx.route(/^https:\/\/cdn\.jsdelivr\.net\/gh\/lipis\/flag-icons\//, (route) =>
        route.fulfill({ status: 200, contentType: "image/svg+xml", body: '<svg xmlns="http://www.w3.org/2000/svg"/>' })
      )
      ctx.setDefaultTimeout(env.actionTimeout)
      ctx.setDefaultNavigationTimeout(env.navigationTimeout)
      const page = await ctx.newPage()
      watch(page, name)
      return { ctx, page }
    },
    close: () => browser.close().catch(() => {}),
  }
}

const MOBILE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  acceptDownloads: true,
}
const DESKTOP = { viewport: { width: 1440, height: 900 }, acceptDownloads: true }

/** Collects what goes wrong on a page; `takeProblems` hands it to the step and starts afresh. */
function watch(page, actor) {
  page.__problems = []
  page.__actor = actor
  const add = (p) => {
    if (!HARMLESS.some((h) => h.test(p, page))) {
      page.__problems.push(p)
    }
  }
  page.on("console", (m) => {
    if (m.type() === "error") {
      add({ kind: "console", text: m.text(), url: m.location()?.url })
    }
  })
  page.on("pageerror", (e) => add({ kind: "pageerror", text: String(e && e.stack ? e.stack : e) }))
  page.on("requestfailed", (r) =>
    add({ kind: "requestfailed", text: `${r.method()} ${r.url()}: ${r.failure()?.errorText}`, url: r.url() })
  )
  page.on("response", (r) => {
    if (r.status() >= 500) {
      add({ kind: "response", text: `${r.status()} ${r.request().method()} ${r.url()}`, url: r.url() })
    }
  })
}

function takeProblems(page) {
  const list = page.__problems || []
  page.__problems = []
  return list
}

module.exports = { launch, takeProblems }
