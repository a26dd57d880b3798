import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { type Res, settle, staffDesk } from "../fixtures/desk"
import { filled, pluginRoutes } from "../fixtures/plugin-routes"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, registerShopper, Shopper } from "../fixtures/store"

jest.setTimeout(240 * 1000)

/**
 * Issue 11 s.7: what a malformed-input sweep of every plugin route found. Each case answered a
 * 500 (or stored a rolled-over date) before its fix.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ana: Shopper
    let card: { id: string }
    let order_id: string
    // A generous wait: the suites share two cores with others.
    const desk = staffDesk(api, () => ({ container, shop, admin }), { timeout: 90_000 })

    /** The body of a 200 or 201; otherwise a failure that shows what came back. */
    async function ok(p: Promise<Res>): Promise<any> {
      const r = await p
      if (r.status !== 200 && r.status !== 201) {
        throw new Error(`expected 2xx, got ${r.status}: ${JSON.stringify(r.data)}`)
      }
      return r.data
    }

    const asAdmin = () => ({ headers: admin.headers })
    const publishable = () => ({ headers: { "x-publishable-api-key": shop.publishable_key } })
    const get = (url: string, config: object): Promise<Res> => settle(api.get(url, config) as Promise<Res>)
    const post = (url: string, body: unknown, config: object): Promise<Res> =>
      settle(api.post(url, body as object, config) as Promise<Res>)
    const send = (method: string, url: string, body: unknown, config: object) =>
      method === "GET" ? get(url, config) : method === "DELETE" ? settle(api.delete(url, config) as Promise<Res>) : post(url, body, config)

    const VALUATION = { kind: "valuation", value: { amount: 1500, currency_code: "ron" }, basis: "market_value", basis_note: "median of five listings" }

    /** A claim on a fresh card of Ana's, received and diagnosed covered, then unrepairable (an offer may follow). */
    async function unrepairableClaim() {
      // Captured: a valuation lets the shopper choose a refund (R8.3).
      const { cards } = await desk.shippedOrder(ana, shop.products["iPhone 13"].variants["128GB"], 1, { capture: true })
      const { warranty_claim } = await ana.warranty.claims.create({
        warranty_card_id: cards[0].id,
        defects: ["display"],
        description: "The screen stays black",
        delivery_method: "courier",
        acknowledgements: ACKS,
      })
      await ok(desk.move(warranty_claim.id, "receive", { original_packaging: true, seals_intact: true }))
      await ok(desk.move(warranty_claim.id, "diagnose", { findings: "logic board fault", covered: true }))
      await ok(desk.move(warranty_claim.id, "mark-unrepairable", { note: "board no longer made" }))
      return warranty_claim.id as string
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [{ title: "iPhone 13", variants: ["128GB"] }])
      admin = await createAdmin(container)
      ana = await registerShopper(api, shop, "ana.inputs@example.com")
      const shipped = await desk.shippedOrder(ana, shop.products["iPhone 13"].variants["128GB"], 1)
      card = shipped.cards[0]
      order_id = shipped.order_id
    })

    describe("impossible dates are a 400 naming the field, never stored rolled over", () => {
      const IMPOSSIBLE_DAYS = ["2027-02-29", "2024-02-30", "2026-04-31", "2026-13-01", "2026-00-10"]
      const IMPOSSIBLE_MOMENTS = [
        "2024-02-30T10:00:00Z",
        "2027-02-29T10:00:00+02:00",
        "2026-06-31T08:00:00.000Z",
        "2026-05-10T24:00:00Z",
        "2026-05-10T10:60:00Z",
        "2026-05-10T10:00:61Z",
        "2026-05-10T10:00:00+15:00",
      ]

      it("measured_at on a battery reading (POST /admin/warranty-cards/:id/battery-health)", async () => {
        for (const measured_at of IMPOSSIBLE_MOMENTS) {
          const r = await post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: 91, source: "intake", measured_at }, asAdmin())
          expect([measured_at, r.status, r.data.message]).toEqual([measured_at, 400, expect.stringContaining("measured_at")])
        }
        const { data } = await get(`/admin/warranty-cards/${card.id}?fields=*battery_health_records`, asAdmin())
        expect(data.warranty_card.battery_health_records).toHaveLength(0)
        // A day that exists (29 February of a leap year) is stored as sent.
        await ok(post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: 91, source: "intake", measured_at: "2024-02-29T10:00:00Z" }, asAdmin()))
        const after = await get(`/admin/warranty-cards/${card.id}?fields=*battery_health_records`, asAdmin())
        expect(new Date(after.data.warranty_card.battery_health_records[0].measured_at).toISOString()).toBe("2024-02-29T10:00:00.000Z")
      })

      it("expires_at on an offer (POST /admin/warranty-claims/:id/offer)", async () => {
        const id = await unrepairableClaim()
        for (const expires_at of ["2027-02-29T23:59:59Z", "2027-04-31T10:00:00Z", "2027-03-01T25:00:00Z"]) {
          const r = await desk.move(id, "offer", { ...VALUATION, expires_at })
          expect([expires_at, r.status, r.data.message]).toEqual([expires_at, 400, expect.stringContaining("expires_at")])
        }
        expect((await desk.adminClaim(id)).status).toBe("unrepairable")
        const made = await ok(desk.move(id, "offer", { ...VALUATION, expires_at: "2028-02-29T23:59:59+02:00" }))
        expect(made.warranty_claim.offer.expires_at).toBe("2028-02-29T21:59:59.000Z")
      })

      it("every calendar-date field: starts_on, issued_on, due_on, on", async () => {
        for (const day of IMPOSSIBLE_DAYS) {
          const cases: [string, Promise<Res>][] = [
            ["starts_on", post(`/admin/warranty-cards/${card.id}`, { starts_on: day, reason: "delivery date corrected" }, asAdmin())],
            ["issued_on", post(`/admin/orders/${order_id}/warranty-invoice`, { issued_on: day }, asAdmin())],
            ["due_on", post("/admin/warranty-claims/wclaim_01NONE/extend", { reason: "parts", due_on: day }, asAdmin())],
            ["on", get(`/admin/warranty-cards/${card.id}/eligibility?defects=display&on=${day}`, asAdmin())],
            ["on", get(`/store/warranty-cards/${card.id}/eligibility?defects=display&on=${day}`, { headers: ana.headers })],
          ]
          for (const [field, call] of cases) {
            const r = await call
            expect([field, day, r.status, r.data.message]).toEqual([field, day, 400, expect.stringContaining(field)])
          }
        }
      })
    })

    describe("bodies nested thousands deep (40 KB) on every plugin POST route", () => {
      const DEEP = "[".repeat(20000) + "]".repeat(20000)
      // Written out: JSON.stringify itself recurses.
      const DEEP_OBJECT = `{"note":${'{"a":'.repeat(5000)}"x"${"}".repeat(5000)}}`
      const posts = pluginRoutes().filter((r) => r.method === "POST")
      const json = (headers: Record<string, string>) => ({ headers: { ...headers, "content-type": "application/json" } })

      it("finds the plugin's POST routes", () => {
        expect(posts.length).toBeGreaterThan(25)
        expect(posts.filter((r) => r.area === "store").length).toBeGreaterThanOrEqual(8)
      })

      it("admin routes answer 400 naming the nesting", async () => {
        for (const route of posts.filter((r) => r.area === "admin")) {
          for (const body of [DEEP, DEEP_OBJECT]) {
            const r = await post(filled(route, "x_01NONE"), body, json(admin.headers))
            expect([route.path, r.status, r.data.message]).toEqual([route.path, 400, expect.stringContaining("nests deeper than")])
          }
        }
      })

      it("store routes with only the publishable key: 401 before any check reads the body", async () => {
        for (const route of posts.filter((r) => r.area === "store")) {
          const r = await post(filled(route, "x_01NONE"), DEEP, json(publishable().headers))
          expect([route.path, r.status]).toEqual([route.path, 401])
        }
      })

      it("store routes with a logged-in shopper answer 400", async () => {
        for (const route of posts.filter((r) => r.area === "store")) {
          for (const body of [DEEP, DEEP_OBJECT]) {
            const r = await post(filled(route, "x_01NONE"), body, json(ana.headers))
            expect([route.path, r.status, r.data.message]).toEqual([route.path, 400, expect.stringContaining("nests deeper than")])
          }
        }
      })

      it("a NUL character deep in a body is still named (the walk goes through the whole body)", async () => {
        const r = await post(`/admin/warranty-cards/${card.id}/void`, { reason: "ok", extra: [{ x: ["a", "b\u0000"] }] }, asAdmin())
        expect(r.status).toBe(400)
        expect(r.data.message).toContain("extra[0].x[1] must not contain a NUL character")
      })
    })

    describe("a malformed percent-encoding in the path is a 400", () => {
      const withParams = pluginRoutes().filter((r) => r.params > 0)

      it("on every admin route with a parameter", async () => {
        for (const route of withParams.filter((r) => r.area === "admin")) {
          const r = await send(route.method, filled(route, "%zz"), {}, asAdmin())
          expect([route.method, route.path, r.status, r.data.message]).toEqual([route.method, route.path, 400, expect.stringContaining("percent-encoding")])
        }
      })

      it("on every store route with a parameter, logged in or not", async () => {
        for (const route of withParams.filter((r) => r.area === "store")) {
          for (const config of [{ headers: ana.headers }, publishable()]) {
            const r = await send(route.method, filled(route, "%E0%A4%A"), {}, config)
            expect([route.method, route.path, r.status]).toEqual([route.method, route.path, 400])
          }
        }
      })
    })
  },
})
