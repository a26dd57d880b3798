/**
 * Issue 12: the plugin on the deployment a growing shop runs: two `server` processes (HTTP only)
 * and a `worker` (subscribers, scheduled jobs) on one PostgreSQL database and one Redis, through
 * Medusa's Redis event bus, workflow engine and locking (medusa-config.ts with REDIS_URL and
 * MEDUSA_WORKER_MODE). Real `medusa start` processes (scripts/lib/cluster.js), driven over HTTP
 * as the README documents the API; a redis-server of the suite's own, which it restarts.
 *
 * The jobs tick every 3 s here (WARRANTY_CRON_*): each tick must run once across every process
 * that runs jobs. Figures are printed (console.log) and asserted against their bounds.
 */
import IORedis from "ioredis"
import { Queue } from "bullmq"
import { createCluster } from "../../scripts/lib/cluster"
import { call, checkout, loginAdmin, registerCustomer, waitFor, type Customer, type Shop } from "./http"

// Generous: a loaded 2-CPU machine cards ~10 orders/s (the kill test alone took 205 s at load average 10).
jest.setTimeout(600 * 1000)

const EVERY_3_S = "*/3 * * * * *"
const JOBS = ["mark-overdue-warranty-claims", "expire-warranty-offers", "expire-warranty-cards", "sync-transferred-order-cards"]
const PORTS = { a: 9420, b: 9421, worker: 9422, worker2: 9423 }

const cluster = createCluster({
  name: "suite",
  redisPort: 56403,
  env: {
    WARRANTY_CRON_OVERDUE_CLAIMS: EVERY_3_S,
    WARRANTY_CRON_OFFER_EXPIRY: EVERY_3_S,
    WARRANTY_CRON_CARD_EXPIRY: EVERY_3_S,
    WARRANTY_CRON_OWNER_SYNC: EVERY_3_S,
  },
})

// Batch 0: the worker is killed while carding it; batch 1: Redis restarts while it is carded.
const BATCHES = [1000, 300]
let orders: ReturnType<typeof cluster.prepareOrders>
let shop: Shop
let A: string
let B: string

/** Medusa's Redis event bus queue (BullMQ: prefix = the service's class name). */
async function eventQueue<T>(fn: (q: Queue) => Promise<T>): Promise<T> {
  const connection = new IORedis(cluster.redisUrl(), { maxRetriesPerRequest: null })
  const q = new Queue("events-queue", { prefix: "RedisEventBusService", connection })
  try {
    return await fn(q)
  } finally {
    await q.close()
    connection.disconnect()
  }
}

/** Every unit of `orderIds` has exactly one card: per order item, `quantity` cards with unit indexes 0..quantity-1. */
async function unitsWithoutExactlyOneCard(orderIds: string[]) {
  const [row] = await cluster.sql(
    `select count(*)::int as bad, coalesce(sum(n), 0)::int as cards from (
       select oi.item_id, oi.quantity::int as q, count(c.id)::int as n, count(distinct c.unit_index)::int as d,
              coalesce(max(c.unit_index), -1) as mx
       from order_item oi
       left join warranty_card c on c.line_item_id = oi.item_id and c.deleted_at is null
       where oi.order_id = any($1) and oi.deleted_at is null
       group by oi.item_id, oi.quantity) x
     where n <> q or d <> q or mx <> q - 1`,
    [orderIds]
  )
  return row.bad as number
}

async function cardCount(orderIds: string[]) {
  const [row] = await cluster.sql(`select count(*)::int as n from warranty_card where deleted_at is null and order_id = any($1)`, [orderIds])
  return row.n as number
}

/** Waits until the cards of a batch are all there; returns the seconds since its events were emitted. */
async function allCarded(batch: { order_ids: string[]; units: number; emitted_at: number }, ms: number) {
  await waitFor(`${batch.units} cards for ${batch.order_ids.length} orders`, ms, async () =>
    (await cardCount(batch.order_ids)) >= batch.units ? true : undefined
  , 500)
  return (Date.now() - batch.emitted_at) / 1000
}

/** Every job run any process logged: { job, tick, pid, at, process }. */
function jobRuns() {
  return cluster.processes().flatMap((p) =>
    cluster.lines(p.name).flatMap((l) => {
      const m = /^warranty job (\S+) ran \(pid (\d+), tick (\S+)\)/.exec(l.message)
      return m ? [{ job: m[1], pid: m[2], tick: m[3], at: l.at, process: p.name }] : []
    })
  )
}

const eventLines = (name: string) => cluster.lines(name).filter((l) => /^(Processing|Retrying) \S+ /.test(l.message))

beforeAll(async () => {
  try {
    await cluster.setup({
      then: () => Promise.all([cluster.start("a", "server", PORTS.a), cluster.start("b", "server", PORTS.b), cluster.start("worker", "worker", PORTS.worker)]),
    })
    shop = cluster.shop() as Shop
    // The bulk orders are made now (the app's boot paid once); their events go out in the tests.
    orders = cluster.prepareOrders(BATCHES)
    A = cluster.url("a")
    B = cluster.url("b")
  } catch (e) {
    cluster.markFailed()
    throw e
  }
})

afterAll(async () => {
  await cluster.teardown()
})

/** A test whose failure keeps the processes' logs (their folder is printed at the end). */
function step(name: string, fn: () => Promise<void>) {
  it(name, async () => {
    try {
      await fn()
    } catch (e) {
      cluster.markFailed()
      throw e
    }
  })
}

describe("two servers and a worker on one database and one Redis", () => {
  let customer: Customer
  let order: { id: string; items: { id: string; quantity: number }[] }
  let admin: Record<string, string>

  step("R1.1: an order placed through server A gets one card per unit, issued by the worker (the servers run no subscriber)", async () => {
    customer = await registerCustomer(A, shop, `cluster-${Date.now()}@example.com`)
    order = await checkout(A, shop, customer, 2)
    // Read back through the other server.
    const cards = await waitFor("the order's 2 cards through server B", 60000, async () => {
      const { data } = await call(B, "GET", `/store/warranty-cards?order_id=${order.id}`, { headers: customer.headers })
      return data.warranty_cards.length === 2 ? data.warranty_cards : undefined
    })
    expect(cards.map((c: { status: string }) => c.status)).toEqual(["pending", "pending"])
    expect(await unitsWithoutExactlyOneCard([order.id])).toBe(0)
    expect(eventLines("worker").some((l) => l.message.startsWith("Processing order.placed"))).toBe(true)
    expect(eventLines("a")).toEqual([])
    expect(eventLines("b")).toEqual([])
  })

  step("R6, R7: the claim is filed and moved through server B and A; each e-mail is sent once", async () => {
    admin = await loginAdmin(B, cluster.admin)
    const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
    await call(A, "POST", `/admin/orders/${order.id}/fulfillments`, { body: { items }, headers: admin })
    const { data } = await call(B, "GET", `/admin/orders/${order.id}?fields=id,*fulfillments`, { headers: admin })
    await call(B, "POST", `/admin/orders/${order.id}/fulfillments/${data.order.fulfillments[0].id}/shipments`, { body: { items }, headers: admin })
    // shipment.created -> the worker starts the cards (R3).
    const card = await waitFor("an active card", 60000, async () => {
      const { data } = await call(A, "GET", `/store/warranty-cards?order_id=${order.id}&status=active`, { headers: customer.headers })
      return data.warranty_cards[0]
    })
    const { data: filed } = await call(B, "POST", "/store/warranty-claims", {
      expect: 201,
      headers: customer.headers,
      body: {
        warranty_card_id: card.id,
        defects: ["display"],
        description: "The screen flickers",
        delivery_method: "courier",
        acknowledgements: { data_backup: true, lock_removed: true, films_removed: true, accessories_included: true },
      },
    })
    const id = filed.warranty_claim.id
    await call(A, "POST", `/admin/warranty-claims/${id}/receive`, { headers: admin, body: { original_packaging: true, seals_intact: true } })
    await call(B, "POST", `/admin/warranty-claims/${id}/diagnose`, { headers: admin, body: { findings: "Display connector", covered: true } })
    await call(A, "POST", `/admin/warranty-claims/${id}/start-repair`, { headers: admin, body: {} })
    const { data: ready } = await call(B, "POST", `/admin/warranty-claims/${id}/mark-ready`, { headers: admin, body: {} })
    expect(ready.warranty_claim.status).toBe("ready")

    // The worker has sent what the moves asked for once the queue is empty.
    await waitFor("the event queue to drain", 60000, () =>
      eventQueue(async (q) => {
        const c = await q.getJobCounts("wait", "active", "delayed", "prioritized")
        return Object.values(c).every((n) => n === 0) ? true : undefined
      })
    )
    const mails = await cluster.sql(
      `select trigger_type, idempotency_key from notification where resource_id = $1 order by created_at`,
      [id]
    )
    console.log(`claim ${id}: e-mails ${mails.map((m) => m.trigger_type).join(", ")}`)
    // R6.1 filed, received, and (a courier claim, R7.4) the return details asked for at `ready`: one each.
    expect(mails.map((m) => m.trigger_type).sort()).toEqual([
      "warranty_claim.received",
      "warranty_claim.return_details_requested",
      "warranty_claim.submitted",
    ])
    expect(new Set(mails.map((m) => m.idempotency_key)).size).toBe(mails.length)
    expect(eventLines("a")).toEqual([])
    expect(eventLines("b")).toEqual([])
  })

  step("the worker SIGKILLed while carding 1,000 orders, then restarted: every unit has exactly one card", async () => {
    await orders.ready
    const batch = await orders.emit(0)
    await waitFor("the first 100 cards of the batch", 300000, async () => ((await cardCount(batch.order_ids)) >= 100 ? true : undefined), 200)
    const before = await cardCount(batch.order_ids)
    await cluster.kill("worker")
    const killedAt = Date.now()
    await cluster.restart("worker")
    const back = (Date.now() - killedAt) / 1000
    // Bounded by the test's own time only: the figure printed is the measurement (at load average
    // ~13 on 2 CPUs this took 157-200 s; the bench holds issuance speed against its goal).
    const seconds = await allCarded(batch, 480000)
    console.log(
      `kill test: ${batch.order_ids.length} orders, ${batch.units} units; SIGKILL at ${before} cards, worker answering again after ${back.toFixed(1)} s; all carded ${seconds.toFixed(1)} s after the events were emitted`
    )
    expect(await unitsWithoutExactlyOneCard(batch.order_ids)).toBe(0)
    expect(await cardCount(batch.order_ids)).toBe(batch.units)
    expect(await eventQueue((q) => q.getJobCounts("failed"))).toEqual({ failed: 0 })
  })

  step("Redis restarted while 300 orders are carded and two workers tick the jobs: no queued event lost, no job run twice", async () => {
    // A second process that runs jobs and subscribers, of the other kind (`shared` also serves HTTP).
    await cluster.start("worker2", "shared", PORTS.worker2)
    const windowStart = Date.now()
    const batch = await orders.emit(1)
    await waitFor("the first 30 cards of the batch", 300000, async () => ((await cardCount(batch.order_ids)) >= 30 ? true : undefined), 200)
    const downtime = await cluster.restartRedis("kill", 2000)
    const seconds = await allCarded(batch, 300000)
    // Let the jobs tick a few more times on the two workers after Redis came back.
    await new Promise((r) => setTimeout(r, 9000))
    const windowEnd = Date.now()
    console.log(`Redis test: ${batch.units} units carded ${seconds.toFixed(1)} s after the events; Redis down ${downtime} ms (SIGKILL, started again 2 s later)`)
    expect(await unitsWithoutExactlyOneCard(batch.order_ids)).toBe(0)
    expect(await cardCount(batch.order_ids)).toBe(batch.units)
    expect(await eventQueue((q) => q.getJobCounts("failed"))).toEqual({ failed: 0 })
    // Every process lived through it, and a checkout after it is carded as before.
    expect(cluster.processes().filter((p) => !p.proc).map((p) => p.name)).toEqual([])
    const after = await checkout(B, shop, customer, 1)
    await waitFor("the card of an order placed after Redis came back", 60000, async () => {
      const { data } = await call(A, "GET", `/store/warranty-cards?order_id=${after.id}`, { headers: customer.headers })
      return data.warranty_cards.length === 1 ? true : undefined
    })

    const runs = jobRuns()
    // The same tick never ran twice, anywhere, in the whole suite.
    const seen = new Map<string, number>()
    for (const r of runs) {
      seen.set(`${r.job}@${r.tick}`, (seen.get(`${r.job}@${r.tick}`) ?? 0) + 1)
    }
    expect([...seen.entries()].filter(([, n]) => n > 1)).toEqual([])
    // Only processes that run jobs ran them.
    expect([...new Set(runs.map((r) => r.process))].sort()).toEqual(expect.arrayContaining(["worker"]))
    expect(runs.filter((r) => r.process === "a" || r.process === "b")).toEqual([])
    // With two workers up, each job ran at most once per 3 s tick (plus one at each edge of the
    // window: a tick just before it may run late). Each tick run by both would double the count.
    const span = (windowEnd - windowStart) / 1000
    for (const job of JOBS) {
      const inWindow = runs.filter((r) => r.job === job && r.at >= windowStart && r.at <= windowEnd)
      const byProcess = inWindow.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.process]: (acc[r.process] ?? 0) + 1 }), {})
      console.log(`${job}: ${inWindow.length} runs in ${span.toFixed(0)} s with two workers (${JSON.stringify(byProcess)})`)
      expect(inWindow.length).toBeGreaterThan(0)
      expect(inWindow.length).toBeLessThanOrEqual(Math.floor(span / 3) + 2)
    }
  })
})
