import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { settle, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, registerShopper, Shopper } from "../fixtures/store"
import type { AdminWarrantyCardListResponse, AdminWarrantyClaimListResponse } from "../../src/types"

jest.setTimeout(180 * 1000)

const IOANA_IMEI = "352099001761481"
const BOGDAN_SERIAL = "SN-PX8-0042"

medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ioana: Shopper
    let bogdan: Shopper
    let ioanaCard: { id: string; card_number: string }
    let bogdanCard: { id: string; card_number: string }
    let ioanaClaim: { id: string; ticket_number: string }
    let bogdanClaim: { id: string; ticket_number: string }

    const desk = staffDesk(api, () => ({ container, shop, admin }))

    const claims = async (query: Record<string, string>) =>
      (
        await api.get(`/admin/warranty-claims?${new URLSearchParams(query)}`, { headers: admin.headers })
      ).data as AdminWarrantyClaimListResponse
    const tickets = async (q: string) => (await claims({ q })).warranty_claims.map((c) => c.ticket_number)
    const cardNumbers = async (q: string) =>
      (
        (await api.get(`/admin/warranty-cards?${new URLSearchParams({ q })}`, { headers: admin.headers }))
          .data as AdminWarrantyCardListResponse
      ).warranty_cards.map((c) => c.card_number)

    /** One active card (courier order, shipped today) for the shopper. */
    const activeCard = async (who: Shopper, variant_id: string) => (await desk.shippedOrder(who, variant_id, 1)).cards[0]

    async function name(who: Shopper, first_name: string, last_name: string, phone: string) {
      await api.post(`/admin/customers/${who.id}`, { first_name, last_name, phone }, { headers: admin.headers })
    }

    async function fileClaim(who: Shopper, warranty_card_id: string) {
      const { warranty_claim } = await who.warranty.claims.create({
        warranty_card_id,
        defects: ["display"],
        description: "The screen flickers",
        delivery_method: "courier",
        acknowledgements: ACKS,
      })
      return warranty_claim
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [
        { title: "iPhone 13", variants: ["128GB"] },
        { title: "Pixel 8", variants: ["256GB"] },
      ])
      admin = await createAdmin(container)
      ioana = await registerShopper(api, shop, "ioana.marinescu@example.com")
      bogdan = await registerShopper(api, shop, "bogdan@example.com")
      await name(ioana, "Ioana", "Marinescu", "+40 721 555 123")
      await name(bogdan, "Bogdan", "Ionescu", "+40733000111")
      ioanaCard = await activeCard(ioana, shop.products["iPhone 13"].variants["128GB"])
      bogdanCard = await activeCard(bogdan, shop.products["Pixel 8"].variants["256GB"])
      await api.post(`/admin/warranty-cards/${ioanaCard.id}`, { serial_number: IOANA_IMEI }, { headers: admin.headers })
      await api.post(`/admin/warranty-cards/${bogdanCard.id}`, { serial_number: BOGDAN_SERIAL }, { headers: admin.headers })
      ioanaClaim = await fileClaim(ioana, ioanaCard.id)
      bogdanClaim = await fileClaim(bogdan, bogdanCard.id)
    })

    describe("the claims list's search", () => {
      it("finds a claim by its ticket typed with dashes, spaces, in lower case or without separators", async () => {
        const t = ioanaClaim.ticket_number // WR-2026-000001
        const [prefix, year, seq] = t.split("-")
        for (const typed of [t, t.toLowerCase(), `${prefix} ${year} ${seq}`, ` ${prefix.toLowerCase()}${year}${seq} `, `${year} ${seq}`]) {
          expect({ typed, found: await tickets(typed) }).toEqual({ typed, found: [t] })
        }
      })

      it("finds a claim by the IMEI typed in groups with spaces or dashes, and by a serial typed with spaces", async () => {
        expect(await tickets("35 209900 176148 1")).toEqual([ioanaClaim.ticket_number])
        expect(await tickets("35-209900-176148-1")).toEqual([ioanaClaim.ticket_number])
        expect(await tickets("176148")).toEqual([ioanaClaim.ticket_number])
        expect(await tickets("sn px8 0042")).toEqual([bogdanClaim.ticket_number])
      })

      it("finds a claim by the shopper's name, e-mail or phone, and not another shopper's", async () => {
        expect(await tickets("Ioana Marinescu")).toEqual([ioanaClaim.ticket_number])
        expect(await tickets("marinescu")).toEqual([ioanaClaim.ticket_number])
        expect(await tickets("ioana.marinescu@exa")).toEqual([ioanaClaim.ticket_number])
        // Stored as "+40 721 555 123", typed the national way.
        expect(await tickets("0721 555 123")).toEqual([ioanaClaim.ticket_number])
        expect(await tickets("0733-000-111")).toEqual([bogdanClaim.ticket_number])
        // A first name of one shopper and a last name of another name nobody.
        expect(await tickets("Bogdan Marinescu")).toEqual([])
        expect(await tickets("Bogdan")).toEqual([bogdanClaim.ticket_number])
      })

      it("finds a claim by the product's title", async () => {
        expect(await tickets("pixel 8")).toEqual([bogdanClaim.ticket_number])
        expect(await tickets("iPhone")).toEqual([ioanaClaim.ticket_number])
      })

      it("each claim carries its shopper, named, on the list and on the claim", async () => {
        const { warranty_claims } = await claims({ q: ioanaClaim.ticket_number })
        expect(warranty_claims[0].customer).toEqual({
          id: ioana.id,
          name: "Ioana Marinescu",
          email: "ioana.marinescu@example.com",
          phone: "+40 721 555 123",
        })
        const { data } = await api.get(`/admin/warranty-claims/${bogdanClaim.id}`, { headers: admin.headers })
        expect(data.warranty_claim.customer).toMatchObject({ id: bogdan.id, name: "Bogdan Ionescu", email: "bogdan@example.com" })
      })

      it("customer_id lists one customer's claims (the customer page's widget)", async () => {
        const { warranty_claims, count } = await claims({ customer_id: bogdan.id })
        expect(count).toBe(1)
        expect(warranty_claims.map((c) => c.id)).toEqual([bogdanClaim.id])
        expect((await claims({ customer_id: "cus_nobody" })).count).toBe(0)
      })

      it("refuses an absurd q or customer_id with a 400 naming the field", async () => {
        const cases: [string, string][] = [
          [`q=${"3".repeat(10 * 1024)}`, "q"],
          ["q=%00ioana", "q"],
          ["q=", "q"],
          ["customer_id=cus_1%3Bdrop", "customer_id"],
        ]
        for (const [query, field] of cases) {
          const res = await settle(api.get(`/admin/warranty-claims?${query}`, { headers: admin.headers }))
          expect({ query: query.slice(0, 30), status: res.status }).toEqual({ query: query.slice(0, 30), status: 400 })
          expect((res.data as { message: string }).message).toMatch(new RegExp(`\\b${field}\\b`))
        }
      })
    })

    describe("the cards list's search", () => {
      it("finds a card by its number in any case or spacing, the IMEI in groups, the shopper or the product", async () => {
        const [prefix, year, seq] = ioanaCard.card_number.split("-")
        expect(await cardNumbers(`${prefix.toLowerCase()} ${year} ${seq}`)).toEqual([ioanaCard.card_number])
        expect(await cardNumbers(`${prefix}${year}${seq}`)).toEqual([ioanaCard.card_number])
        expect(await cardNumbers("35 209900 176148 1")).toEqual([ioanaCard.card_number])
        expect(await cardNumbers("Ioana Marinescu")).toEqual([ioanaCard.card_number])
        expect(await cardNumbers("bogdan@example")).toEqual([bogdanCard.card_number])
        expect(await cardNumbers("pixel")).toEqual([bogdanCard.card_number])
        expect(await cardNumbers("Bogdan Marinescu")).toEqual([])
      })

      it("each card carries its shopper, named", async () => {
        const { data } = await api.get(`/admin/warranty-cards?customer_id=${ioana.id}`, { headers: admin.headers })
        const list = data as AdminWarrantyCardListResponse
        expect(list.warranty_cards.map((c) => c.customer)).toEqual([
          { id: ioana.id, name: "Ioana Marinescu", email: "ioana.marinescu@example.com", phone: "+40 721 555 123" },
        ])
      })

      it("refuses a q of 10 KB with a 400 naming q", async () => {
        const res = await settle(api.get(`/admin/warranty-cards?q=${"x".repeat(10 * 1024)}`, { headers: admin.headers }))
        expect(res.status).toBe(400)
        expect((res.data as { message: string }).message).toMatch(/\bq must be at most 100 characters/)
      })
    })
  },
})
