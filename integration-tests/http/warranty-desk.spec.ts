import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ok, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, registerShopper, Shopper } from "../fixtures/store"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import { moveWarrantyClaimWorkflow } from "../../src/workflows/move-warranty-claim"

jest.setTimeout(240 * 1000)

type Reading = { source: string; percent: number | null }
type Event = { move: string; actor: string; actor_id: string | null; actor_name: string; recorded_by_name: string | null }

/**
 * The service desk as a clerk uses it (issue 10): money in the order's currency (R8.4), readings
 * only when someone took them (R4.6), no battery on an accessory (R5.2), and a timeline that
 * names people. The test app charges 20 EUR and 100 RON (medusa-config.ts); orders are in RON.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { user: { id: string }; headers: Record<string, string> }
    let ana: Shopper
    /** Ana's active phone cards, one per test; her charger cards (accessories). */
    let phones: string[] = []
    let chargers: string[] = []

    const desk = staffDesk(api, () => ({ container, shop, admin }))
    const { adminClaim } = desk
    const post = desk.move
    const adminCard = async (id: string) => (await api.get(`/admin/warranty-cards/${id}`, { headers: admin.headers })).data.warranty_card
    const warranty = () => container.resolve<WarrantyModuleService>(WARRANTY_MODULE)

    /** Ana's shipped courier order of `quantity` units; the cards issued for it. */
    const shippedCards = async (variant_id: string, quantity: number) => (await desk.shippedOrder(ana, variant_id, quantity)).cards

    async function filed(card: string | undefined, defects = ["display"]) {
      if (!card) {
        throw new Error("test setup: out of cards")
      }
      const r = await ana.warranty.claims.create({ warranty_card_id: card, defects, description: "It stopped working", delivery_method: "drop_off", acknowledgements: ACKS })
      return r.warranty_claim.id
    }

    /** A claim received without a reading and diagnosed not covered for an R9 reason: a quote may be sent. */
    async function quotable() {
      const id = await filed(phones.shift())
      await ok(post(id, "receive", { original_packaging: true, seals_intact: true }))
      await ok(post(id, "diagnose", { findings: "cracked board after a fall", covered: false, exclusion_reason: "user_damage" }))
      return id
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [
        { title: "iPhone 13", variants: ["128GB"], price: 2000, stock: 40 },
        { title: "USB-C charger 20W", variants: ["Standard"], price: 99, stock: 10 },
      ])
      admin = (await createAdmin(container)) as typeof admin
      await container.resolve(Modules.USER).updateUsers({ id: admin.user.id, first_name: "Ioana", last_name: "Pop" })
      await api.post(`/admin/products/${shop.products["USB-C charger 20W"].id}/warranty`, { months: 24, kind: "accessory" }, { headers: admin.headers })
      ana = await registerShopper(api, shop, "ana@example.com")
      phones = (await shippedCards(shop.products["iPhone 13"].variants["128GB"], 12)).map((c) => c.id)
      chargers = (await shippedCards(shop.products["USB-C charger 20W"].variants["Standard"], 2)).map((c) => c.id)
    })

    describe("R8.4 money in the order's currency", () => {
      it("R8.4 the claim names its order's currency and the fee in it; a quote in another currency is refused naming currency_code", async () => {
        const id = await quotable()
        const claim = await adminClaim(id)
        expect(claim.order_currency_code).toBe("ron")
        expect(claim.diagnostic_fee).toEqual({ amount: 100, currency_code: "ron" })

        const eur = await post(id, "quote", { amount: 80, currency_code: "eur", estimated_days: 5 })
        expect(eur.status).toBe(400)
        expect(eur.data.message).toMatch(/^currency_code: the order was paid in RON; quote in RON, or confirm a quote in EUR with confirm_other_currency/)
        expect((await adminClaim(id)).status).toBe("diagnosing")
      })

      it("R8.4 a quote in another currency goes through when staff confirm it; the fee stays the order's", async () => {
        const id = await quotable()
        const r = await ok(post(id, "quote", { amount: 80, currency_code: "EUR", estimated_days: 5, confirm_other_currency: true }))
        expect(r.warranty_claim.quote).toMatchObject({ amount: 80, currency_code: "eur", diagnostic_fee: { amount: 100, currency_code: "ron" } })
      })

      it("R8.4 a RON order's declined quote makes the RON fee due (not the terms' 20 EUR)", async () => {
        const id = await quotable()
        const quoted = await ok(post(id, "quote", { amount: 450, currency_code: "ron", estimated_days: 5 }))
        expect(quoted.warranty_claim.quote.diagnostic_fee).toEqual({ amount: 100, currency_code: "ron" })
        const declined = await ana.warranty.claims.declineQuote(id)
        expect(declined.warranty_claim.status).toBe("returning")
        expect(declined.warranty_claim.fees).toEqual([expect.objectContaining({ kind: "diagnostic", amount: 100, currency_code: "ron", status: "due" })])
      })

      it("R8.4 with no fee set in the order's currency no fee can be made due, and a fee charged at rejection is refused naming charge_diagnostic_fee", async () => {
        const service = warranty()
        const options = service.getOptions()
        const spy = jest.spyOn(service, "getOptions").mockReturnValue({ ...options, diagnostic_fee: [{ amount: 20, currency_code: "eur" }] })
        try {
          const id = await quotable()
          expect((await adminClaim(id)).diagnostic_fee).toBeNull()
          const quoted = await ok(post(id, "quote", { amount: 450, currency_code: "ron", estimated_days: 5 }))
          expect(quoted.warranty_claim.quote.diagnostic_fee).toBeNull()
          const declined = await ana.warranty.claims.declineQuote(id)
          expect(declined.warranty_claim.status).toBe("returning")
          expect(declined.warranty_claim.fees ?? []).toEqual([])

          const other = await quotable()
          const reject = await post(other, "reject", { reason: "user_damage", charge_diagnostic_fee: true })
          expect(reject.status).toBe(400)
          expect(reject.data.message).toMatch(/^charge_diagnostic_fee: the shop set no diagnostic fee in RON/)
          expect((await ok(post(other, "reject", { reason: "user_damage" }))).warranty_claim.fees).toEqual([])
        } finally {
          spy.mockRestore()
        }
      })
    })

    describe("R4.6 readings someone took; R5.2 no battery on an accessory", () => {
      it("R4.6 intake without a percentage records no reading; mark-ready with one records the repair reading", async () => {
        const card = phones.shift()
        const id = await filed(card)
        const before = ((await adminCard(card!)).battery_health_records as Reading[]).length
        await ok(post(id, "receive", { original_packaging: true, seals_intact: true, battery_percent: null }))
        expect(((await adminCard(card!)).battery_health_records as Reading[]).length).toBe(before)
        await ok(post(id, "diagnose", { findings: "display connector loose", covered: true }))
        await ok(post(id, "start-repair", { note: "connector from stock" }))
        const ready = await ok(post(id, "mark-ready", { note: "connector replaced", battery_percent: 91 }))
        expect(ready.warranty_claim.status).toBe("ready")
        const records = (await adminCard(card!)).battery_health_records as Reading[]
        expect(records.filter((r) => r.source === "intake")).toEqual([])
        expect(records.filter((r) => r.source === "repair")).toEqual([expect.objectContaining({ percent: 91 })])
      })

      it("R4.6 a percentage at intake is recorded as the intake reading", async () => {
        const card = phones.shift()
        const id = await filed(card)
        await ok(post(id, "receive", { original_packaging: true, seals_intact: true, battery_percent: 84 }))
        const records = (await adminCard(card!)).battery_health_records as Reading[]
        expect(records.filter((r) => r.source === "intake")).toEqual([expect.objectContaining({ percent: 84 })])
      })

      it("R5.2 an accessory has no battery: has_battery is false on its card and claim, a reading is refused naming battery_percent", async () => {
        const card = chargers.shift()
        const read = await adminCard(card!)
        expect(read).toMatchObject({ kind: "accessory", has_battery: false })
        const { warranty_card: shopperCard } = await ana.warranty.cards.retrieve(card!)
        expect(shopperCard.has_battery).toBe(false)
        expect((await adminCard(phones[0])).has_battery).toBe(true)

        const id = await filed(card, ["manufacturing_defect"])
        expect((await adminClaim(id)).has_battery).toBe(false)
        const refused = await post(id, "receive", { original_packaging: true, seals_intact: true, battery_percent: 80 })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^battery_percent: this product has no battery/)
        await ok(post(id, "receive", { original_packaging: true, seals_intact: true }))
        expect((await adminCard(card!)).battery_health_records).toEqual([])
      })
    })

    describe("The timeline names people", () => {
      it("staff by name, the shopper by name, an answer recorded at the counter with who recorded it, the demo seed sanely; never an id", async () => {
        const id = await quotable()
        await ok(post(id, "quote", { amount: 450, currency_code: "ron", estimated_days: 5 }))
        await ok(post(id, "quote/accept", { channel: "counter" }))
        await moveWarrantyClaimWorkflow(container).run({
          input: { id, move: "note", actor: "admin", actor_id: "demo-seed", input: { note: "seeded" } },
        })
        const events = (await adminClaim(id)).events as Event[]
        const byMove = (move: string) => events.find((e) => e.move === move)!
        expect(byMove("submit")).toMatchObject({ actor: "customer", actor_name: "Ana ana", recorded_by_name: null })
        expect(byMove("receive")).toMatchObject({ actor: "admin", actor_name: "Ioana Pop", recorded_by_name: null })
        expect(byMove("accept_quote")).toMatchObject({ actor_name: "Ana ana", recorded_by_name: "Ioana Pop" })
        expect(byMove("note")).toMatchObject({ actor_name: "Demo data" })
        for (const e of events) {
          expect(e.actor_name).not.toMatch(/^(user|cus)_/)
        }
      })

      it("a staff member without a name is shown by e-mail", async () => {
        await container.resolve(Modules.USER).updateUsers({ id: admin.user.id, first_name: null, last_name: null })
        try {
          const id = await filed(phones.shift())
          await ok(post(id, "receive", { original_packaging: true, seals_intact: true }))
          const events = (await adminClaim(id)).events as Event[]
          expect(events.find((e) => e.move === "receive")!.actor_name).toBe("admin@example.com")
        } finally {
          await container.resolve(Modules.USER).updateUsers({ id: admin.user.id, first_name: "Ioana", last_name: "Pop" })
        }
      })
    })
  },
})
