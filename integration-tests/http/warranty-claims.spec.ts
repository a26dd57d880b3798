import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { addDays, addMonths, format } from "date-fns"
import { settle, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, ADDRESS, Api, forged, outcome, refused, registerShopper, RETURN_TO, Shopper } from "../fixtures/store"
import type { StoreCreateWarrantyClaimBody, WarrantyCardSortField, WarrantyClaimSortField, WarrantyRequestOptions } from "../../src/client"
import { dayIn } from "../../src/modules/warranty/rules/dates"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import markOverdueWarrantyClaimsJob from "../../src/jobs/mark-overdue-warranty-claims"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (b: Buffer) => Promise<{ text: string }> = require("pdf-parse/lib/pdf-parse.js")

jest.setTimeout(180 * 1000)

const today = () => dayIn(new Date(), "Europe/Bucharest")
const plusMonths = (day: string, n: number) => format(addMonths(new Date(`${day}T12:00:00`), n), "yyyy-MM-dd")
const plusDays = (day: string, n: number) => format(addDays(new Date(`${day}T12:00:00`), n), "yyyy-MM-dd")


medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ana: Shopper
    let bob: Shopper
    /** Ana's active phone cards (courier order, shipped today), handed out one per test. */
    let phoneCards: string[] = []
    let accessoryCard: string
    let bobCard: string

    const desk = staffDesk(api, () => ({ container, shop, admin }))
    const wait = desk.wait
    const nextCard = () => {
      const id = phoneCards.shift()
      if (!id) {
        throw new Error("test setup: out of phone cards")
      }
      return id
    }

    const activeCards = async (who: Shopper, variant_id: string, quantity: number) =>
      (await desk.shippedOrder(who, variant_id, quantity)).cards.map((c) => c.id)

    /** The shopper files through the storefront client. */
    function file(who: Shopper, warranty_card_id: string, extra: Partial<StoreCreateWarrantyClaimBody> = {}, opts?: WarrantyRequestOptions) {
      return who.warranty.claims.create(
        { warranty_card_id, defects: ["display"], description: "The screen flickers", delivery_method: "courier", acknowledgements: ACKS, ...extra },
        opts
      )
    }

    const { move, adminClaim } = desk

    async function filed(extra: Partial<StoreCreateWarrantyClaimBody> = {}) {
      return (await file(ana, nextCard(), extra)).warranty_claim
    }

    const receive = (id: string) => move(id, "receive", { original_packaging: true, seals_intact: true, battery_percent: 91 })

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [
        { title: "iPhone 13", variants: ["128GB"] },
        { title: "USB-C charger 20W", variants: ["Standard"], price: 99 },
      ])
      admin = await createAdmin(container)
      await api.post(
        `/admin/products/${shop.products["USB-C charger 20W"].id}/warranty`,
        { months: 24, kind: "accessory" },
        { headers: admin.headers }
      )
      ana = await registerShopper(api, shop, "ana@example.com")
      bob = await registerShopper(api, shop, "bob@example.com")
      phoneCards = await activeCards(ana, shop.products["iPhone 13"].variants["128GB"], 90)
      ;[accessoryCard] = await activeCards(ana, shop.products["USB-C charger 20W"].variants["Standard"], 1)
      ;[bobCard] = await activeCards(bob, shop.products["iPhone 13"].variants["128GB"], 1)
    })

    describe("filing (R6)", () => {
      it("R6.1 R6.5 a shopper files on a card from a real checkout, gets a ticket and a label PDF", async () => {
        const sent = jest.spyOn(globalThis, "fetch")
        const { warranty_claim: claim } = await file(ana, nextCard(), { defects: ["display", "battery"] })
        expect(((await sent.mock.results[0].value) as Response).status).toBe(201)
        sent.mockRestore()
        expect(claim.ticket_number).toMatch(new RegExp(`^WR-${today().slice(0, 4)}-\\d{6}$`))
        expect(claim).toMatchObject({
          status: "submitted",
          cover: "commercial",
          delivery_method: "courier",
          filed_on: today(),
          allowed_moves: ["cancel", "confirm_return_details"],
        })
        // R11.3: on the filing day the card, the law and the battery warranty all apply.
        expect(claim.covers.map((c) => c.kind).sort()).toEqual(["battery", "commercial", "legal"])
        // R6.5: the contact block defaults from the order's shipping address.
        expect(claim.contact).toMatchObject({
          name: "Ana Popescu",
          contact_person: "Ana Popescu",
          phone: ADDRESS.phone,
          address: { address_1: ADDRESS.address_1, city: ADDRESS.city, postal_code: ADDRESS.postal_code },
        })
        expect(claim.timeline.map((e) => e.move)).toEqual(["submit"])
        expect(claim.statement).toBeTruthy()
        expect(claim).not.toHaveProperty("version")
        // R6.5, R6.8: the page after filing names the service, its hours (in the reader's language) and phone.
        expect(claim.service).toEqual({
          name: "Service",
          address_1: "Str. Exemplu 1",
          address_2: null,
          postal_code: "010101",
          city: "București",
          country_code: "ro",
          phone: "+40 700 000 000",
          hours: { opens: "09:00", closes: "18:00" },
          hours_text: "De luni până vineri, 09:00-18:00",
        })
        const { warranty_claim: inEnglish } = await ana.warranty.claims.retrieve(claim.id, { locale: "en" })
        expect(inEnglish.service.hours_text).toBe("Monday to Friday 09:00-18:00")

        const label = await ana.warranty.claims.label(claim.id, { locale: "en" })
        expect(label.type).toBe("application/pdf")
        const { text } = await pdfParse(Buffer.from(await label.arrayBuffer()))
        expect(text).toContain(claim.ticket_number)
        expect(text).toContain("Ana Popescu")
        expect(text).toContain(ADDRESS.address_1)
        expect(text).toContain(ADDRESS.phone)

        const list = await ana.warranty.claims.list()
        expect(list.warranty_claims.map((c) => c.id)).toContain(claim.id)
      })

      it("the shopper is e-mailed through the Notification Module when filed and when the quote is sent, in their language", async () => {
        const notifications = container.resolve(Modules.NOTIFICATION)
        const sent = wait("warranty_claim.submitted")
        const { warranty_claim: claim } = await file(ana, nextCard(), { description: "Dead pixels", delivery_method: "drop_off" }, { locale: "en" })
        await sent
        const filedMails = await notifications.listNotifications({ to: ana.email, template: "warranty-claim-submitted" })
        const mail = filedMails.find((n) => (n.data as { ticket_number?: string })?.ticket_number === claim.ticket_number)
        expect(mail).toMatchObject({ channel: "email", template: "warranty-claim-submitted" })
        expect((mail!.data as { locale: string; label_url: string }).locale).toBe("en")
        expect((mail!.data as { label_url: string }).label_url).toContain(claim.id)

        await receive(claim.id)
        await move(claim.id, "diagnose", { findings: "Pressure marks", covered: false, exclusion_reason: "screen_misuse" })
        const quoted = wait("warranty_claim.quoted")
        await move(claim.id, "quote", { amount: 600, currency_code: "ron", estimated_days: 4 })
        await quoted
        const quoteMails = await notifications.listNotifications({ to: ana.email, template: "warranty-claim-quoted" })
        expect(quoteMails.map((n) => (n.data as { ticket_number?: string })?.ticket_number)).toContain(claim.ticket_number)
      })

      it("R6.3 every acknowledgement must be true; the 400 names each one", async () => {
        const res = await refused(
          file(ana, nextCard(), {
            acknowledgements: forged({ data_backup: false, lock_removed: false, films_removed: false, accessories_included: true }),
          })
        )
        expect(res.status).toBe(400)
        for (const field of ["data_backup", "lock_removed", "films_removed"]) {
          expect(res.message).toContain(`'acknowledgements, ${field}'`)
        }
      })

      it("R5.1 R5.2 bad input: unknown defect, a phone defect on an accessory, too-long text -> 400 naming the field", async () => {
        const card = phoneCards[0]
        const unknown = await refused(file(ana, card, { defects: forged(["teleporter"]) }))
        expect(unknown.status).toBe(400)
        expect(unknown.message).toMatch(/defects: unknown defect code\(s\): teleporter/)

        const accessory = await refused(file(ana, accessoryCard, { defects: ["display"] }))
        expect(accessory.status).toBe(400)
        expect(accessory.message).toMatch(/defects: display not in the list for this product.*manufacturing_defect/)

        const long = await refused(file(ana, card, { description: "x".repeat(2001) }))
        expect(long.status).toBe(400)
        expect(long.message).toMatch(/description must be at most 2000 characters/)

        const method = await refused(file(ana, card, { delivery_method: forged("pigeon") }))
        expect(method.status).toBe(400)
        expect(method.message).toContain("delivery_method")
      })

      it("R5.2 an accessory claim names only manufacturing_defect and is covered", async () => {
        const { warranty_claim } = await file(ana, accessoryCard, { defects: ["manufacturing_defect"], delivery_method: "drop_off" })
        expect(warranty_claim.product_kind).toBe("accessory")
        expect(warranty_claim.covers.map((c) => c.kind).sort()).toEqual(["commercial", "legal"])
      })

      it("R6.5 a contact address the shopper gives replaces the order's address whole", async () => {
        const { warranty_claim } = await file(ana, nextCard(), {
          contact: {
            name: "Ana Popescu",
            phone: "+40723000111",
            address: { address_1: "Str. Memorandumului 1", city: "Cluj-Napoca", postal_code: "400114", country_code: "ro" },
          },
        })
        expect(warranty_claim.contact).toEqual({
          name: "Ana Popescu",
          contact_person: "Ana Popescu",
          phone: "+40723000111",
          address: { address_1: "Str. Memorandumului 1", address_2: null, city: "Cluj-Napoca", postal_code: "400114", province: null, country_code: "ro" },
        })
      })

      it("a NUL character in a body, query or path is a 400 naming where, never a 500", async () => {
        const card = nextCard()
        const body = await refused(file(ana, card, { description: "a\u0000b" }))
        expect(body.status).toBe(400)
        expect(body.message).toContain("description must not contain a NUL character")
        const nul = "\u0000"
        const reads: [string, () => Promise<unknown>][] = [
          ["claim", () => ana.warranty.claims.retrieve(nul)],
          ["claims by order", () => ana.warranty.claims.list({ order_id: nul })],
          ["eligibility", () => ana.warranty.cards.eligibility(nul, { defects: ["display"] })],
          ["card", () => ana.warranty.cards.retrieve(nul)],
          ["product", () => ana.warranty.products.warranty(nul)],
        ]
        for (const [name, read] of reads) {
          expect([name, await outcome(read())]).toEqual([name, 400])
        }
        const admin400 = await settle(api.get("/admin/warranty-claims?q=%00", { headers: admin.headers }))
        expect(admin400.status).toBe(400)
      })

      it("a card with an open claim takes no second one", async () => {
        const claim = await filed()
        const again = await refused(file(ana, claim.warranty_card_id))
        expect(again.status).toBe(400)
        expect(again.message).toContain(claim.ticket_number)
      })

      it("R11.3 a void card cannot be claimed on (400 with the reason); an expired card files as paid only after the shopper agrees", async () => {
        const voided = nextCard()
        await api.post(`/admin/warranty-cards/${voided}/void`, { reason: "Sold by mistake" }, { headers: admin.headers })
        const onVoid = await refused(file(ana, voided))
        expect(onVoid.status).toBe(400)
        expect(onVoid.message).toMatch(/^warranty_card_id: .*\(Sold by mistake\)/)

        const old = nextCard()
        await api.post(
          `/admin/warranty-cards/${old}`,
          { starts_on: plusMonths(today(), -30), reason: "Handover date from the paper invoice" },
          { headers: admin.headers }
        )
        const { eligibility } = await ana.warranty.cards.eligibility(old, { defects: ["display"] }, { locale: "en" })
        expect(eligibility).toMatchObject({ covered: false, covers: [] })
        expect(eligibility.reasons.map((r) => r.code)).toContain("paid_service")

        const unpaid = await refused(file(ana, old))
        expect(unpaid.status).toBe(400)
        expect(unpaid.message).toContain("paid_service_accepted")
        const paid = await file(ana, old, { paid_service_accepted: true })
        expect(paid.warranty_claim).toMatchObject({ cover: "paid", covers: [] })
      })
    })

    it("every documented order field sorts the shopper's card and claim lists", async () => {
      const cardFields: WarrantyCardSortField[] = ["created_at", "updated_at", "card_number", "product_title", "unit_index", "status", "starts_on", "ends_on"]
      for (const field of cardFields) {
        for (const order of [field, `-${field}` as const]) {
          expect([order, await outcome(ana.warranty.cards.list({ order, limit: 5 }))]).toEqual([order, "ok"])
        }
      }
      const claimFields: WarrantyClaimSortField[] = ["created_at", "updated_at", "due_on", "ticket_number", "status"]
      for (const field of claimFields) {
        expect([field, await outcome(ana.warranty.claims.list({ order: `-${field}` }))]).toEqual([field, "ok"])
      }
    })

    describe("covers (R11.3, R4, R5)", () => {
      it("R11.3 R4.1 the same defect on the same card: legal+commercial+battery, then legal+commercial, then paid", async () => {
        const card = phoneCards[0]
        const on = async (day: string) =>
          (await api.get(`/admin/warranty-cards/${card}/eligibility?on=${day}&defects=battery`, { headers: admin.headers })).data
            .eligibility
        const kinds = (e: { covers: { kind: string }[] }) => e.covers.map((c) => c.kind).sort()
        const first = await on(plusDays(today(), 10))
        expect(kinds(first)).toEqual(["battery", "commercial", "legal"])
        expect(first.covered).toBe(true)
        expect(first.covers.find((c: { kind: string }) => c.kind === "battery").until).toBe(plusDays(today(), 90))
        const later = await on(plusDays(today(), 100))
        expect(kinds(later)).toEqual(["commercial", "legal"])
        const gone = await on(plusDays(plusMonths(today(), 24), 1))
        expect(gone).toMatchObject({ covers: [], covered: false })
      })

      it("R5.2 eligibility for an accessory refuses phone defects (400) and accepts manufacturing_defect", async () => {
        const bad = await settle(
          api.get(`/admin/warranty-cards/${accessoryCard}/eligibility?defects=display`, { headers: admin.headers })
        )
        expect(bad.status).toBe(400)
        const good = await api.get(`/admin/warranty-cards/${accessoryCard}/eligibility?defects=manufacturing_defect`, {
          headers: admin.headers,
        })
        expect(good.data.eligibility.covered).toBe(true)
      })
    })

    describe("the transition table, end to end", () => {
      it("submitted -> canceled by the shopper before intake; after intake a cancel is a 409", async () => {
        const a = await filed()
        const canceled = await ana.warranty.claims.cancel(a.id, { reason: "It works again" })
        expect(canceled.warranty_claim.status).toBe("canceled")

        const b = await filed()
        expect((await receive(b.id)).status).toBe(200)
        const late = await refused(ana.warranty.claims.cancel(b.id, {}))
        expect(late).toMatchObject({ status: 409, type: "conflict", current_status: "received" })
        expect(late.message).toContain(b.ticket_number)
      })

      it("R7.1 R11.2 R7.2 R7.4 R7.6 covered repair: receive, diagnose, repair, manufacturer, ready, return details, ship, close", async () => {
        const claim = await filed({ defects: ["battery"] })
        const endsBefore = (await api.get(`/admin/warranty-cards/${claim.warranty_card_id}`, { headers: admin.headers })).data
          .warranty_card.ends_on

        const received = await receive(claim.id)
        expect(received.status).toBe(200)
        // R11.3: under the legal cover the strictest limit is 15 days (R11.2), not 30 (R7.1).
        expect(received.data.warranty_claim).toMatchObject({
          status: "received",
          received_on: today(),
          due_on: plusDays(today(), 15),
          due_basis: "legal",
        })
        // R4.6: the intake reading lands in the card's battery history.
        const card = (await api.get(`/admin/warranty-cards/${claim.warranty_card_id}?fields=*battery_health_records`, { headers: admin.headers }))
          .data.warranty_card
        expect(card.battery_health_records.map((r: { source: string; percent: number }) => [r.source, r.percent])).toContainEqual([
          "intake",
          91,
        ])

        expect((await move(claim.id, "diagnose", { findings: "Battery does not hold charge", covered: true, battery_finding: "failure" })).data
          .warranty_claim.status).toBe("diagnosing")
        expect((await move(claim.id, "start-repair")).data.warranty_claim.status).toBe("repairing")
        expect((await move(claim.id, "send-to-manufacturer", { note: "Board fault" })).data.warranty_claim.status).toBe("at_manufacturer")
        const extended = await move(claim.id, "extend", { reason: "manufacturer_service", due_on: plusDays(today(), 40), note: "Apple centre" })
        expect(extended.status).toBe(200)
        expect(extended.data.warranty_claim).toMatchObject({ status: "at_manufacturer", due_on: plusDays(today(), 40) })
        expect(extended.data.warranty_claim.extensions[0]).toMatchObject({ reason: "manufacturer_service", previous_due_on: plusDays(today(), 15) })
        expect((await move(claim.id, "start-repair")).data.warranty_claim.status).toBe("repairing")

        // R7.4: a courier claim asks for the return details once ready (a subscriber makes that move).
        const asked = wait("warranty_claim.return_details_requested")
        expect((await move(claim.id, "mark-ready", { battery_percent: 100 })).data.warranty_claim.status).toBe("ready")
        await asked
        expect((await adminClaim(claim.id)).status).toBe("awaiting_return_details")

        const tooEarly = await move(claim.id, "ship-return", { carrier: "FAN Courier", tracking_number: "FC123" })
        expect(tooEarly.status).toBe(400)
        expect(tooEarly.data.message).toContain("R7.4")

        const details = await ana.warranty.claims.returnDetails(claim.id, {
          name: "Ana Popescu",
          phone: "+40712345678",
          address: { address_1: "Str. Lipscani 5", city: "București", postal_code: "030031", country_code: "RO" },
        })
        expect(details.warranty_claim.return_details?.address.country_code).toBe("ro")

        const shipped = await move(claim.id, "ship-return", { carrier: "FAN Courier", tracking_number: "FC123" })
        expect(shipped.data.warranty_claim).toMatchObject({ status: "returning", return_shipment: { carrier: "FAN Courier", tracking_number: "FC123" } })
        const again = await move(claim.id, "ship-return", { carrier: "FAN Courier", tracking_number: "FC124" })
        expect(again.status).toBe(409)
        expect((await move(claim.id, "close")).data.warranty_claim.status).toBe("closed")

        // R7.6: the repair did not move the card's end date.
        const after = (await api.get(`/admin/warranty-cards/${claim.warranty_card_id}`, { headers: admin.headers })).data.warranty_card
        expect(after.ends_on).toBe(endsBefore)

        const full = await adminClaim(claim.id)
        expect(full.events.map((e: { move: string }) => e.move)).toEqual([
          "submit",
          "receive",
          "diagnose",
          "start_repair",
          "send_to_manufacturer",
          "extend",
          "start_repair",
          "mark_ready",
          "request_return_details",
          "confirm_return_details",
          "ship_return",
          "close",
        ])
        expect(full.events.find((e: { move: string }) => e.move === "request_return_details").actor).toBe("system")
        // The shopper's timeline leaves out staff-only moves.
        const { warranty_claim: mine } = await ana.warranty.claims.retrieve(claim.id)
        expect(mine.timeline.map((e) => e.move)).not.toContain("send_to_manufacturer")
        expect(mine).not.toHaveProperty("events")
      })

      it("R9 R7.3 excluded damage: quote, the shopper accepts, repair, drop-off handed over at the counter", async () => {
        const claim = await filed({ delivery_method: "drop_off" })
        await receive(claim.id)
        const noReason = await move(claim.id, "diagnose", { findings: "Cracked glass", covered: false })
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("exclusion_reason")
        expect((await move(claim.id, "diagnose", { findings: "Cracked glass", covered: false, exclusion_reason: "user_damage" })).status).toBe(200)
        const notCovered = await move(claim.id, "start-repair")
        expect(notCovered.status).toBe(400)

        const outOfRange = await move(claim.id, "quote", { amount: 350, currency_code: "ron", estimated_days: 2 })
        expect(outOfRange.status).toBe(400)
        expect(outOfRange.data.message).toMatch(/estimated_days must be between 3 and 30 \(R7\.3\)/)
        const negative = await move(claim.id, "quote", { amount: -5, currency_code: "ron", estimated_days: 5 })
        expect(negative.status).toBe(400)
        expect(negative.data.message).toMatch(/amount must be greater than 0/)

        const quoted = await move(claim.id, "quote", { amount: 350, currency_code: "RON", parts_to_order: ["Display"], estimated_days: 7 })
        expect(quoted.data.warranty_claim).toMatchObject({
          status: "awaiting_customer",
          quote: { amount: 350, currency_code: "ron", estimated_days: 7, decision: "pending", diagnostic_fee: { amount: 100, currency_code: "ron" } },
        })
        const accepted = await ana.warranty.claims.acceptQuote(claim.id)
        expect(accepted.warranty_claim).toMatchObject({ status: "repairing", quote: { decision: "accepted" } })
        expect((await move(claim.id, "mark-ready")).data.warranty_claim.status).toBe("ready")
        expect((await move(claim.id, "close", { note: "Collected at the counter" })).data.warranty_claim.status).toBe("closed")
      })

      it("R8.4 a declined quote makes the diagnostic fee due and sends the device back", async () => {
        const claim = await filed()
        await receive(claim.id)
        await move(claim.id, "diagnose", { findings: "Liquid indicator red", covered: false, exclusion_reason: "water_damage" })
        await move(claim.id, "quote", { amount: 200, currency_code: "ron", estimated_days: 10 })
        const declined = await ana.warranty.claims.declineQuote(claim.id)
        expect(declined.warranty_claim).toMatchObject({
          status: "returning",
          quote: { decision: "declined" },
          fees: [{ kind: "diagnostic", amount: 100, currency_code: "ron", status: "due" }],
        })
        await ana.warranty.claims.returnDetails(claim.id, RETURN_TO)
        // R8.4: the device goes back only once the fee is settled.
        expect((await move(claim.id, "ship-return", { carrier: "Sameday", tracking_number: "SD1" })).status).toBe(400)
        await move(claim.id, "fee/mark-paid", { reference: "till 7" })
        expect((await move(claim.id, "ship-return", { carrier: "Sameday", tracking_number: "SD1" })).data.warranty_claim.status).toBe("returning")
        expect((await move(claim.id, "close")).data.warranty_claim.status).toBe("closed")
      })

      it("R9 rejection with its shopper text and an optional fee, then shipped back; rejected drop-off closes at the counter", async () => {
        const claim = await filed()
        await receive(claim.id)
        await move(claim.id, "diagnose", { findings: "Screen burn-in", covered: false, exclusion_reason: "screen_burn_in" })
        const rejected = await move(claim.id, "reject", { reason: "screen_burn_in", note: "Static UI for months", charge_diagnostic_fee: true })
        expect(rejected.data.warranty_claim).toMatchObject({ status: "rejected", exclusion_reason: "screen_burn_in", fees: [{ status: "due" }] })
        const { warranty_claim: read } = await ana.warranty.claims.retrieve(claim.id, { locale: "ro" })
        expect(read.rejection?.message).toContain("efect „fantomă”")
        await ana.warranty.claims.returnDetails(claim.id, RETURN_TO)
        await move(claim.id, "fee/waive", { reason: "First claim, goodwill" })
        expect((await move(claim.id, "ship-return", { carrier: "Sameday", tracking_number: "SD2" })).data.warranty_claim.status).toBe("returning")
        expect((await move(claim.id, "close")).data.warranty_claim.status).toBe("closed")

        const counter = await filed({ delivery_method: "drop_off" })
        await receive(counter.id)
        await move(counter.id, "diagnose", { findings: "Bent frame", covered: false, exclusion_reason: "improper_use" })
        await move(counter.id, "reject", { reason: "improper_use" })
        expect((await move(counter.id, "close")).data.warranty_claim.status).toBe("closed")
      })

      it("diagnosing -> unrepairable (then an offer, R8.2-R8.5); ready courier claim closed from awaiting_return_details", async () => {
        const a = await filed()
        await receive(a.id)
        await move(a.id, "diagnose", { findings: "Board dead", covered: true })
        const dead = await move(a.id, "mark-unrepairable", { note: "No parts" })
        // A courier device is not closed at the counter and not shipped before the return details (R7.4).
        expect(dead.data.warranty_claim).toMatchObject({ status: "unrepairable", allowed_moves: ["make_offer", "note"] })

        const b = await filed()
        await receive(b.id)
        await move(b.id, "diagnose", { findings: "Loose connector", covered: true })
        await move(b.id, "start-repair")
        const asked = wait("warranty_claim.return_details_requested")
        await move(b.id, "mark-ready")
        await asked
        expect((await move(b.id, "close", { note: "Shopper came in person" })).data.warranty_claim.status).toBe("closed")
      })

      it("R8.4 R11.3 no quote or fee while a free cover applies and no R9 exclusion is recorded", async () => {
        const claim = await filed()
        await receive(claim.id)
        await move(claim.id, "diagnose", { findings: "Display fault", covered: true })
        const quote = await move(claim.id, "quote", { amount: 100, currency_code: "ron", estimated_days: 5 })
        expect(quote.status).toBe(400)
        expect(quote.data.message).toMatch(/amount: no quote or fee may be charged while a free cover applies/)
        expect((await adminClaim(claim.id)).status).toBe("diagnosing")
      })

      it("a sample of illegal moves gets 409 with the current status and the allowed moves", async () => {
        const claim = await filed()
        const early = await move(claim.id, "diagnose", { findings: "x", covered: true })
        expect(early.status).toBe(409)
        expect(early.data).toMatchObject({ current_status: "submitted", allowed_moves: ["receive", "note"] })
        expect(early.data.message).toContain('is "submitted"')
        for (const [path, body] of [
          ["mark-ready", {}],
          ["ship-return", { carrier: "x", tracking_number: "y" }],
          ["close", {}],
          ["start-repair", {}],
        ] as const) {
          expect((await move(claim.id, path, body)).status).toBe(409)
        }
        const accept = await refused(ana.warranty.claims.acceptQuote(claim.id))
        expect(accept.status).toBe(409)
        expect(accept.allowed_moves).toEqual(["cancel", "confirm_return_details"])
        // Nothing was written by the refused moves.
        expect((await adminClaim(claim.id)).events.map((e: { move: string }) => e.move)).toEqual(["submit"])
      })

      it("staff notes stay off the shopper's timeline unless marked visible", async () => {
        const claim = await filed()
        await move(claim.id, "note", { note: "Customer called" })
        await move(claim.id, "note", { note: "We will call you tomorrow", visible_to_customer: true })
        const { warranty_claim } = await ana.warranty.claims.retrieve(claim.id)
        expect(warranty_claim.timeline.map((e) => e.note)).toEqual([null, "We will call you tomorrow"])
      })
    })

    describe("concurrency", () => {
      it("R6.1 50 parallel filings get 50 distinct ticket numbers", async () => {
        const cards = phoneCards.splice(0, 50)
        // Every filing goes through (one refused would reject the whole Promise.all).
        const results = await Promise.all(cards.map((id) => file(ana, id)))
        const tickets = results.map((r) => r.warranty_claim.ticket_number)
        expect(new Set(tickets).size).toBe(50)
        const numbers = tickets.map((t) => Number(t.split("-")[2])).sort((a, b) => a - b)
        expect(numbers[49] - numbers[0]).toBe(49)
      })

      it("5 parallel filings on one card: one claim, the others refused with a 4xx (never a 500)", async () => {
        const card = nextCard()
        const results = await Promise.all(Array.from({ length: 5 }, () => outcome(file(ana, card))))
        expect(results.filter((r) => r === "ok")).toHaveLength(1)
        for (const r of results.filter((r) => r !== "ok")) {
          expect([400, 422]).toContain(r)
        }
        const { data } = await api.get(`/admin/warranty-claims?warranty_card_id=${card}`, { headers: admin.headers })
        expect(data.count).toBe(1)
      })

      it("20 parallel conflicting moves on one claim: one wins, 19 get 409, the log shows one move", async () => {
        const claim = await filed()
        const results = await Promise.all(Array.from({ length: 20 }, () => receive(claim.id)))
        expect(results.filter((r) => r.status === 200)).toHaveLength(1)
        expect(results.filter((r) => r.status === 409)).toHaveLength(19)
        const events = (await adminClaim(claim.id)).events.filter((e: { move: string }) => e.move === "receive")
        expect(events).toHaveLength(1)
      })
    })

    describe("security", () => {
      it("another shopper gets 404 on the claim, its label and its actions, and cannot file on someone else's card", async () => {
        const claim = await filed()
        const calls: [string, () => Promise<unknown>][] = [
          ["claim", () => bob.warranty.claims.retrieve(claim.id)],
          ["label", () => bob.warranty.claims.label(claim.id)],
          ["cancel", () => bob.warranty.claims.cancel(claim.id)],
          ["quote/accept", () => bob.warranty.claims.acceptQuote(claim.id)],
          ["quote/decline", () => bob.warranty.claims.declineQuote(claim.id)],
          ["eligibility", () => bob.warranty.cards.eligibility(claim.warranty_card_id, { defects: ["display"] })],
          ["file on her card", () => file(bob, claim.warranty_card_id)],
        ]
        for (const [name, call] of calls) {
          expect([name, await outcome(call())]).toEqual([name, 404])
        }
        const { warranty_claims } = await bob.warranty.claims.list()
        expect(warranty_claims.map((c) => c.id)).not.toContain(claim.id)
        // Bob's own card works for him.
        expect(await outcome(file(bob, bobCard))).toBe("ok")
        expect((await adminClaim(claim.id)).status).toBe("submitted")
      })

      it("a shopper cannot call admin moves or lists", async () => {
        const claim = await filed()
        const res = await settle(api.post(`/admin/warranty-claims/${claim.id}/receive`, { original_packaging: true, seals_intact: true }, { headers: ana.headers }))
        expect(res.status).toBe(401)
        const list = await settle(api.get(`/admin/warranty-claims`, { headers: ana.headers }))
        expect(list.status).toBe(401)
        expect((await adminClaim(claim.id)).status).toBe("submitted")
      })
    })

    describe("admin list and overdue (R7.1)", () => {
      it("filters by status, cover, card, customer and q (ticket or IMEI), sorts by due date", async () => {
        const claim = await filed()
        await api.post(`/admin/warranty-cards/${claim.warranty_card_id}`, { serial_number: "356938035643809" }, { headers: admin.headers })
        await receive(claim.id)
        const get = async (qs: string) =>
          (await api.get(`/admin/warranty-claims?${qs}`, { headers: admin.headers })).data.warranty_claims.map((c: { id: string }) => c.id)
        expect(await get("status=received&limit=200")).toContain(claim.id)
        expect(await get("status=submitted&limit=200")).not.toContain(claim.id)
        expect(await get(`q=${claim.ticket_number}`)).toEqual([claim.id])
        expect(await get("q=356938035643809")).toEqual([claim.id])
        expect(await get(`warranty_card_id=${claim.warranty_card_id}`)).toEqual([claim.id])
        expect(await get(`customer_id=${bob.id}&cover=commercial`)).not.toContain(claim.id)
        expect(await get("cover=paid&limit=200")).not.toContain(claim.id)
        const { data } = await api.get("/admin/warranty-claims?status=received&order=due_on&limit=200", { headers: admin.headers })
        const dues = data.warranty_claims.map((c: { due_on: string }) => c.due_on)
        expect([...dues].sort()).toEqual(dues)
        const bad = await settle(api.get("/admin/warranty-claims?order=password", { headers: admin.headers }))
        expect(bad.status).toBe(400)
      })

      it("R7.1 the overdue job marks exactly the overdue claims and emits warranty_claim.overdue", async () => {
        const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
        const late = await filed()
        const onTime = await filed()
        const lateButDone = await filed()
        for (const c of [late, onTime, lateButDone]) {
          await receive(c.id)
        }
        await move(lateButDone.id, "diagnose", { findings: "Dead", covered: true })
        await move(lateButDone.id, "mark-unrepairable", { note: "No parts" })
        await warranty.updateWarrantyClaims([
          { id: late.id, due_on: plusDays(today(), -1) },
          { id: lateButDone.id, due_on: plusDays(today(), -1) },
        ])
        const overdueList = async () =>
          (await api.get("/admin/warranty-claims?overdue=true&limit=200", { headers: admin.headers })).data.warranty_claims.map(
            (c: { id: string }) => c.id
          )
        const before = await overdueList()
        expect(before).toContain(late.id)
        expect(before).not.toContain(onTime.id)
        expect(before).not.toContain(lateButDone.id)

        const emitted = wait("warranty_claim.overdue")
        await markOverdueWarrantyClaimsJob(container)
        await emitted
        const marked = (await warranty.listWarrantyClaims({ overdue_notified_at: { $ne: null } }, { select: ["id"] })).map((c) => c.id)
        expect(marked).toEqual([late.id])
        const lateClaim = await adminClaim(late.id)
        expect(lateClaim.overdue).toBe(true)
        expect(lateClaim.events.map((e: { move: string }) => e.move)).toContain("mark_overdue")
        // A second run tells nobody twice.
        await markOverdueWarrantyClaimsJob(container)
        expect((await adminClaim(late.id)).events.filter((e: { move: string }) => e.move === "mark_overdue")).toHaveLength(1)
      })
    })
  },
})
