// What scripts/e2e.js tells the journey (it starts the demo and knows the ports); the defaults
// let the journey run against a demo started by hand with the same ports.
const path = require("path")

const root = path.resolve(__dirname, "..", "..", "..")

const env = {
  backendUrl: process.env.E2E_BACKEND_URL || "http://localhost:9100",
  storefrontUrl: process.env.E2E_STOREFRONT_URL || "http://localhost:8100",
  screenshots: process.env.E2E_SCREENSHOTS || path.join(root, "screenshots", "e2e"),
  chromium: process.env.E2E_CHROMIUM || "/usr/bin/chromium",
  headed: process.env.E2E_HEADED === "1",
  // Debugging only: print accessibility violations instead of failing on them, to walk the rest
  // of the journey while a page is being fixed. `npm run test:e2e` and CI never set it.
  a11yReportOnly: process.env.E2E_A11Y === "report",
  axe: path.join(root, "node_modules", "axe-core", "axe.min.js"),
  // A person waits a few seconds; the first dashboard page of a `medusa develop` is compiled on
  // demand and takes longer.
  actionTimeout: Number(process.env.E2E_ACTION_TIMEOUT || 15000),
  navigationTimeout: Number(process.env.E2E_NAVIGATION_TIMEOUT || 90000),
}

const admin = { email: "admin@example.com", password: process.env.DEMO_ADMIN_PASSWORD || "supersecret" }
const shopper = { email: "shopper@example.com", password: process.env.DEMO_SHOPPER_PASSWORD || "shopper-demo" }

module.exports = { env, admin, shopper, root }
