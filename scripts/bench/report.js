// The report of `npm run bench`: one table of every endpoint measured, then the ratios ours/core.
// A pair has one core endpoint and one or more of ours (`ours` may be a list: the storefront's
// store routes all stand against one Medusa route).
const os = require("os")

function pad(s, n, right = false) {
  s = String(s)
  return right ? s.padStart(n) : s.padEnd(n)
}

const fixed = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "-")

/**
 * @param pairs [{ n, title, data: string[], ours (one endpoint or a list), core, extra?, ratioName, goal? }]:
 *   endpoints carry `bytes` (one response, checked before the load); with a list, each of ours
 *   gets its own ratio row, named by its `ratioName`
 * @param timings { cfg, modeLabel, pgLabel, total, setup, load }
 */
function report(pairs, results, timings) {
  const { cfg: CFG, modeLabel: MODE_LABEL } = timings
  const ours = (p) => [].concat(p.ours)
  const all = pairs.flatMap((p) => [...ours(p), p.core, ...(p.extra || [])])
  const width = Math.max(28, ...all.map((ep) => ep.label.length))
  const cols = [
    ["endpoint", width, false],
    ["req/s avg", 10, true],
    ["per round", 13, true],
    ["p50 ms", 8, true],
    ["p99 ms", 8, true],
    ["max ms", 8, true],
    ["requests", 9, true],
    ["non-2xx", 8, true],
    ["errors", 7, true],
    ["body bytes", 11, true],
  ]
  const row = (vals) => vals.map((v, i) => pad(v, cols[i][1], cols[i][2])).join("  ")
  const line = (ep) => {
    const r = results[ep.key]
    return row([
      ep.label,
      fixed(r.rps),
      r.rounds.map((x) => x.toFixed(0)).join(" / "),
      fixed(r.p50, 0),
      fixed(r.p99, 0),
      fixed(r.max, 0),
      r.ok,
      r.non2xx,
      r.errors + r.timeouts,
      ep.bytes ?? "-",
    ])
  }
  const lines = [
    `Warranty plugin vs Medusa core: ${pairs.length} pair(s) of endpoints of the same kind, one run`,
    `  date          ${new Date().toISOString()}`,
    `  mode          ${MODE_LABEL}`,
    `  machine       ${os.cpus().length} CPU (${os.cpus()[0]?.model?.trim() || "?"}), Node ${process.version}, PostgreSQL ${timings.pgLabel}`,
    `  load          autocannon ${require("autocannon/package.json").version}, ${CFG.connections} connections, pipelining 1, ${CFG.duration} s per endpoint in ${CFG.rounds} alternating round(s) after ${CFG.warmup} s warm-up each, both endpoints of a pair with the same headers, server log level ${CFG.logLevel}`,
  ]
  for (const p of pairs) {
    lines.push(`  pair ${p.n}        ${p.title}`, ...p.data.map((d) => `                ${d}`))
  }
  lines.push("", row(cols.map((c) => c[0])), row(cols.map((c) => "-".repeat(c[1]))))
  for (const p of pairs) {
    lines.push(`${p.n}. ${p.title}`, ...ours(p).map(line), line(p.core))
    if (p.extra && p.extra.length) {
      lines.push("  reference rows (BENCH_EXTRA, not in the ratio):", ...p.extra.map(line))
    }
  }
  lines.push("  (req/s = 2xx responses / measured seconds; p50/p99/max over every 2xx response of all rounds)", "")
  lines.push(`  ratios, ours / core (> 1 means ours is faster: req/s ours/core, latency core/ours)`)
  const ratioRows = pairs.flatMap((p) =>
    ours(p).map((ep, i) => ({ p, ep, name: `${p.n}${ours(p).length > 1 ? "abcdefghij"[i] : ""}. ${ep.ratioName || p.ratioName}` }))
  )
  const rw = Math.max(...ratioRows.map((r) => r.name.length)) + 4
  lines.push(`    ${pad("pair", rw)}${pad("req/s", 8, true)}${pad("p50", 8, true)}${pad("p99", 8, true)}`)
  for (const { p, ep, name } of ratioRows) {
    const mine = results[ep.key]
    const core = results[p.core.key]
    const rps = mine.rps / core.rps
    const goal = p.goal ? `   (goal req/s >= ${p.goal.toFixed(1)}: ${rps >= p.goal ? "MET" : "NOT MET"})` : ""
    const short = mine.short || core.short ? "   (a run ended early: ran out of free cards, see the log)" : ""
    const empty = mine.empty || core.empty ? "   (a round got no answer within its seconds: not a figure; raise BENCH_DURATION)" : ""
    lines.push(
      `    ${pad(name, rw)}${pad(fixed(rps, 2), 8, true)}${pad(fixed(core.p50 / mine.p50, 2), 8, true)}${pad(fixed(core.p99 / mine.p99, 2), 8, true)}${goal}${short}${empty}`
    )
  }
  lines.push("", `  run time: ${timings.total} (setup ${timings.setup}, load ${timings.load})`)
  return lines.join("\n")
}

module.exports = { report }
