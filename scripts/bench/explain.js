// The EXPLAIN half of `npm run bench:scale`: runs EXPLAIN (ANALYZE, FORMAT JSON) on the queries a
// route really sent (captured by scripts/bench/sql-capture.js in the server) and says which scan
// each table got, flagging a sequential scan of a big table.

/** Queries the plugin's list routes send about their rows (not Medusa's auth and API-key reads). */
const OURS = /\b(warranty_[a-z_]+|customer)\b/

/** Every scan node of a plan: { type, relation, index, rows }. */
function scans(plan, out = []) {
  const type = plan["Node Type"]
  if (/Scan$/.test(type) && type !== "Function Scan" && type !== "Values Scan" && type !== "Subquery Scan" && type !== "CTE Scan") {
    out.push({ type, relation: plan["Relation Name"] || null, index: plan["Index Name"] || null, rows: plan["Actual Rows"] })
  }
  for (const child of plan.Plans || []) {
    scans(child, out)
  }
  return out
}

/** `count` for the list's count query, `rows` for its page, `other` for the rest. */
function kind(text) {
  const t = text.trim().toLowerCase()
  if (/^select\s+count\(/.test(t)) return "count"
  if (/^select\b/.test(t)) return "rows"
  return "other"
}

/**
 * @param {import("pg").Client} client on the same database
 * @param {{ text: string, params: unknown[] }[]} captured
 * @param {Set<string>} bigTables tables where a Seq Scan is flagged
 * @returns {Promise<{ kind: string, ms: number, scans: object[], flagged: string[], text: string }[]>}
 */
async function explainCaptured(client, captured, bigTables) {
  const out = []
  for (const q of captured) {
    if (!OURS.test(q.text) || kind(q.text) === "other") {
      continue
    }
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.text}`, q.params)
    const [root] = rows[0]["QUERY PLAN"]
    const found = scans(root.Plan)
    out.push({
      kind: kind(q.text),
      ms: root["Execution Time"],
      scans: found,
      flagged: found.filter((s) => s.type === "Seq Scan" && bigTables.has(s.relation)).map((s) => s.relation),
      text: q.text,
    })
  }
  return out
}

/** One line per query: `count 0.4 ms: Index Only Scan using IDX_… on warranty_claim` (… `SEQ SCAN ON BIG TABLE`). */
function describe(explained) {
  return explained.map((e) => {
    const what = e.scans
      .map((s) => `${s.type}${s.index ? ` using ${s.index}` : ""}${s.relation ? ` on ${s.relation}` : ""}`)
      .filter((v, i, a) => a.indexOf(v) === i)
      .join(", ")
    return `${e.kind.padEnd(5)} ${e.ms.toFixed(1).padStart(7)} ms: ${what || "(no table scan)"}${e.flagged.length ? `   <-- SEQ SCAN ON BIG TABLE ${e.flagged.join(", ")}` : ""}`
  })
}

module.exports = { explainCaptured, describe, scans }
