import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ok, settle, staffDesk, type Res } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, checkout, registerShopper, Shopper } from "../fixtures/store"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import { issueWarrantyCardsWorkflow } from "../../src/workflows/issue-warranty-cards"
import { startWarrantyCardsWorkflow } from "../../src/workflows/start-warranty-cards"

jest.setTimeout(240 * 1000)

/** Issue 12 s.2: in-process faults (events twice, at once, out of order; Idempotency-Key; a step failing mid-workflow). */
medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ana: Shopper
    let bob: Shopper
    let phone: string
    /** Ana's four active cards (the runner restores the database to this state before each test). */
    let cards: { id: string }[]
    let shippedOrderId: string

    const desk = staffDesk(api, () => ({ container, shop, admin }), { timeout: 60_000 })
    const { wait } = desk
    const warranty = () => container.resolve<WarrantyModuleService>(WARRANTY_MODULE)
    const asAdmin = () => ({ headers: admin.headers })
    const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> => {
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as {
        raw: (q: string, p: unknown[]) => Promise<{ rows: T[] }>
      }
      return (await pg.raw(text, params)).rows
    }
    const failOnce = (message = "test: injected failure") => () => Promise.reject(new Error(message))

    const cardsOf = (order_id: string) => warranty().listWarrantyCards({ order_id }, { order: { unit_index: "ASC" } })

    /** Ana's courier order of `quantity` phones, placed (cards issued), not yet fulfilled. */
    async function placed(quantity: number, delivery: "courier" | "pickup" = "courier") {
      const event = wait("order.placed")
      const { order } = await checkout(api, shop, ana, [{ variant_id: phone, quantity }], delivery)
      await event
      return order as { id: string; items: { id: string; quantity: number }[] }
    }

    /** Fulfils the whole order and returns the fulfilment's id (no event handled for it yet). */
    async function fulfil(order: { id: string; items: { id: string; quantity: number }[] }, option_id?: string) {
      const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
      await ok(settle(api.post(`/admin/orders/${order.id}/fulfillments`, { items, location_id: shop.location_id, ...(option_id ? { shipping_option_id: option_id } : {}) }, asAdmin()) as Promise<Res>))
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,*fulfillments`, asAdmin())
      return { items, fulfillment_id: data.order.fulfillments[0].id as string }
    }

    /** The cards of an order removed, as if `order.placed` had not been handled yet. */
    const forgetCards = async (order_id: string) => {
      await sql(`DELETE FROM warranty_card WHERE order_id = ?`, [order_id])
    }

    const fileBody = (card_id: string, description = "The screen stays black") => ({
      warranty_card_id: card_id,
      defects: ["display"],
      description,
      delivery_method: "courier",
      acknowledgements: ACKS,
    })
    const file = (who: Shopper, body: object, key?: string) =>
      settle(api.post("/store/warranty-claims", body, { headers: { ...who.headers, ...(key ? { "idempotency-key": key } : {}) } }) as Promise<Res>)

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [{ title: "iPhone 12", variants: ["128GB"], price: 2000, stock: 200 }])
      admin = await createAdmin(container)
      ana = await registerShopper(api, shop, "ana@example.com")
      bob = await registerShopper(api, shop, "bob@example.com")
      phone = shop.products["iPhone 12"].variants["128GB"]
      // Paid (captured): a replacement offer needs the unit's payment in hand (R8.2).
      const shipped = await desk.shippedOrder(ana, phone, 4, { capture: true })
      cards = shipped.cards
      shippedOrderId = shipped.order_id
    })

    afterEach(() => {
      jest.restoreAllMocks()
    })

    describe("R1.1 R3 events delivered twice, at once and out of order", () => {
      it("R1.1 order.placed handled three times at once gives exactly one card per unit", async () => {
        const order = await placed(3)
        await forgetCards(order.id)
        await Promise.all([1, 2, 3].map(() => issueWarrantyCardsWorkflow(container).run({ input: { order_id: order.id } })))
        const cards = await cardsOf(order.id)
        expect(cards.map((c) => c.unit_index)).toEqual([0, 1, 2])
        expect(new Set(cards.map((c) => c.card_number)).size).toBe(3)
      })

      it("R3.2 shipment.created before the cards exist: the late order.placed starts them on the shipment day, none left pending", async () => {
        const order = await placed(2)
        await forgetCards(order.id)
        const { items, fulfillment_id } = await fulfil(order)
        const shipped = wait("shipment.created")
        await ok(settle(api.post(`/admin/orders/${order.id}/fulfillments/${fulfillment_id}/shipments`, { items }, asAdmin()) as Promise<Res>))
        await shipped
        expect(await cardsOf(order.id)).toHaveLength(0)

        // The late order.placed, twice at once, with the shipment delivered again meanwhile.
        const bus = container.resolve(Modules.EVENT_BUS)
        const handled = wait("order.placed", 2)
        await bus.emit([
          { name: "order.placed", data: { id: order.id } },
          { name: "order.placed", data: { id: order.id } },
        ])
        await Promise.all([handled, startWarrantyCardsWorkflow(container).run({ input: { fulfillment_id, trigger: "shipment" } })])
        const cards = await cardsOf(order.id)
        expect(cards).toHaveLength(2)
        const today = warranty().today()
        for (const card of cards) {
          expect(card).toMatchObject({ status: "active", starts_on: today, fulfillment_id, delivery_kind: "courier" })
        }
      })

      it("R3.1 a pickup handed over before the cards exist starts them on the handover day; delivery.created again changes nothing", async () => {
        const order = await placed(1, "pickup")
        await forgetCards(order.id)
        const { fulfillment_id } = await fulfil(order, shop.pickup_option_id)
        const delivered = wait("delivery.created")
        await ok(settle(api.post(`/admin/orders/${order.id}/fulfillments/${fulfillment_id}/mark-as-delivered`, {}, asAdmin()) as Promise<Res>))
        await delivered
        await issueWarrantyCardsWorkflow(container).run({ input: { order_id: order.id } })
        const [card] = await cardsOf(order.id)
        expect(card).toMatchObject({ status: "active", delivery_kind: "pickup", starts_on: warranty().today(), fulfillment_id })
        const before = { starts_on: card.starts_on, ends_on: card.ends_on }
        await Promise.all([1, 2, 3].map(() => startWarrantyCardsWorkflow(container).run({ input: { fulfillment_id, trigger: "delivery" } })))
        const again = await cardsOf(order.id)
        expect(again).toHaveLength(1)
        expect(again[0]).toMatchObject({ status: "active", ...before })
      })

      it("R3.2 shipment.created delivered three times at once starts each unit once", async () => {
        const order = await placed(2)
        const { items, fulfillment_id } = await fulfil(order)
        const shipped = wait("shipment.created")
        await ok(settle(api.post(`/admin/orders/${order.id}/fulfillments/${fulfillment_id}/shipments`, { items }, asAdmin()) as Promise<Res>))
        await shipped
        const first = await cardsOf(order.id)
        const results = await Promise.all([1, 2, 3].map(() => startWarrantyCardsWorkflow(container).run({ input: { fulfillment_id, trigger: "shipment" } })))
        expect(results.map((r) => r.result.length)).toEqual([0, 0, 0])
        const after = await cardsOf(order.id)
        expect(after.map((c) => [c.id, c.status, c.starts_on])).toEqual(first.map((c) => [c.id, "active", c.starts_on]))
      })

      it("R6.1 e-mails: warranty_claim.submitted delivered again, twice at once, sends the shopper one e-mail", async () => {
        const submitted = wait("warranty_claim.submitted")
        const filed = await file(ana, fileBody(cards[0].id))
        expect(filed.status).toBe(201)
        await submitted
        const mails = () =>
          container.resolve(Modules.NOTIFICATION).listNotifications({ resource_id: filed.data.warranty_claim.id, receiver_id: ana.id })
        expect(await mails()).toHaveLength(1)
        const again = wait("warranty_claim.submitted", 2)
        await container.resolve(Modules.EVENT_BUS).emit([
          { name: "warranty_claim.submitted", data: { id: filed.data.warranty_claim.id } },
          { name: "warranty_claim.submitted", data: { id: filed.data.warranty_claim.id } },
        ])
        await again.catch(() => undefined)
        expect(await mails()).toHaveLength(1)
      })

      it("order.canceled handled twice and at the same time as a late order.placed leaves every card void", async () => {
        const order = await placed(2)
        await forgetCards(order.id)
        const canceled = wait("order.canceled")
        await ok(settle(api.post(`/admin/orders/${order.id}/cancel`, {}, asAdmin()) as Promise<Res>))
        await canceled
        const bus = container.resolve(Modules.EVENT_BUS)
        const handled = Promise.all([wait("order.placed"), wait("order.canceled")])
        await bus.emit([
          { name: "order.placed", data: { id: order.id } },
          { name: "order.canceled", data: { id: order.id } },
        ])
        await handled
        const cards = await cardsOf(order.id)
        expect(cards.filter((c) => c.status !== "void")).toEqual([])
      })
    })

    describe("Idempotency-Key on store POSTs that make a record", () => {

      it("R6.1 a retry with the same key gets the first claim again and files no second one", async () => {
        const first = await file(ana, fileBody(cards[0].id), "file-0001")
        expect([first.status, first.data.message]).toEqual([201, undefined])
        const again = await file(ana, fileBody(cards[0].id), "file-0001")
        expect(again.status).toBe(201)
        expect(again.headers?.["idempotent-replayed"]).toBe("true")
        expect(again.data.warranty_claim.id).toBe(first.data.warranty_claim.id)
        expect(again.data.warranty_claim.ticket_number).toBe(first.data.warranty_claim.ticket_number)
        expect(await warranty().listWarrantyClaims({ warranty_card_id: cards[0].id })).toHaveLength(1)
      })

      it("the same key with a different body is a 422 naming the header", async () => {
        await file(ana, fileBody(cards[0].id), "file-0001")
        const other = await file(ana, fileBody(cards[0].id, "It no longer charges"), "file-0001")
        expect(other.status).toBe(422)
        expect(other.data.message).toMatch(/Idempotency-Key header/)
      })

      it("a malformed key is a 400 naming the header, and nothing is filed", async () => {
        for (const key of ["has space", "x".repeat(256), "ünïcode"]) {
          const r = await file(ana, fileBody(cards[1].id), key)
          expect(r.status).toBe(400)
          expect(r.data.message).toMatch(/Idempotency-Key header/)
        }
        expect(await warranty().listWarrantyClaims({ warranty_card_id: cards[1].id })).toHaveLength(0)
      })

      it("keys are per customer: Bob sending Ana's key and body gets no replay of her claim (her card is a 404 to him)", async () => {
        await file(ana, fileBody(cards[0].id), "shared-key")
        const bobs = await file(bob, fileBody(cards[0].id), "shared-key")
        expect(bobs.status).toBe(404)
      })

      it("a retry while the first is still running is a 409 with Retry-After; then the first answer", async () => {
        const svc = warranty()
        const original = svc.recordSubmittedClaim.bind(svc)
        let release!: () => void
        const gate = new Promise<void>((r) => (release = r))
        jest.spyOn(svc, "recordSubmittedClaim").mockImplementationOnce(async (...args: Parameters<typeof original>) => {
          await gate
          return original(...args)
        })
        const first = file(ana, fileBody(cards[1].id), "slow-1")
        // Wait until the first request holds its key.
        for (let i = 0; i < 50 && !(await sql(`SELECT 1 FROM warranty_idempotency_key WHERE key = 'slow-1'`)).length; i++) {
          await new Promise((r) => setTimeout(r, 100))
        }
        const busy = await file(ana, fileBody(cards[1].id), "slow-1")
        expect(busy.status).toBe(409)
        expect(Number(busy.headers?.["retry-after"])).toBeGreaterThanOrEqual(1)
        expect(busy.data.message).toMatch(/Idempotency-Key header/)
        release()
        const done = await first
        expect(done.status).toBe(201)
        const again = await file(ana, fileBody(cards[1].id), "slow-1")
        expect(again.data.warranty_claim.id).toBe(done.data.warranty_claim.id)
        expect(await svc.listWarrantyClaims({ warranty_card_id: cards[1].id })).toHaveLength(1)
      })

      it("R6.1 the claim committed but its answer never stored (PostgreSQL gone, process died): the retry answers with that claim, no second one", async () => {
        const svc = warranty()
        jest.spyOn(svc, "finishIdempotentRequest").mockImplementationOnce(failOnce("test: connection terminated"))
        const first = await file(ana, fileBody(cards[2].id), "crash-1")
        expect(first.status).toBe(201)
        const [row] = await sql<{ status: string; record_id: string }>(`SELECT status, record_id FROM warranty_idempotency_key WHERE key = 'crash-1'`)
        expect(row).toMatchObject({ status: "running", record_id: first.data.warranty_claim.id })
        // Within the lease the key still looks busy...
        expect((await file(ana, fileBody(cards[2].id), "crash-1")).status).toBe(409)
        // ...once the lease ran out (the first request is gone), the retry answers from the record.
        await sql(`UPDATE warranty_idempotency_key SET locked_until = now() - interval '1 second' WHERE key = 'crash-1'`)
        const retry = await file(ana, fileBody(cards[2].id), "crash-1")
        expect(retry.status).toBe(201)
        expect(retry.headers?.["idempotent-replayed"]).toBe("true")
        expect(retry.data.warranty_claim.id).toBe(first.data.warranty_claim.id)
        expect(await svc.listWarrantyClaims({ warranty_card_id: cards[2].id })).toHaveLength(1)
      })

      it("a request that failed gives its key back: the retry runs again and files the claim once", async () => {
        const svc = warranty()
        jest.spyOn(svc, "recordSubmittedClaim").mockImplementationOnce(failOnce())
        const failed = await file(ana, fileBody(cards[3].id), "retry-after-failure")
        expect(failed.status).toBeGreaterThanOrEqual(500)
        expect(await svc.listWarrantyClaims({ warranty_card_id: cards[3].id })).toHaveLength(0)
        const retried = await file(ana, fileBody(cards[3].id), "retry-after-failure")
        expect(retried.status).toBe(201)
        expect(await svc.listWarrantyClaims({ warranty_card_id: cards[3].id })).toHaveLength(1)
      })

      it("R11.4 a photo upload sent again with its key adds the photos once; other files under the same key are a 422", async () => {
        const id = (await file(ana, fileBody(cards[0].id))).data.warranty_claim.id
        const image = (color: string) => sharp({ create: { width: 30, height: 30, channels: 3, background: color } }).png().toBuffer()
        const upload = async (key: string, bytes: Buffer) => {
          const form = new FormData()
          form.append("files", new Blob([bytes], { type: "image/png" }), "screen.png")
          const res = await fetch(`${api.defaults.baseURL}/store/warranty-claims/${id}/photos`, {
            method: "POST",
            headers: { ...ana.headers, "idempotency-key": key },
            body: form,
          })
          return { status: res.status, replayed: res.headers.get("idempotent-replayed"), data: await res.json() }
        }
        const blue = await image("#2255aa")
        const first = await upload("photos-1", blue)
        expect([first.status, first.data.count]).toEqual([200, 1])
        // The same file again (a new multipart boundary, the same content): the first answer.
        const again = await upload("photos-1", blue)
        expect([again.status, again.replayed, again.data]).toEqual([200, "true", first.data])
        const other = await upload("photos-1", await image("#aa2255"))
        expect(other.status).toBe(422)
        expect(other.data.message).toMatch(/Idempotency-Key header/)
        expect(await warranty().listClaimPhotographs({ claim_id: id })).toHaveLength(1)
        expect(await warranty().listClaimEvents({ claim_id: id, move: "add_photos" })).toHaveLength(1)
      })

      it("a key is remembered 24 hours: a day-old key is forgotten and its retry runs as a new request", async () => {
        const first = await file(ana, fileBody(cards[0].id), "old-key")
        expect(first.status).toBe(201)
        await sql(`UPDATE warranty_idempotency_key SET created_at = now() - interval '25 hours' WHERE key = 'old-key'`)
        const later = await file(ana, fileBody(cards[0].id), "old-key")
        // Not the first answer replayed: the card's open claim refuses a second filing.
        expect(later.headers?.["idempotent-replayed"]).toBeUndefined()
        expect(later.status).toBeGreaterThanOrEqual(400)
        expect(await sql(`SELECT 1 FROM warranty_idempotency_key WHERE key = 'old-key'`)).toHaveLength(0)
        expect(await warranty().listWarrantyClaims({ warranty_card_id: cards[0].id })).toHaveLength(1)
      })

      it("a claim move (cancel) with a key answers the same twice; without the key the second is refused", async () => {
        const filed = await file(ana, fileBody(cards[0].id), "file-0001")
        const id = filed.data.warranty_claim.id
        const cancel = (key?: string) =>
          settle(api.post(`/store/warranty-claims/${id}/cancel`, { reason: "changed my mind" }, { headers: { ...ana.headers, ...(key ? { "idempotency-key": key } : {}) } }) as Promise<Res>)
        const first = await cancel("cancel-1")
        expect(first.status).toBe(200)
        const again = await cancel("cancel-1")
        expect(again.status).toBe(200)
        expect(again.data).toEqual(first.data)
        const events = await warranty().listClaimEvents({ claim_id: id, move: "cancel" })
        expect(events).toHaveLength(1)
        expect((await cancel()).status).toBe(409)
      })
    })

    describe("a step failing in the middle of a multi-step workflow leaves nothing half-written", () => {
      it("R1.1 issuance: the cards are removed when starting them fails", async () => {
        const order = await placed(1)
        await forgetCards(order.id)
        const { items, fulfillment_id } = await fulfil(order)
        const shipped = wait("shipment.created")
        await ok(settle(api.post(`/admin/orders/${order.id}/fulfillments/${fulfillment_id}/shipments`, { items }, asAdmin()) as Promise<Res>))
        await shipped
        jest.spyOn(warranty(), "updateWarrantyCards").mockImplementationOnce(failOnce())
        const { errors } = await issueWarrantyCardsWorkflow(container).run({ input: { order_id: order.id }, throwOnError: false })
        expect(errors.map((e) => [e.action, (e.error as { message?: string }).message])).toEqual([["update-warranty-cards", "test: injected failure"]])
        expect(await cardsOf(order.id)).toHaveLength(0)
        // The lock was given back: the next delivery issues and starts them.
        await issueWarrantyCardsWorkflow(container).run({ input: { order_id: order.id } })
        expect((await cardsOf(order.id)).map((c) => c.status)).toEqual(["active"])
      })

      it("R4.6 battery reading: the record goes when updating the card fails", async () => {
        jest.spyOn(warranty(), "updateWarrantyCards").mockImplementationOnce(failOnce())
        const r = await settle(api.post(`/admin/warranty-cards/${cards[0].id}/battery-health`, { percent: 80, source: "sale" }, asAdmin()) as Promise<Res>)
        expect(r.status).toBeGreaterThanOrEqual(500)
        expect(await warranty().listBatteryHealthRecords({ warranty_card_id: cards[0].id })).toHaveLength(0)
        const [card] = await warranty().listWarrantyCards({ id: cards[0].id })
        expect(card.battery_replacement_due).toBe(false)
        expect((await settle(api.post(`/admin/warranty-cards/${cards[0].id}/battery-health`, { percent: 80, source: "sale" }, asAdmin()) as Promise<Res>)).status).toBe(201)
        expect(await warranty().listBatteryHealthRecords({ warranty_card_id: cards[0].id })).toHaveLength(1)
      })

      it("R3.4 card correction: the card's old dates come back when logging the correction fails", async () => {
        const [before] = await warranty().listWarrantyCards({ id: cards[0].id })
        jest.spyOn(warranty(), "createWarrantyCardCorrections").mockImplementationOnce(failOnce())
        const earlier = "2026-01-05"
        const r = await settle(api.post(`/admin/warranty-cards/${cards[0].id}`, { starts_on: earlier, reason: "delivered earlier" }, asAdmin()) as Promise<Res>)
        expect(r.status).toBeGreaterThanOrEqual(400)
        const [after] = await warranty().listWarrantyCards({ id: cards[0].id })
        expect([after.starts_on, after.ends_on]).toEqual([before.starts_on, before.ends_on])
        expect(await warranty().listWarrantyCardCorrections({ warranty_card_id: cards[0].id })).toHaveLength(0)
        // The same correction goes through once nothing fails.
        await ok(settle(api.post(`/admin/warranty-cards/${cards[0].id}`, { starts_on: earlier, reason: "delivered earlier" }, asAdmin()) as Promise<Res>))
        expect((await warranty().listWarrantyCards({ id: cards[0].id }))[0].starts_on).toBe(earlier)
      })

      it("R3.2 invoice date: neither the invoice nor the cards' new start stay when logging the correction fails", async () => {
        const order_id = shippedOrderId
        const [before] = await warranty().listWarrantyCards({ id: cards[0].id })
        jest.spyOn(warranty(), "createWarrantyCardCorrections").mockImplementationOnce(failOnce())
        const r = await settle(api.post(`/admin/orders/${order_id}/warranty-invoice`, { issued_on: "2026-01-05" }, asAdmin()) as Promise<Res>)
        expect(r.status).toBeGreaterThanOrEqual(400)
        expect(await warranty().listWarrantyInvoices({ order_id })).toHaveLength(0)
        const [after] = await warranty().listWarrantyCards({ id: cards[0].id })
        expect(after.starts_on).toBe(before.starts_on)
        await ok(settle(api.post(`/admin/orders/${order_id}/warranty-invoice`, { issued_on: "2026-01-05" }, asAdmin()) as Promise<Res>))
        expect((await warranty().listWarrantyCards({ id: cards[0].id }))[0].starts_on).toBe("2026-01-05")
      })

      it("R6.1 filing: a failure after the ticket was reserved leaves no claim and no log line", async () => {
        jest.spyOn(warranty(), "createClaimEvents").mockImplementationOnce(failOnce())
        const r = await file(ana, fileBody(cards[0].id))
        expect(r.status).toBeGreaterThanOrEqual(500)
        expect(await warranty().listWarrantyClaims({ warranty_card_id: cards[0].id })).toHaveLength(0)
        expect((await file(ana, fileBody(cards[0].id))).status).toBe(201)
        expect(await sql(`SELECT 1 FROM warranty_claim_event e LEFT JOIN warranty_claim c ON c.id = e.claim_id WHERE c.id IS NULL`)).toHaveLength(0)
      })

      it("R4.6 R7 intake with a battery reading: the move is undone when recording the reading fails", async () => {
        const id = (await file(ana, fileBody(cards[0].id))).data.warranty_claim.id
        jest.spyOn(warranty(), "createBatteryHealthRecords").mockImplementationOnce(failOnce())
        const receive = () => settle(api.post(`/admin/warranty-claims/${id}/receive`, { original_packaging: true, seals_intact: true, battery_percent: 88 }, asAdmin()) as Promise<Res>)
        expect((await receive()).status).toBeGreaterThanOrEqual(500)
        const [claim] = await warranty().listWarrantyClaims({ id })
        expect([claim.status, claim.version]).toEqual(["submitted", 0])
        expect(await warranty().listClaimEvents({ claim_id: id, move: "receive" })).toHaveLength(0)
        expect(await warranty().listBatteryHealthRecords({ warranty_card_id: cards[0].id })).toHaveLength(0)
        // Nothing half-written stands in the way: the same intake goes through now.
        expect((await receive()).status).toBe(200)
        expect(await warranty().listBatteryHealthRecords({ warranty_card_id: cards[0].id })).toHaveLength(1)
      })

      it("R8.2 replacement offer: the unit held for it is let go when the move fails", async () => {
        const id = (await file(ana, fileBody(cards[0].id))).data.warranty_claim.id
        await ok(desk.move(id, "receive", { original_packaging: true, seals_intact: true }))
        await ok(desk.move(id, "diagnose", { findings: "logic board fault", covered: true }))
        await ok(desk.move(id, "mark-unrepairable", { note: "board no longer made" }))
        const inventory = container.resolve(Modules.INVENTORY)
        const held = async () => (await inventory.listReservationItems({})).length
        const before = await held()
        jest.spyOn(warranty(), "applyClaimMove").mockImplementationOnce(failOnce())
        const failed = await desk.move(id, "offer", { kind: "replacement" })
        expect([failed.status, failed.data.message]).toEqual([500, expect.stringMatching(/./)])
        expect(await held()).toBe(before)
        const [claim] = await warranty().listWarrantyClaims({ id })
        expect([claim.status, claim.offer]).toEqual(["unrepairable", null])
        // The offer goes through once nothing fails, holding one unit.
        await ok(desk.move(id, "offer", { kind: "replacement" }))
        expect(await held()).toBe(before + 1)
      })

      it("issue 11 s.3 card transfer: no open transfer stays when sending its e-mail fails", async () => {
        const notifications = container.resolve(Modules.NOTIFICATION)
        jest.spyOn(notifications, "createNotifications").mockImplementationOnce(failOnce())
        const r = await settle(api.post(`/store/warranty-cards/${cards[0].id}/transfer`, { email: "bob@example.com" }, { headers: ana.headers }) as Promise<Res>)
        expect(r.status).toBeGreaterThanOrEqual(500)
        expect(await warranty().listWarrantyCardTransfers({ warranty_card_id: cards[0].id })).toHaveLength(0)
        const again = await settle(api.post(`/store/warranty-cards/${cards[0].id}/transfer`, { email: "bob@example.com" }, { headers: ana.headers }) as Promise<Res>)
        expect(again.status).toBe(201)
      })
    })
  },
})
