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
      const DEEP_IN_FIELD = `{"note":${DEEP}}`
      /** Each deep body and the words its 400 says. */
      const BODIES: [string, string][] = [
        [DEEP, "the body must be a JSON object"],
        [DEEP_IN_FIELD, "note nests deeper than 16 levels"],
        [DEEP_OBJECT, "note nests deeper than 16 levels"],
      ]
      const posts = pluginRoutes().filter((r) => r.method === "POST")
      const json = (headers: Record<string, string>) => ({ headers: { ...headers, "content-type": "application/json" } })

      it("finds the plugin's POST routes", () => {
        expect(posts.length).toBeGreaterThan(25)
        expect(posts.filter((r) => r.area === "store").length).toBeGreaterThanOrEqual(8)
      })

      it("admin routes answer 400 naming the field that nests too deep", async () => {
        for (const route of posts.filter((r) => r.area === "admin")) {
          for (const [body, words] of BODIES) {
            const r = await post(filled(route, "x_01NONE"), body, json(admin.headers))
            expect([route.path, r.status, r.data.message]).toEqual([route.path, 400, expect.stringContaining(words)])
          }
        }
      })

      it("store routes with only the publishable key: 401 before any check reads the body", async () => {
        for (const route of posts.filter((r) => r.area === "store")) {
          for (const [body] of BODIES) {
            const r = await post(filled(route, "x_01NONE"), body, json(publishable().headers))
            expect([route.path, r.status]).toEqual([route.path, 401])
          }
        }
      })

      it("store routes with a logged-in shopper answer 400", async () => {
        for (const route of posts.filter((r) => r.area === "store")) {
          for (const [body, words] of BODIES) {
            const r = await post(filled(route, "x_01NONE"), body, json(ana.headers))
            expect([route.path, r.status, r.data.message]).toEqual([route.path, 400, expect.stringContaining(words)])
          }
        }
      })

      it("a NUL character deep in a body is still named (the walk goes through the whole body)", async () => {
        const r = await post(`/admin/warranty-cards/${card.id}/void`, { reason: "ok", extra: [{ x: ["a", "b\u0000"] }] }, asAdmin())
        expect(r.status).toBe(400)
        expect(r.data.message).toContain("extra[0].x[1] must not contain a NUL character")
      })
    })

    describe("the sweep: malformed queries and bodies are a 400 naming the field, in the plugin's words", () => {
      const LISTS: [string, () => object][] = [
        ["/admin/warranty-cards", asAdmin],
        ["/admin/warranty-claims", asAdmin],
        ["/store/warranty-cards", () => ({ headers: ana.headers })],
        ["/store/warranty-claims", () => ({ headers: ana.headers })],
      ]
      const QUERIES: [string, string][] = [
        ["limit=-1", "limit"],
        ["limit=abc", "limit"],
        ["limit[]=1", "limit"],
        ["limit=1000000", "limit"],
        ["offset=-5", "offset"],
        ["offset=abc", "offset"],
        ["offset=1e400", "offset"],
        ["order=bogus", "order"],
        ["order[]=created_at", "order"],
        ["status=bogus", "status"],
        ["foo=1", "foo"],
        ["with_deleted=true", "with_deleted"],
      ]

      it("list routes: bad limit, offset, order, status and unknown parameters", async () => {
        for (const [url, config] of LISTS) {
          for (const [query, field] of QUERIES) {
            const r = await get(`${url}?${query}`, config())
            expect([url, query, r.status, r.data.message]).toEqual([url, query, 400, expect.stringContaining(field)])
          }
        }
        // The bounds in the plugin's words, not the formatter's "too small".
        expect((await get("/admin/warranty-cards?limit=0", asAdmin())).data.message).toContain("limit must be a whole number from 1 to 200")
        expect((await get("/store/warranty-claims?offset=-1", { headers: ana.headers })).data.message).toContain("offset must be a whole number, 0 or more")
      })

      it("custom bounds keep their words (and rule ids) under Medusa's error formatter", async () => {
        const claim = "/admin/warranty-claims/wclm_01NONE"
        const cases: [Promise<Res>, string][] = [
          [post(`${claim}/quote`, { amount: 0, currency_code: "ron", estimated_days: 7 }, asAdmin()), "amount must be greater than 0"],
          [post(`${claim}/quote`, { amount: 100001, currency_code: "ron", estimated_days: 7 }, asAdmin()), "amount must be at most 100000"],
          [post(`${claim}/quote`, { amount: 100, currency_code: "ron", estimated_days: 2 }, asAdmin()), "estimated_days must be between 3 and 30 (R7.3)"],
          [post(`${claim}/note`, { note: "x".repeat(2001) }, asAdmin()), "note must be at most 2000 characters"],
          [post(`${claim}/note`, { note: "   " }, asAdmin()), "note must not be empty"],
          [post(`${claim}/receive`, { original_packaging: true, seals_intact: true, battery_percent: 101 }, asAdmin()), "battery_percent must be 0-100"],
          [post(`${claim}/fee/waive`, { reason: "x".repeat(1001) }, asAdmin()), "reason must be at most 1000 characters"],
          [
            post(`${claim}/offer`, { ...VALUATION, suggested_product_ids: Array.from({ length: 21 }, (_, i) => `prod_${i}`) }, asAdmin()),
            "suggested_product_ids takes at most 20 products",
          ],
          [
            post("/store/warranty-claims", { warranty_card_id: card.id, defects: [], description: "It flickers", delivery_method: "courier", acknowledgements: ACKS }, { headers: ana.headers }),
            "defects must name at least one defect",
          ],
          [post("/store/warranty-claims/wclm_01NONE/fee/pay", { provider_id: "" }, { headers: ana.headers }), "provider_id must not be empty"],
        ]
        for (const [call, words] of cases) {
          const r = await call
          expect([words, r.status, r.data.message]).toEqual([words, 400, expect.stringContaining(words)])
        }
      })

      it("a body that is a list or a bare value is a 400 saying so (not \"Field '' is required\")", async () => {
        const json = { headers: { ...admin.headers, "content-type": "application/json" } }
        for (const body of ["[]", "[1,2]", '[{"reason":"lost"}]']) {
          const r = await post(`/admin/warranty-cards/${card.id}/void`, body, json)
          expect([body, r.status, r.data.message]).toEqual([body, 400, expect.stringContaining("the body must be a JSON object")])
        }
        // A bare value is refused by Medusa's JSON parser itself (strict mode), also a 400.
        expect((await post(`/admin/warranty-cards/${card.id}/void`, '"text"', json)).status).toBe(400)
      })

      it("a huge text is refused (413 or 400), never a 500", async () => {
        for (const size of [2001, 200_000, 3_000_000]) {
          const r = await post(`/admin/warranty-cards/${card.id}/void`, { reason: "x".repeat(size) }, asAdmin())
          expect([size, [400, 413].includes(r.status)]).toEqual([size, true])
        }
      })

      it("a shopper's fields= cannot reach the customer or anything outside the card", async () => {
        for (const fields of ["*customer", "+customer.email", "customer.*", "+password", "*order"]) {
          for (const url of [`/store/warranty-cards/${card.id}?fields=${fields}`, `/store/warranty-cards?fields=${fields}`]) {
            const r = await get(url, { headers: ana.headers })
            expect([url, r.status < 500]).toEqual([url, true])
            const text = JSON.stringify(r.data)
            expect([url, text.includes(ana.email), /"(customer|order|password)"/.test(text)]).toEqual([url, false, false])
          }
        }
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
