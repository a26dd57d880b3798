// Used by scripts/demo.js: the one banner with the URLs, the logins, the seeded claims and where
// the e-mails and Medusa's output go.

/** What a claim's status means to the person trying the demo. */
const CLAIM_STATUS = {
  submitted: "filed, the device is not at the service yet",
  received: "received at the service",
  diagnosing: "in diagnosis",
  awaiting_customer: "a quote waits for the shopper's answer",
  repairing: "in repair",
  at_manufacturer: "at the manufacturer",
  ready: "ready to go back",
  awaiting_return_details: "waits for the shopper's return details",
  returning: "on its way back",
  rejected: "rejected",
  unrepairable: "unrepairable",
  offered: "an offer waits for the shopper's choice",
  recycling: "traded in, to recycle",
  closed: "closed",
  canceled: "canceled",
}

/**
 * Printed once by scripts/demo.js, when the storefront and Medusa answer (Medusa's own restarts
 * print nothing here). `logLabel`: the log file Medusa's output goes to, or null for stdout.
 */
function banner(state, { port, storefrontPort, admin, shopper, dbLabel, logLabel }) {
  const base = `http://localhost:${port}`
  const pad = (s) => s.padEnd(18)
  const claims = state.claims.length
    ? state.claims.map(
        (c, i) =>
          `${pad(i ? "" : "  Claims")}${c.ticket_number}  ${c.product_title}: ${CLAIM_STATUS[c.status] || c.status.replace(/_/g, " ")}`
      )
    : [`${pad("  Claims")}none yet`]
  const lines = [
    "",
    "================ Warranty plugin demo ================",
    `${pad("  Dashboard")}${base}/app`,
    `${pad("    login")}${admin.email} / ${admin.password}`,
    `${pad("  Storefront")}http://localhost:${storefrontPort}`,
    `${pad("    shopper login")}${shopper.email} / ${shopper.password}`,
    ...claims,
    `${pad("  Orders")}#1 iPhone 12 + charger, picked up in store`,
    `${pad("")}#2 iPhone 15 Pro + Galaxy S24, shipped by courier and delivered`,
    `${pad("")}#3 Xiaomi 14T by courier, not shipped yet`,
    `${pad("  E-mails")}not sent: Medusa's local notification provider logs each one (template,`,
    logLabel
      ? `${pad("")}recipient, data) to ${logLabel}; a line here names each as it goes`
      : `${pad("")}recipient, data) as "Attempting to send a notification" in Medusa's output`,
    `${pad("  Store API")}${base}/store, header x-publishable-api-key: ${state.publishableKey || "(none)"}`,
    `${pad("  Database")}${dbLabel}`,
    ...(logLabel ? [`${pad("  Log")}${logLabel} (migrations, seed, Medusa); errors show here`] : []),
    "  Stop with Ctrl-C.",
    "======================================================",
    "",
  ]
  console.log(lines.join("\n"))
}

module.exports = { banner }
