// The load half of `npm run bench`: autocannon runs of one endpoint, and a pair's measurement in
// alternating rounds. Settings come from bench.js's CFG; `state.cannon` lets its cleanup stop a
// run that is under way.
const autocannon = require("autocannon")

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
  if (!sorted.length) {
    return NaN
  }
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/**
 * @param cfg bench.js's CFG (connections, duration, rounds, warmup, maxRequestsPerRun)
 * @param baseUrl () => "http://127.0.0.1:PORT"
 * @param state bench.js's cleanup state (its `cannon` field is set while a run is under way)
 * @param log one line of progress
 */
function createLoad({ cfg: CFG, baseUrl, state, log }) {
  // An endpoint under load: { key, label, method, path, headers } plus, for a POST, either `body`
  // (the same for every request) or `nextBody()` (built per request through autocannon's
  // `setupRequest`), and optionally `budget()`: how many more requests it can take (the filing
  // pair has one free card per request).

  /** One autocannon run; `latencies` (optional) receives the time of every 2xx response, in ms. */
  function cannon(ep, seconds, latencies) {
    const headers = ep.method === "POST" ? { ...ep.headers, "content-type": "application/json" } : ep.headers
    const opts = {
      url: `${baseUrl()}${ep.path}`,
      method: ep.method,
      headers,
      connections: CFG.connections,
      pipelining: 1,
      duration: seconds,
      // Each request of a budgeted endpoint uses one item up (a card), so never more than are left.
      maxOverallRequests: Math.min(CFG.maxRequestsPerRun, ep.budget ? ep.budget() : Infinity),
      timeout: 10,
    }
    if (ep.nextBody) {
      opts.requests = [
        { method: ep.method, path: ep.path, headers, setupRequest: (req) => ({ ...req, body: JSON.stringify(ep.nextBody()) }) },
      ]
    } else if (ep.body) {
      opts.body = JSON.stringify(ep.body)
    }
    return new Promise((resolve, reject) => {
      const instance = autocannon(opts, (err, result) => {
        clearTimeout(guard)
        state.cannon = null
        if (err) {
          reject(err)
        } else {
          resolve(result)
        }
      })
      if (latencies) {
        instance.on("response", (_client, statusCode, _bytes, ms) => {
          if (statusCode >= 200 && statusCode < 300) {
            latencies.push(ms)
          }
        })
      }
      state.cannon = instance
      // A second bound besides autocannon's own duration.
      const guard = setTimeout(() => instance.stop(), (seconds + 30) * 1000)
    })
  }

  /** True when a budgeted endpoint has too little left for one request per connection. */
  const exhausted = (ep) => !!ep.budget && ep.budget() < CFG.connections

  /**
   * Work a run leaves behind (requests cut off at its end, a filing's e-mail sent by a subscriber
   * after the answer) is done before the next run starts, so that it is not charged to the other
   * endpoint of the pair.
   */
  async function settle(ep, result) {
    // Requests still open when autocannon stops keep the server busy for up to the slowest answer
    // of the run (on a loaded machine several seconds: GET /store/orders at 10 connections).
    await sleep(Math.min(15000, result.latency.max || 0))
    if (!ep.settle) {
      return
    }
    const t0 = Date.now()
    await ep.settle()
    if (Date.now() - t0 > 500) {
      log(`  (waited ${((Date.now() - t0) / 1000).toFixed(1)} s more for ${ep.label}'s background work to finish)`)
    }
  }

  /**
   * Warm-up for each endpoint, then BENCH_DURATION seconds each in BENCH_ROUNDS slices, in
   * alternating order (A B, B A, ...), so that a slow moment of a shared machine does not land on
   * one endpoint only. Any non-2xx response or error stops the bench.
   */
  async function measure(endpoints) {
    const results = Object.fromEntries(
      endpoints.map((ep) => [ep.key, { latencies: [], ok: 0, non2xx: 0, errors: 0, timeouts: 0, seconds: 0, rounds: [], warmupOk: 0, short: false }])
    )
    const check = (ep, r) => {
      if (r.non2xx || r.errors || r.timeouts) {
        throw new Error(`${ep.label}: ${r.non2xx} non-2xx responses, ${r.errors} errors, ${r.timeouts} timeouts`)
      }
    }
    if (CFG.warmup > 0) {
      for (const ep of endpoints) {
        log(`warm-up ${ep.label} (${CFG.warmup} s)…`)
        const r = await cannon(ep, CFG.warmup)
        await settle(ep, r)
        check(ep, r)
        results[ep.key].warmupOk = r["2xx"]
      }
    }
    const slice = CFG.duration / CFG.rounds
    for (let round = 0; round < CFG.rounds; round++) {
      const order = round % 2 === 0 ? endpoints : [...endpoints].reverse()
      for (const ep of order) {
        const acc = results[ep.key]
        if (exhausted(ep)) {
          acc.short = true
          log(`skipping ${ep.label} round ${round + 1}: only ${ep.budget()} free item(s) left (raise BENCH_CLAIM_CARDS)`)
          continue
        }
        log(`measuring ${ep.label} (round ${round + 1}/${CFG.rounds}: ${CFG.connections} connections, ${slice} s)…`)
        const before = acc.latencies.length
        const r = await cannon(ep, slice, acc.latencies)
        const ok = acc.latencies.length - before
        await settle(ep, r)
        acc.ok += ok
        acc.non2xx += r.non2xx
        acc.errors += r.errors
        acc.timeouts += r.timeouts
        acc.seconds += r.duration
        acc.rounds.push(ok / r.duration)
        if (r.duration < slice - 0.5) {
          acc.short = true
        }
        // Not one answer within the round: every request took longer than the round itself.
        if (ok === 0) {
          acc.empty = true
          log(`  warning: no answer within ${slice} s (a loaded machine? raise BENCH_DURATION)`)
        }
        log(`  ${(ok / r.duration).toFixed(1)} req/s, p99 ${r.latency.p99} ms, ${ok} responses, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`)
        check(ep, r)
      }
    }
    for (const acc of Object.values(results)) {
      acc.latencies.sort((a, b) => a - b)
      acc.rps = acc.seconds ? acc.ok / acc.seconds : NaN
      acc.p50 = percentile(acc.latencies, 50)
      acc.p99 = percentile(acc.latencies, 99)
      acc.max = acc.latencies[acc.latencies.length - 1]
    }
    return results
  }
  return { measure }
}

module.exports = { createLoad }
