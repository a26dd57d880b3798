import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ok, type Res, settle, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, registerShopper, Shopper } from "../fixtures/store"
import { parseWarrantyOptions } from "../../src/modules/warranty/options"
import { addCalendarDays, dayIn } from "../../src/modules/warranty/rules/dates"
import type { AdminWarrantySettingsResponse } from "../../src/types"

jest.setTimeout(240 * 1000)

type Settings = AdminWarrantySettingsResponse["warranty_settings"]

const today = () => dayIn(new Date(), "Europe/Bucharest")

/** The words the plugin options use for a bad value (what `medusa-config` would print at start). */
function optionProblem(options: object): string {
  try {
    parseWarrantyOptions(options)
  } catch (e) {
    return (e as Error).message.replace(/^medusa-plugin-warranty: invalid plugin options: /, "")
  }
  throw new Error("test setup: the options were valid")
}

const ADDRESS = { name: "Swipe Service", address_1: "Bd. Unirii 10", postal_code: "030833", city: "Bucuresti", country_code: "ro" }

/**
 * Issue 11 s.6, Settings -> Warranty: the plugin options are the defaults, staff change the
 * shop's own settings in the dashboard, every save is logged with who and when, and new cards and
 * claims use the new values at once while issued cards keep their copied terms (R2.3).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { user: { id: string }; headers: Record<string, string> }
    let ana: Shopper
    /** Cards issued before any setting changed (24 months). */
    let cards: string[] = []
    let phone: string

    const desk = staffDesk(api, () => ({ container, shop, admin }))
    const read = async (): Promise<Settings> => (await ok(api.get("/admin/warranty-settings", { headers: admin.headers }) as Promise<Res>)).warranty_settings
    const save = (body: object): Promise<Res> => settle(api.post("/admin/warranty-settings", body, { headers: admin.headers }) as Promise<Res>)
    const saved = async (body: object): Promise<Settings> => (await ok(save(body))).warranty_settings

    async function filed(card = cards.shift()) {
      if (!card) {
        throw new Error("test setup: out of cards")
      }
      const r = await ana.warranty.claims.create({ warranty_card_id: card, defects: ["display"], description: "Black screen", delivery_method: "courier", acknowledgements: ACKS })
      return r.warranty_claim.id as string
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [{ title: "iPhone 13", variants: ["128GB"], price: 2000, stock: 40 }])
      phone = shop.products["iPhone 13"].variants["128GB"]
      admin = (await createAdmin(container)) as typeof admin
      await container.resolve(Modules.USER).updateUsers({ id: admin.user.id, first_name: "Ioana", last_name: "Pop" })
      ana = await registerShopper(api, shop, "ana@example.com")
      cards = (await desk.shippedOrder(ana, phone, 8, { capture: true })).cards.map((c) => c.id)
    })

    it("reads the defaults: the plugin options, nothing overridden, version 0, an empty log; staff only", async () => {
      const s = await read()
      expect(s.version).toBe(0)
      expect(s.overridden).toEqual([])
      expect(s.changes).toEqual([])
      expect(s.values).toEqual(s.defaults)
      // The test app's options (medusa-config.ts) and the terms' defaults.
      expect(s.defaults).toMatchObject({
        shop_name: "Swipe Refurbished",
        default_warranty_months: 24,
        diagnostic_fee: [{ amount: 20, currency_code: "eur" }, { amount: 100, currency_code: "ron" }],
        offer_valid_days: 14,
        legal_remedy_days: 15,
        service_hours: { opens: "09:00", closes: "18:00" },
      })
      // Options that describe the installation are not settings.
      expect(s.values).not.toHaveProperty("time_zone")
      expect(s.values).not.toHaveProperty("card_number_prefix")
      // Staff only: without an admin session both routes are a 401.
      expect((await settle(api.get("/admin/warranty-settings") as Promise<Res>)).status).toBe(401)
      expect((await settle(api.post("/admin/warranty-settings", { version: 0, service_phone: "+40 700 999 999" }) as Promise<Res>)).status).toBe(401)
      expect((await read()).version).toBe(0)
      // The read takes no query parameters: an unknown one is a 400 naming it.
      const query = await settle(api.get("/admin/warranty-settings?verbose=1", { headers: admin.headers }) as Promise<Res>)
      expect(query.status).toBe(400)
      expect(JSON.stringify(query.data)).toContain("verbose")
    })

    it("R6.5 R6.8 R2.1 R4.5 R11 R8.4 R11.4 each group changes, one save after another, each with the version it read", async () => {
      let s = await saved({ version: 0, shop_name: "Swipe", service_address: ADDRESS, service_phone: "+40 721 000 111", service_hours: { opens: "10:00", closes: "19:00" } })
      expect(s.version).toBe(1)
      s = await saved({
        version: 1,
        default_warranty_months: 12,
        battery_warranty_days: 60,
        battery_health_threshold: 80,
        oem_battery_models: ["iPhone 11", "iPhone 12"],
        extend_warranty_by_repair_time: true,
        replacement_fresh_term: true,
      })
      s = await saved({ version: 2, legal_guarantee_months: 36, legal_remedy_days: 15, legal_remedy_day_unit: "working", legal_remedy_from: "filing", service_days: 20 })
      s = await saved({
        version: 3,
        diagnostic_fee: { amount: 25, currency_code: "eur" },
        offer_valid_days: 7,
        offer_reminder_days: 2,
        credit_valid_days: 180,
        trade_in_repair_cost_share: 0.4,
        max_claim_photos: 3,
        card_transfers: false,
        card_transfer_valid_hours: 24,
      })
      expect(s.version).toBe(4)
      expect(s.values).toMatchObject({
        shop_name: "Swipe",
        service_address: ADDRESS,
        service_phone: "+40 721 000 111",
        service_hours: { opens: "10:00", closes: "19:00" },
        default_warranty_months: 12,
        oem_battery_models: ["iPhone 11", "iPhone 12"],
        extend_warranty_by_repair_time: true,
        legal_guarantee_months: 36,
        legal_remedy_day_unit: "working",
        legal_remedy_from: "filing",
        service_days: 20,
        // One fee object is read as the option reads it: a list of one.
        diagnostic_fee: [{ amount: 25, currency_code: "eur" }],
        offer_valid_days: 7,
        credit_valid_days: 180,
        trade_in_repair_cost_share: 0.4,
        max_claim_photos: 3,
        card_transfers: false,
        card_transfer_valid_hours: 24,
      })
      // legal_remedy_days was sent with its default value: set in the dashboard all the same.
      expect(s.overridden).toContain("legal_remedy_days")
      expect(s.overridden).toHaveLength(23)
      expect(s.defaults.default_warranty_months).toBe(24)
      expect(s.changes.map((c) => c.version)).toEqual([4, 3, 2, 1])
    })

    it("a bad value is a 400 naming the field in the options' own words, and nothing is saved", async () => {
      const cases: [object, RegExp][] = [
        [{ service_hours: { opens: "9", closes: "18:00" } }, /service_hours\.opens: must be HH:MM/],
        [{ default_warranty_months: 0 }, /^Invalid request: default_warranty_months: /],
        [{ legal_remedy_day_unit: "weeks" }, /^Invalid request: legal_remedy_day_unit: /],
        [{ diagnostic_fee: [{ amount: 1, currency_code: "ron" }, { amount: 2, currency_code: "ron" }] }, /diagnostic_fee: names a currency twice/],
        [{ diagnostic_fee: { amount: 5, currency_code: "EUR" } }, /^Invalid request: diagnostic_fee.currency_code: must be a lower-case ISO 4217 code/],
        [{ service_address: { ...ADDRESS, city: "" } }, /^Invalid request: service_address\.city: /],
        [{ service_phone: "1" }, /^Invalid request: service_phone: /],
        [{ trade_in_repair_cost_share: 1.5 }, /^Invalid request: trade_in_repair_cost_share: /],
        [{ oem_battery_models: "iPhone 11" }, /^Invalid request: oem_battery_models: /],
      ]
      for (const [body, message] of cases) {
        const r = await save({ version: 0, ...body })
        expect([r.status, r.data.message]).toEqual([400, expect.stringMatching(message)])
        // The same words the plugin options print at start for that value.
        expect(r.data.message).toBe(`Invalid request: ${optionProblem(body)}`)
      }
      const missing = await save({ service_phone: "+40 700 123 456" })
      expect([missing.status, missing.data.message]).toEqual([400, expect.stringMatching(/version/)])
      const s = await read()
      expect([s.version, s.overridden, s.changes]).toEqual([0, [], []])
    })

    it("a key that is not a shop setting is a 400 naming it (the time zone and number prefixes stay options); an empty save is a 400", async () => {
      for (const key of ["time_zone", "card_number_prefix", "colour"]) {
        const r = await save({ version: 0, [key]: "x" })
        expect([r.status, r.data.message]).toEqual([400, `Invalid request: Unrecognized fields: '${key}'`])
      }
      const empty = await save({ version: 0 })
      expect([empty.status, empty.data.message]).toEqual([400, expect.stringMatching(/^Give at least one setting to change/)])
      expect((await read()).version).toBe(0)
    })

    it("every save is logged: who (the admin user), when, and each key from -> to", async () => {
      const before = Date.now()
      await saved({ version: 0, service_phone: "+40 721 000 111", offer_valid_days: 14 })
      const s = await saved({ version: 1, service_phone: "+40 721 000 222" })
      expect(s.changes).toHaveLength(2)
      const [second, first] = s.changes
      expect(second).toMatchObject({ version: 2, changed_by: admin.user.id, changed_by_name: "Ioana Pop" })
      expect(second.changes).toEqual([{ key: "service_phone", from: "+40 721 000 111", to: "+40 721 000 222", reset: false }])
      // offer_valid_days sent with its default value: logged as now set in the dashboard.
      expect(first.changes).toEqual([
        { key: "service_phone", from: "+40 700 000 000", to: "+40 721 000 111", reset: false },
        { key: "offer_valid_days", from: 14, to: 14, reset: false },
      ])
      const at = new Date(second.created_at).getTime()
      expect(at).toBeGreaterThanOrEqual(before - 5000)
      expect(at).toBeLessThanOrEqual(Date.now() + 5000)
      // A save that changes nothing writes nothing.
      const same = await saved({ version: 2, service_phone: "+40 721 000 222" })
      expect([same.version, same.changes.length]).toEqual([2, 2])
    })

    it("R2.3 a new card takes the new default months at once; a card issued before keeps its 24", async () => {
      await saved({ version: 0, default_warranty_months: 12, battery_warranty_days: 30 })
      const [fresh] = (await desk.shippedOrder(ana, phone, 1)).cards
      const card = async (id: string) => (await api.get(`/admin/warranty-cards/${id}`, { headers: admin.headers })).data.warranty_card
      expect(await card(fresh.id)).toMatchObject({ months: 12, battery_days: 30 })
      expect(await card(cards[0])).toMatchObject({ months: 24, battery_days: 90 })
      // R2.2: the product page shows the new default before purchase.
      const page = await api.get(`/store/products/${shop.products["iPhone 13"].id}/warranty`, { headers: { "x-publishable-api-key": shop.publishable_key } })
      expect(page.data.warranty).toMatchObject({ months: 12, battery_days: 30 })
    })

    it("R8.4 R8.2 R11.2 a new claim's fee, offer days and legal limit use the new values", async () => {
      await saved({ version: 0, diagnostic_fee: [{ amount: 150, currency_code: "ron" }], offer_valid_days: 5, legal_remedy_days: 10 })
      const id = await filed()
      const received = await ok(desk.move(id, "receive", { original_packaging: true, seals_intact: true }))
      // R11.2: the strictest limit, now 10 days from receipt.
      expect(received.warranty_claim.due_on).toBe(addCalendarDays(today(), 10))
      expect((await desk.adminClaim(id)).diagnostic_fee).toEqual({ amount: 150, currency_code: "ron" })
      await ok(desk.move(id, "diagnose", { findings: "logic board fault", covered: true }))
      await ok(desk.move(id, "mark-unrepairable", { note: "board no longer made" }))
      const before = Date.now()
      const offered = await ok(
        desk.move(id, "offer", { kind: "valuation", value: { amount: 1500, currency_code: "ron" }, basis: "market_value", basis_note: "median of five listings" })
      )
      const days = (new Date(offered.warranty_claim.offer_expires_at).getTime() - before) / 86_400_000
      expect(days).toBeGreaterThan(4.9)
      expect(days).toBeLessThan(5.1)
    })

    it("R6.5 R6.8 the shopper's claim page shows the new service address, phone and hours", async () => {
      const id = await filed()
      await saved({ version: 0, service_address: ADDRESS, service_phone: "+40 721 000 333", service_hours: { opens: "08:30", closes: "17:00" } })
      const { warranty_claim } = await ana.warranty.claims.retrieve(id)
      expect(warranty_claim.service).toMatchObject({ ...ADDRESS, phone: "+40 721 000 333", hours: { opens: "08:30", closes: "17:00" } })
      // The parcel label prints from the same settings.
      const label = await api.get(`/store/warranty-claims/${id}/label`, { headers: ana.headers, responseType: "arraybuffer" })
      expect(label.status).toBe(200)
    })

    it("issue 11 s.3 card transfers turned off in the dashboard: staff cannot hand a card on; back on, they can", async () => {
      const bob = await registerShopper(api, shop, "bob@example.com")
      const transfer = () => settle(api.post(`/admin/warranty-cards/${cards[1]}/transfer`, { customer_id: bob.id }, { headers: admin.headers }) as Promise<Res>)
      await saved({ version: 0, card_transfers: false })
      const off = await transfer()
      expect(off.status).toBeGreaterThanOrEqual(400)
      expect(off.status).toBeLessThan(500)
      expect(off.data.message).toMatch(/^card_transfers: /)
      await saved({ version: 1, card_transfers: null })
      expect((await transfer()).status).toBe(200)
    })

    it("reset to default: null puts a setting back to the plugin option, logged as a reset", async () => {
      await saved({ version: 0, service_phone: "+40 721 000 111", offer_valid_days: 9 })
      const s = await saved({ version: 1, service_phone: null })
      expect(s.values.service_phone).toBe(s.defaults.service_phone)
      expect(s.values.offer_valid_days).toBe(9)
      expect(s.overridden).toEqual(["offer_valid_days"])
      expect(s.changes[0].changes).toEqual([{ key: "service_phone", from: "+40 721 000 111", to: s.defaults.service_phone, reset: true }])
    })

    it("two staff editing at once: the save with a stale version is a 409 and changes nothing", async () => {
      const [a, b] = await Promise.all([save({ version: 0, service_phone: "+40 721 000 001" }), save({ version: 0, service_phone: "+40 721 000 002" })])
      expect([a.status, b.status].sort()).toEqual([200, 409])
      const refused = a.status === 409 ? a : b
      expect(refused.data).toEqual({ type: "conflict", message: expect.stringMatching(/^version: the warranty settings were changed by someone else meanwhile \(now version 1\)/) })
      const s = await read()
      expect(s.version).toBe(1)
      expect(s.changes).toHaveLength(1)
      const won = a.status === 200 ? "+40 721 000 001" : "+40 721 000 002"
      expect(s.values.service_phone).toBe(won)
      // Later saves with the old version stay refused.
      expect((await save({ version: 0, offer_valid_days: 3 })).status).toBe(409)
    })
  },
})
