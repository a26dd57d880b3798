import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { settle, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, registerShopper, Shopper } from "../fixtures/store"
import type { StoreCreateWarrantyClaimBody } from "../../src/client"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (b: Buffer) => Promise<{ text: string; numpages: number }> = require("pdf-parse/lib/pdf-parse.js")

jest.setTimeout(180 * 1000)

type Res = { status: number; data: any; headers: Record<string, string> }

/** A 15-digit IMEI with its Luhn check digit. */
function imei(body14: string): string {
  const sum = body14
    .split("")
    .map(Number)
    .reduce((acc, d, i) => {
      const v = i % 2 === 1 ? d * 2 : d
      return acc + (v > 9 ? v - 9 : v)
    }, 0)
  return `${body14}${(10 - (sum % 10)) % 10}`
}

medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ana: Shopper
    let phoneCards: string[] = []
    let accessoryCard: string

    // Generous: a busy machine runs the order subscribers slowly.
    const desk = staffDesk(api, () => ({ container, shop, admin }), { timeout: 90_000 })
    const move = desk.move
    const receipt = (id: string, kind: "intake" | "handover", query = "", headers = admin.headers) =>
      settle(api.get(`/admin/warranty-claims/${id}/${kind}-receipt${query}`, { headers, responseType: "arraybuffer" }))
    const pdfText = async (res: Res) => (await pdfParse(Buffer.from(res.data))).text.replace(/\s+/g, " ")
    const json = (res: Res) => JSON.parse(Buffer.from(res.data).toString("utf8"))

    const activeCards = async (variant_id: string, quantity: number) =>
      (await desk.shippedOrder(ana, variant_id, quantity)).cards.map((c) => c.id)

    /** Ana files on a card whose IMEI staff set first (the receipts print it). */
    async function filed(card: string, serial: string | null, extra: Partial<StoreCreateWarrantyClaimBody> = {}) {
      if (serial) {
        await api.post(`/admin/warranty-cards/${card}`, { serial_number: serial }, { headers: admin.headers })
      }
      const { warranty_claim } = await ana.warranty.claims.create({
        warranty_card_id: card,
        defects: ["display"],
        description: "The screen flickers",
        delivery_method: "drop_off",
        acknowledgements: ACKS,
        ...extra,
      })
      return warranty_claim
    }

    const nextCard = () => {
      const id = phoneCards.shift()
      if (!id) {
        throw new Error("test setup: out of phone cards")
      }
      return id
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [
        { title: "iPhone 13", variants: ["128GB"] },
        { title: "USB-C charger 20W", variants: ["Standard"], price: 99 },
      ])
      admin = await createAdmin(container)
      await api.post(`/admin/products/${shop.products["USB-C charger 20W"].id}/warranty`, { months: 24, kind: "accessory" }, { headers: admin.headers })
      ana = await registerShopper(api, shop, "ana@example.com")
      phoneCards = await activeCards(shop.products["iPhone 13"].variants["128GB"], 6)
      ;[accessoryCard] = await activeCards(shop.products["USB-C charger 20W"].variants["Standard"], 1)
    })

    it("only staff print receipts (401 without a session) and an unknown claim is a 404", async () => {
      const claim = await filed(nextCard(), null)
      expect((await receipt(claim.id, "intake", "", {})).status).toBe(401)
      expect((await receipt(claim.id, "handover", "", {})).status).toBe(401)
      // A shopper's token is not a staff session either.
      expect((await receipt(claim.id, "intake", "", ana.headers)).status).toBe(401)
      expect((await receipt("wclm_unknown", "intake")).status).toBe(404)
      expect((await receipt("wclm_unknown", "handover")).status).toBe(404)
    })

    it("R7.1 no intake receipt before the device is received, and no handover receipt while it is in service (409)", async () => {
      const claim = await filed(nextCard(), null)
      const early = await receipt(claim.id, "intake")
      expect(early.status).toBe(409)
      expect(json(early).message).toContain(`${claim.ticket_number} has not been received yet`)
      expect((await receipt(claim.id, "handover")).status).toBe(409)

      expect((await move(claim.id, "receive", { original_packaging: true, seals_intact: true })).status).toBe(200)
      const inService = await receipt(claim.id, "handover")
      expect(inService.status).toBe(409)
      expect(json(inService).message).toContain("nothing to hand over yet")
    })

    it("R7.1 R11.2 a received claim's intake receipt: ticket, IMEI, what came in, the due day, in the claim's language unless ?locale=", async () => {
      const serial = imei("35693803564380")
      const claim = await filed(nextCard(), serial, { defects: ["display", "speaker"] })
      const received = await move(claim.id, "receive", {
        accessories_received: ["USB-C cable"],
        original_packaging: true,
        seals_intact: false,
        damage_notes: "Scratch on the back glass",
        battery_percent: 91,
      })
      expect(received.status).toBe(200)
      const due = received.data.warranty_claim.due_on as string

      const res = await receipt(claim.id, "intake")
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toMatch(/application\/pdf/)
      expect(res.headers["content-disposition"]).toBe(`attachment; filename="${claim.ticket_number}-intake-receipt.pdf"`)
      const ro = await pdfText(res)
      expect(ro).toContain("Fișă de primire în service")
      expect(ro).toContain(claim.ticket_number)
      expect(ro).toContain(serial)
      expect(ro).toContain("USB-C cable")
      expect(ro).toContain("Scratch on the back glass")
      expect(ro).toContain("Deteriorate sau lipsă")
      expect(ro).toContain("91%")
      expect(ro).toContain("Afișaj funcțional")
      expect(ro).toContain(due.split("-").reverse().join("."))
      // R11.2: the legal limit is the stricter one on a phone under both covers.
      expect(ro).toContain("termenul legal de 15 zile")
      expect(ro).toContain("+40 700 000 000")

      const en = await pdfText(await receipt(claim.id, "intake", "?locale=en"))
      expect(en).toContain("Intake receipt")
      expect(en).toContain(due)
      expect(en).toContain("15-day legal limit")
      expect(en).toContain(serial)

      const bad = await receipt(claim.id, "intake", "?locale=xx")
      expect(bad.status).toBe(400)
      expect(json(bad).message).toContain("locale")
    })

    it("R4 R5.2 an accessory's intake receipt has no battery line", async () => {
      const claim = await filed(accessoryCard, null, { defects: ["manufacturing_defect"] })
      expect((await move(claim.id, "receive", { original_packaging: false, seals_intact: true })).status).toBe(200)
      const text = await pdfText(await receipt(claim.id, "intake", "?locale=en"))
      expect(text).toContain("USB-C charger 20W")
      expect(text).not.toContain("Battery health")
    })

    it("R8.1 R7.6 after a repair the handover receipt prints what was done, the battery after it and the card's end date", async () => {
      const serial = imei("49015420323751")
      const claim = await filed(nextCard(), serial)
      await move(claim.id, "receive", { original_packaging: true, seals_intact: true, battery_percent: 80 })
      await move(claim.id, "diagnose", { findings: "Display connector loose", covered: true })
      await move(claim.id, "start-repair", { note: "Reseating the connector" })
      const ready = await move(claim.id, "mark-ready", { note: "Display connector reseated", battery_percent: 100 })
      expect(ready.status).toBe(200)
      const card = (await api.get(`/admin/warranty-cards/${claim.warranty_card_id}`, { headers: admin.headers })).data.warranty_card

      const res = await receipt(claim.id, "handover", "?locale=en")
      expect(res.status).toBe(200)
      expect(res.headers["content-disposition"]).toBe(`attachment; filename="${claim.ticket_number}-handover-receipt.pdf"`)
      const text = await pdfText(res)
      expect(text).toContain("Handover receipt")
      expect(text).toContain(claim.ticket_number)
      expect(text).toContain(serial)
      expect(text).toContain("Repaired")
      expect(text).toContain("Display connector loose")
      expect(text).toContain("Display connector reseated")
      expect(text).toContain("Battery health after repair")
      expect(text).toContain("100%")
      expect(text).toContain(`card ${card.card_number} stays valid until ${card.ends_on}`)
      expect(text).toContain("Customer (name, signature)")

      // Still printable once the device is handed over and the claim closed.
      expect((await move(claim.id, "close")).status).toBe(200)
      expect((await receipt(claim.id, "handover")).status).toBe(200)
    })

    it("R9 a refused claim is handed back unrepaired, with the reason", async () => {
      const claim = await filed(nextCard(), null)
      await move(claim.id, "receive", { original_packaging: true, seals_intact: true })
      await move(claim.id, "diagnose", { findings: "Liquid damage", covered: false, exclusion_reason: "water_damage" })
      const rejected = await move(claim.id, "reject", { reason: "water_damage" })
      expect(rejected.status).toBe(200)
      const text = await pdfText(await receipt(claim.id, "handover", "?locale=en"))
      expect(text).toContain("Returned unrepaired")
      expect(text).toContain("Liquid damage")
      expect(text).not.toContain("Battery health after repair")
    })
  },
})
