import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { Redis } from "ioredis"
import { type Res, settle, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { Api, checkout, registerShopper, Shopper, visitorClient } from "../fixtures/store"
import { passesLuhn } from "../../src/modules/warranty/rules/serial"
import { WarrantyClientError } from "../../src/client"

jest.setTimeout(240 * 1000)

/** A valid IMEI (Luhn check digit appended) from 14 digits. */
function imei(first14: string): string {
  const digit = [..."0123456789"].find((d) => passesLuhn(first14 + d))!
  return first14 + digit
}

const ACTIVE_IMEI = imei("35209900176148")
const VOID_IMEI = imei("35693803564380")
const PENDING_IMEI = imei("49015420323751")
const UNKNOWN_IMEI = imei("86012345678901")
// npm test finds a Redis on 127.0.0.1:6379 or starts one (scripts/lib/redis.js) and passes its URL.
const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379"

/** A client address of its own per test (the limit's budget is per address and outlives a test). */
let lastAddress = Math.floor(Math.random() * 200)
const freshAddress = () => `198.51.${Math.floor(Math.random() * 250)}.${(lastAddress = (lastAddress + 1) % 250)}`

/**
 * Issue 11 s.4: the public warranty check by IMEI. Publishable key only; nothing personal; an
 * unknown IMEI and a void card answer alike; a per-address limit held in memory, or in Redis when
 * REDIS_URL is set.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ana: Shopper
    let active: { id: string; card_number: string; order_id: string }
    // A generous wait: the suites share two cores with others.
    const desk = staffDesk(api, () => ({ container, shop, admin }), { timeout: 90_000 })

    /** `GET /store/warranty-check` from `address` (as the shop's one proxy reports it), settled. */
    const check = (query: string, address: string, headers: Record<string, string> = {}): Promise<Res> =>
      settle(
        api.get(`/store/warranty-check?${query}`, {
          headers: { "x-publishable-api-key": shop.publishable_key, "x-forwarded-for": address, ...headers },
        }) as Promise<Res>
      )

    const setSerial = (id: string, serial_number: string) =>
      api.post(`/admin/warranty-cards/${id}`, { serial_number }, { headers: admin.headers })

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [{ title: "iPhone 13 Pro", variants: ["256GB"] }])
      admin = await createAdmin(container)
      ana = await registerShopper(api, shop, "ana.check@example.com")
      const variant = shop.products["iPhone 13 Pro"].variants["256GB"]
      const shipped = await desk.shippedOrder(ana, variant, 2)
      active = { ...shipped.cards[0], order_id: shipped.order_id }
      await setSerial(active.id, ACTIVE_IMEI)
      await setSerial(shipped.cards[1].id, VOID_IMEI)
      await api.post(`/admin/warranty-cards/${shipped.cards[1].id}/void`, { reason: "returned within 14 days" }, { headers: admin.headers })
      // Ordered, not yet delivered: the card is pending.
      const placed = TestEventUtils.waitSubscribersExecution("order.placed", container.resolve(Modules.EVENT_BUS), { timeout: 90_000 })
      const { order } = await checkout(api, shop, ana, [{ variant_id: variant, quantity: 1 }], "courier")
      await placed
      const { data } = await api.get(`/admin/warranty-cards?order_id=${order.id}`, { headers: admin.headers })
      await setSerial(data.warranty_cards[0].id, PENDING_IMEI)
    })

    describe("what the check answers", () => {
      it("an active card: product title, status and the two end days, nothing else", async () => {
        const r = await check(`imei=${ACTIVE_IMEI}`, freshAddress())
        const { data: staff } = await api.get(`/admin/warranty-cards/${active.id}`, { headers: admin.headers })
        expect(r.status).toBe(200)
        expect(r.data).toEqual({
          warranty_check: {
            product_title: "iPhone 13 Pro",
            status: "active",
            ends_on: staff.warranty_card.ends_on,
            battery_ends_on: staff.warranty_card.battery_ends_on,
          },
        })
        const text = JSON.stringify(r.data)
        for (const personal of [ana.email, "Ana", ana.id, active.id, active.card_number, active.order_id, ACTIVE_IMEI]) {
          expect(text).not.toContain(personal)
        }
      })

      it("an IMEI typed in groups with spaces or dashes finds the same card", async () => {
        const grouped = `${ACTIVE_IMEI.slice(0, 2)} ${ACTIVE_IMEI.slice(2, 8)}-${ACTIVE_IMEI.slice(8, 14)} ${ACTIVE_IMEI.slice(14)}`
        const r = await check(`imei=${encodeURIComponent(grouped)}`, freshAddress())
        expect(r.status).toBe(200)
        expect(r.data.warranty_check.status).toBe("active")
      })

      it("a card not yet delivered is pending, without dates", async () => {
        const r = await check(`imei=${PENDING_IMEI}`, freshAddress())
        expect(r.data).toEqual({ warranty_check: { product_title: "iPhone 13 Pro", status: "pending", ends_on: null, battery_ends_on: null } })
      })

      it("an unknown IMEI and a void card's IMEI get the same answer: no warranty found", async () => {
        const unknown = await check(`imei=${UNKNOWN_IMEI}`, freshAddress())
        const voided = await check(`imei=${VOID_IMEI}`, freshAddress())
        expect(unknown.status).toBe(404)
        expect(voided.status).toBe(unknown.status)
        expect(voided.data).toEqual(unknown.data)
        expect(unknown.data.message).toBe("No warranty found for this IMEI")
        expect(Object.keys(voided.headers ?? {}).sort()).toEqual(Object.keys(unknown.headers ?? {}).sort())
      })

      it("R1.2: a malformed IMEI is a 400 naming imei", async () => {
        const wrongCheckDigit = ACTIVE_IMEI.slice(0, 14) + String((Number(ACTIVE_IMEI[14]) + 1) % 10)
        for (const query of [
          "imei=35209900176148",
          `imei=${wrongCheckDigit}`,
          "imei=35209900176148x",
          "imei=",
          "",
          `imei=${ACTIVE_IMEI}&imei=${ACTIVE_IMEI}`,
          `imei[a]=${ACTIVE_IMEI}`,
          `imei=${"9".repeat(5000)}`,
        ]) {
          const r = await check(query, freshAddress())
          expect([query.slice(0, 40), r.status, r.data.message]).toEqual([query.slice(0, 40), 400, expect.stringContaining("imei")])
        }
        const extra = await check(`imei=${ACTIVE_IMEI}&email=ana@example.com`, freshAddress())
        expect(extra.status).toBe(400)
        expect(extra.data.message).toContain("email")
      })

      it("needs the shop's publishable key, and nothing more", async () => {
        const without = await settle(api.get(`/store/warranty-check?imei=${ACTIVE_IMEI}`, { headers: { "x-forwarded-for": freshAddress() } }) as Promise<Res>)
        expect(without.status).toBe(400)
        expect(without.data.message).toContain("publishable")
      })

      it("the storefront client's check.byImei reads it; no warranty found is a 404 WarrantyClientError", async () => {
        const client = visitorClient(api, shop)
        const found = await client.check.byImei(ACTIVE_IMEI, { headers: { "x-forwarded-for": freshAddress() } })
        expect(found.warranty_check.status).toBe("active")
        const missing = await client.check.byImei(VOID_IMEI, { headers: { "x-forwarded-for": freshAddress() } }).catch((e: unknown) => e)
        expect(missing).toBeInstanceOf(WarrantyClientError)
        expect((missing as WarrantyClientError).status).toBe(404)
      })
    })

    /** Spends the address's budget (10 a minute by default) and expects the 11th to be refused. */
    async function spendBudget(address: string) {
      // Every request counts, found or not, well formed or not.
      const queries = [`imei=${ACTIVE_IMEI}`, `imei=${UNKNOWN_IMEI}`, "imei=123"]
      for (let i = 0; i < 10; i++) {
        const r = await check(queries[i % 3], address)
        expect([i, r.status]).toEqual([i, [200, 404, 400][i % 3]])
      }
      const over = await check(`imei=${ACTIVE_IMEI}`, address)
      expect(over.status).toBe(429)
      const retry = Number(over.headers?.["retry-after"])
      expect(retry).toBeGreaterThanOrEqual(1)
      expect(retry).toBeLessThanOrEqual(60)
      expect(over.data.message).toContain(`try again in ${retry} seconds`)
      // Another address keeps its own budget.
      expect((await check(`imei=${ACTIVE_IMEI}`, freshAddress())).status).toBe(200)
    }

    describe("the per-address limit", () => {
      it("in memory (no REDIS_URL): the 11th request in a minute is a 429 with Retry-After", async () => {
        expect(process.env.REDIS_URL).toBeUndefined()
        await spendBudget(freshAddress())
      })

      it("in Redis when REDIS_URL is set: the count is held there, for every server of the shop", async () => {
        const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false })
        try {
          await redis.connect()
          await redis.ping()
        } catch (e) {
          redis.disconnect()
          throw new Error(
            `this test needs Redis at ${REDIS_URL} (the limit held in Redis) and none answers: start one (apt-get install redis-server; redis-server --daemonize yes). ${String(e)}`
          )
        }
        const address = freshAddress()
        process.env.REDIS_URL = REDIS_URL
        try {
          await spendBudget(address)
          const key = `warranty-check:${address}`
          expect(Number(await redis.get(key))).toBeGreaterThanOrEqual(11)
          const ttl = await redis.pttl(key)
          expect(ttl).toBeGreaterThan(0)
          expect(ttl).toBeLessThanOrEqual(60_000)
        } finally {
          delete process.env.REDIS_URL
          redis.disconnect()
        }
      })
    })
  },
})
