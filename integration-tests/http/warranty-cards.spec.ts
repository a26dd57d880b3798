import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { addMonths, addDays, format } from "date-fns"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { Api, checkout, forged, refused, registerShopper, Shopper, visitorClient } from "../fixtures/store"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import { WarrantyCardStatus } from "../../src/modules/warranty/models/warranty-card"
import { dayIn } from "../../src/modules/warranty/rules/dates"
import { expireWarrantyCardsWorkflow } from "../../src/workflows/expire-warranty-cards"
import { startWarrantyCardsWorkflow } from "../../src/workflows/start-warranty-cards"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (b: Buffer) => Promise<{ text: string }> = require("pdf-parse/lib/pdf-parse.js")

jest.setTimeout(120 * 1000)

/** An error answer of the test runner's axios client. */
type Failed = { status: number; data: { message: string } }
const failed = (e: { response: Failed }) => e.response

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

    const warranty = () => container.resolve<WarrantyModuleService>(WARRANTY_MODULE)
    const wait = (event: string, triggerCount = 1) =>
      TestEventUtils.waitSubscribersExecution(event, container.resolve(Modules.EVENT_BUS), { triggerCount })

    async function placeOrder(
      who: Shopper,
      items: { variant_id: string; quantity: number }[],
      delivery: "courier" | "pickup"
    ) {
      const placed = wait("order.placed")
      const { order } = await checkout(api, shop, who, items, delivery)
      await placed
      return order
    }

    async function cardsOf(orderId: string) {
      const { data } = await api.get(`/admin/warranty-cards?order_id=${orderId}&order=unit_index`, { headers: admin.headers })
      return data.warranty_cards
    }

    async function fulfil(orderId: string, items: { id: string; quantity: number }[]) {
      await api.post(`/admin/orders/${orderId}/fulfillments`, { items, location_id: shop.location_id }, { headers: admin.headers })
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,*fulfillments`, { headers: admin.headers })
      const fulfillments = [...data.order.fulfillments].sort((a, b) => a.created_at.localeCompare(b.created_at))
      return fulfillments[fulfillments.length - 1].id as string
    }

    async function ship(orderId: string, fulfillmentId: string, items: { id: string; quantity: number }[]) {
      const shipped = wait("shipment.created")
      await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/shipments`, { items }, { headers: admin.headers })
      await shipped
    }

    async function deliver(orderId: string, fulfillmentId: string) {
      const delivered = wait("delivery.created")
      await api.post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, { headers: admin.headers })
      await delivered
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [
        { title: "iPhone 12", variants: ["128GB", "256GB"] },
        { title: "Samsung Galaxy S24", variants: ["256GB"] },
        { title: "iPad 10.2 (2021)", variants: ["64GB"] },
        { title: "USB-C charger 20W", variants: ["Standard"], price: 99 },
      ])
      admin = await createAdmin(container)
      await api.post(`/admin/products/${shop.products["iPad 10.2 (2021)"].id}/warranty`, { months: 12 }, { headers: admin.headers })
      await api.post(
        `/admin/products/${shop.products["USB-C charger 20W"].id}/warranty`,
        { months: 24, kind: "accessory" },
        { headers: admin.headers }
      )
      ana = await registerShopper(api, shop, "ana@example.com")
      bob = await registerShopper(api, shop, "bob@example.com")
    })

    describe("issuing cards from real orders", () => {
      it("R1.1 R3.2 courier order: one pending card per unit, active from the shipment day", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 2 }], "courier")
        let cards = await cardsOf(order.id)
        expect(cards).toHaveLength(2)
        expect(cards.map((c: { unit_index: number }) => c.unit_index)).toEqual([0, 1])
        for (const card of cards) {
          expect(card).toMatchObject({
            status: "pending",
            delivery_kind: "courier",
            months: 24,
            battery_days: 90,
            coverage: "full",
            kind: "device",
            customer_id: ana.id,
            starts_on: null,
            ends_on: null,
          })
          expect(card.card_number).toMatch(/^WC-\d{4}-\d{6}$/)
        }
        expect(new Set(cards.map((c: { card_number: string }) => c.card_number)).size).toBe(2)

        const items = order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
        const fulfillmentId = await fulfil(order.id, items)
        cards = await cardsOf(order.id)
        expect(cards.every((c: { status: string }) => c.status === "pending")).toBe(true)

        await ship(order.id, fulfillmentId, items)
        cards = await cardsOf(order.id)
        const day = today()
        for (const card of cards) {
          expect(card).toMatchObject({
            status: "active",
            starts_on: day,
            ends_on: plusMonths(day, 24),
            battery_ends_on: plusDays(day, 90),
          })
          expect(card.issued_at).toBeTruthy()
        }
      })

      it("R3.1 pickup order: pending until the pickup fulfilment is delivered, then active that day, unit by unit", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["iPhone 12"].variants["128GB"], quantity: 2 }], "pickup")
        let [card, second] = await cardsOf(order.id)
        expect(card).toMatchObject({ status: "pending", delivery_kind: "pickup", oem_battery_model: true })

        const items = [{ id: order.items[0].id, quantity: 1 }]
        const fulfillmentId = await fulfil(order.id, items)
        ;[card] = await cardsOf(order.id)
        expect(card.status).toBe("pending")

        // Only one of the two units is handed over: only one card starts.
        await deliver(order.id, fulfillmentId)
        ;[card, second] = await cardsOf(order.id)
        expect(card).toMatchObject({ status: "active", starts_on: today(), ends_on: plusMonths(today(), 24) })
        expect(second).toMatchObject({ status: "pending", starts_on: null })
      })

      it("R1.1 order.placed delivered twice (and three times) gives no extra card", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["iPhone 12"].variants["256GB"], quantity: 3 }], "courier")
        expect(await cardsOf(order.id)).toHaveLength(3)
        const eventBus = container.resolve(Modules.EVENT_BUS)
        const again = wait("order.placed", 2)
        await eventBus.emit([
          { name: "order.placed", data: { id: order.id } },
          { name: "order.placed", data: { id: order.id } },
        ])
        await again
        const cards = await cardsOf(order.id)
        expect(cards).toHaveLength(3)
        expect(new Set(cards.map((c: { card_number: string }) => c.card_number)).size).toBe(3)
      })

      it("R2.2 R2.3 the product's policy is copied at sale; a later change leaves issued cards alone", async () => {
        const tablet = shop.products["iPad 10.2 (2021)"]
        const order = await placeOrder(ana, [{ variant_id: tablet.variants["64GB"], quantity: 1 }], "courier")
        let [card] = await cardsOf(order.id)
        expect(card.months).toBe(12)

        await api.post(`/admin/products/${tablet.id}/warranty`, { months: 6, battery_days: 30 }, { headers: admin.headers })
        ;[card] = await cardsOf(order.id)
        expect(card).toMatchObject({ months: 12, battery_days: 90 })

        const second = await placeOrder(ana, [{ variant_id: tablet.variants["64GB"], quantity: 1 }], "courier")
        const [newCard] = await cardsOf(second.id)
        expect(newCard).toMatchObject({ months: 6, battery_days: 30 })
      })

      it("R2.2 a variant's own policy wins over the product's on the card", async () => {
        const phone = shop.products["iPhone 12"]
        await api.post(`/admin/products/${phone.id}/warranty`, { months: 12 }, { headers: admin.headers })
        await api.post(`/admin/products/${phone.id}/variants/${phone.variants["256GB"]}/warranty`, { months: 6 }, { headers: admin.headers })
        const order = await placeOrder(
          ana,
          [
            { variant_id: phone.variants["128GB"], quantity: 1 },
            { variant_id: phone.variants["256GB"], quantity: 1 },
          ],
          "courier"
        )
        const cards = await cardsOf(order.id)
        const byVariant = Object.fromEntries(cards.map((c: { variant_id: string; months: number }) => [c.variant_id, c.months]))
        expect(byVariant).toEqual({ [phone.variants["128GB"]]: 12, [phone.variants["256GB"]]: 6 })
      })

      it("R5.2 a variant's own length on an accessory keeps the accessory's cover", async () => {
        const charger = shop.products["USB-C charger 20W"]
        const { data } = await api.post(
          `/admin/products/${charger.id}/variants/${charger.variants["Standard"]}/warranty`,
          { months: 6 },
          { headers: admin.headers }
        )
        expect(data.warranty_policy.effective).toMatchObject({ months: 6, kind: "accessory", coverage: "manufacturing_defects", battery_days: 0, source: "variant" })
        const full = await api
          .post(`/admin/products/${charger.id}/warranty`, { months: 12, coverage: "full" }, { headers: admin.headers })
          .catch(failed)
        expect(full.status).toBe(400)
        expect(full.data.message).toMatch(/coverage/)
      })

      it("R5.2 an accessory's card covers manufacturing defects only", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["USB-C charger 20W"].variants["Standard"], quantity: 1 }], "courier")
        const [card] = await cardsOf(order.id)
        expect(card).toMatchObject({ kind: "accessory", coverage: "manufacturing_defects", battery_days: 0 })
        const data = await ana.warranty.cards.retrieve(card.id, undefined, { locale: "en" })
        expect(data.warranty_card.covered).toEqual([{ code: "manufacturing_defect", label: "Manufacturing defects" }])
        expect(data.warranty_card.battery_note).toBeNull()
      })

      it("canceled order: its cards become void with reason order_canceled", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 2 }], "courier")
        const canceled = wait("order.canceled")
        await api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin.headers })
        await canceled
        const cards = await cardsOf(order.id)
        expect(cards).toHaveLength(2)
        for (const card of cards) {
          expect(card).toMatchObject({ status: "void", void_reason: "order_canceled" })
        }
      })

      it("a unit returned through Medusa's returns loses its card (reason returned); the unit not yet sent keeps its own", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 2 }], "courier")
        const items = [{ id: order.items[0].id, quantity: 1 }]
        await ship(order.id, await fulfil(order.id, items), items)
        const h = { headers: admin.headers }
        const { data: r } = await api.post(`/admin/returns`, { order_id: order.id, location_id: shop.location_id }, h)
        const returnId = r.return.id
        await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: order.items[0].id, quantity: 1 }] }, h)
        await api.post(`/admin/returns/${returnId}/request`, {}, h)
        await api.post(`/admin/returns/${returnId}/receive`, {}, h)
        await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: order.items[0].id, quantity: 1 }] }, h)
        const received = wait("order.return_received")
        await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, h)
        await received

        // Only the unit the customer received can have come back.
        let cards = await cardsOf(order.id)
        expect(cards.map((c: { status: string; void_reason: string | null }) => [c.status, c.void_reason])).toEqual([
          ["void", "returned"],
          ["pending", null],
        ])

        // The same event again changes nothing.
        const again = wait("order.return_received")
        await container.resolve(Modules.EVENT_BUS).emit({ name: "order.return_received", data: { order_id: order.id, return_id: returnId } })
        await again
        cards = await cardsOf(order.id)
        expect(cards.filter((c: { status: string }) => c.status === "void")).toHaveLength(1)
      })

      it("R3.2 R3.1 split parcels: each parcel starts its own units, however often its events arrive", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 2 }], "courier")
        const one = [{ id: order.items[0].id, quantity: 1 }]
        const first = await fulfil(order.id, one)
        await ship(order.id, first, one)
        let cards = await cardsOf(order.id)
        expect(cards.map((c: { status: string }) => c.status)).toEqual(["active", "pending"])

        // The first parcel is delivered, and its events come again: still one unit started.
        await deliver(order.id, first)
        const eventBus = container.resolve(Modules.EVENT_BUS)
        const again = wait("shipment.created")
        await eventBus.emit({ name: "shipment.created", data: { id: first } })
        await again
        cards = await cardsOf(order.id)
        expect(cards.map((c: { status: string }) => c.status)).toEqual(["active", "pending"])
        expect(cards[0].fulfillment_id).toBeUndefined()

        const second = await fulfil(order.id, one)
        await ship(order.id, second, one)
        cards = await cardsOf(order.id)
        expect(cards.map((c: { status: string }) => c.status)).toEqual(["active", "active"])
      })

      it("R3.4 the start day is the shipment's calendar day in the shop's time zone", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 1 }], "courier")
        const fulfillmentId = await fulfil(order.id, [{ id: order.items[0].id, quantity: 1 }])
        // 22:30 UTC on 10 March is 00:30 on 11 March in Bucharest (UTC+2).
        await container.resolve(Modules.FULFILLMENT).updateFulfillment(fulfillmentId, { shipped_at: new Date("2026-03-10T22:30:00Z") })
        await startWarrantyCardsWorkflow(container).run({ input: { fulfillment_id: fulfillmentId, trigger: "shipment" } })
        const [card] = await cardsOf(order.id)
        expect(card).toMatchObject({ starts_on: "2026-03-11", ends_on: "2028-03-11", battery_ends_on: "2026-06-09" })
      })

      it("R3.2 an invoice date recorded after the shipment moves the start and records why", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 1 }], "courier")
        const items = [{ id: order.items[0].id, quantity: 1 }]
        await ship(order.id, await fulfil(order.id, items), items)
        const invoiceDay = plusDays(today(), -1)
        await api.post(`/admin/orders/${order.id}/warranty-invoice`, { issued_on: invoiceDay }, { headers: admin.headers })
        const [card] = await cardsOf(order.id)
        expect(card).toMatchObject({ status: "active", starts_on: invoiceDay, ends_on: plusMonths(invoiceDay, 24) })
        const { data } = await api.get(`/admin/warranty-cards/${card.id}`, { headers: admin.headers })
        expect(data.warranty_card.corrections).toEqual([
          expect.objectContaining({ field: "starts_on", previous_value: today(), value: invoiceDay, reason: "invoice_date" }),
        ])
      })

      it("emits warranty_card.issued, .started and .voided with the card and order ids", async () => {
        const eventBus = container.resolve(Modules.EVENT_BUS)
        // Spying keeps the real event bus working; it only records what was emitted.
        const record = jest.spyOn(eventBus, "emit")
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 1 }], "courier")
        const items = [{ id: order.items[0].id, quantity: 1 }]
        await ship(order.id, await fulfil(order.id, items), items)
        const [card] = await cardsOf(order.id)
        await api.post(`/admin/warranty-cards/${card.id}/void`, { reason: "Sold by mistake" }, { headers: admin.headers })
        const names = record.mock.calls
          .flatMap((call) => (Array.isArray(call[0]) ? call[0] : [call[0]]) as { name: string; data: Record<string, unknown> }[])
          .filter((m) => m.name.startsWith("warranty_card."))
        record.mockRestore()
        expect(names).toEqual([
          { name: "warranty_card.issued", data: { id: card.id, order_id: order.id } },
          { name: "warranty_card.started", data: { id: card.id, order_id: order.id, starts_on: today() } },
          { name: "warranty_card.voided", data: { id: card.id, order_id: order.id, reason: "Sold by mistake" } },
        ].map((e) => expect.objectContaining(e)))
      })

      it("R3.2 an invoice date recorded for the order is the courier card's start", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 1 }], "courier")
        const invoiceDay = plusDays(today(), -2)
        const { status } = await api.post(`/admin/orders/${order.id}/warranty-invoice`, { issued_on: invoiceDay }, { headers: admin.headers })
        expect(status).toBe(200)
        let [card] = await cardsOf(order.id)
        expect(card).toMatchObject({ status: "active", starts_on: invoiceDay, ends_on: plusMonths(invoiceDay, 24) })

        const items = [{ id: order.items[0].id, quantity: 1 }]
        await ship(order.id, await fulfil(order.id, items), items)
        ;[card] = await cardsOf(order.id)
        expect(card.starts_on).toBe(invoiceDay)

        const future = await api
          .post(`/admin/orders/${order.id}/warranty-invoice`, { issued_on: plusDays(today(), 3) }, { headers: admin.headers })
          .catch((e: { response: { status: number; data: { message: string } } }) => e.response)
        expect(future.status).toBe(400)
        expect(future.data.message).toMatch(/issued_on/)
      })
    })

    describe("the storefront", () => {
      it("R2.2 R5.3 the product page reads the product's and each variant's warranty, with the statement", async () => {
        const phone = shop.products["iPhone 12"]
        await api.post(`/admin/products/${phone.id}/variants/${phone.variants["256GB"]}/warranty`, { months: 6 }, { headers: admin.headers })
        const visitor = visitorClient(api, shop)
        const data = await visitor.products.warranty(phone.id, { locale: "en" })
        expect(data.warranty).toMatchObject({ product_id: phone.id, months: 24, battery_days: 90, coverage: "full", kind: "device" })
        expect(data.warranty.statement).toMatch(/statutory rights/)
        const variants = Object.fromEntries(data.warranty.variants.map((v) => [v.variant_id, v.months]))
        expect(variants).toEqual({ [phone.variants["128GB"]]: 24, [phone.variants["256GB"]]: 6 })

        const tablet = await visitor.products.warranty(shop.products["iPad 10.2 (2021)"].id)
        expect(tablet.warranty.months).toBe(12)
        expect(tablet.warranty.statement).toMatch(/drepturile dumneavoastră/)

        await expect(visitor.products.warranty("prod_missing")).rejects.toMatchObject({ status: 404 })

        // A product outside the key's sales channels is as unknown as a missing one.
        const {
          result: [hidden],
        } = await createProductsWorkflow(container).run({
          input: { products: [{ title: "Wholesale lot", status: "published", options: [{ title: "Size", values: ["One"] }] }] },
        })
        await expect(visitor.products.warranty(hidden.id)).rejects.toMatchObject({ status: 404 })
      })

      it("R1.3 the shopper lists their cards, reads one with battery history and coverage, and downloads the PDF", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["iPhone 12"].variants["128GB"], quantity: 1 }], "pickup")
        const [card] = await cardsOf(order.id)
        await api.post(`/admin/warranty-cards/${card.id}`, { serial_number: "490154203237518" }, { headers: admin.headers })
        await api.post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: 91, source: "sale" }, { headers: admin.headers })

        const list = await ana.warranty.cards.list()
        expect(list).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(list.warranty_cards[0]).toMatchObject({ id: card.id, serial_number: "490154203237518" })
        expect(list.warranty_cards[0]).not.toHaveProperty("customer_id")

        // R3.4: however narrow the fields asked for, an expired card never reads as active.
        await api.post(`/admin/warranty-cards/${card.id}`, { starts_on: "2023-01-10", reason: "Sold at the fair, entered late" }, { headers: admin.headers })
        await warranty().updateWarrantyCards({ id: card.id, status: WarrantyCardStatus.ACTIVE })
        const narrow = await ana.warranty.cards.list({ fields: "id,status" })
        expect(narrow.warranty_cards).toEqual([{ id: card.id, status: "expired" }])
        const narrowOne = await ana.warranty.cards.retrieve(card.id, { fields: "id,status" })
        expect(narrowOne.warranty_card).toMatchObject({ id: card.id, status: "expired", battery_note: expect.stringMatching(/OEM/) })
        expect(narrowOne.warranty_card.ends_on).toBeUndefined()
        // A shopper does not see who recorded a reading, nor staff notes.
        for (const fields of ["id,battery_health_records.recorded_by,battery_health_records.note", "*battery_health_records", "battery_health_records.*", "+battery_health_records.recorded_by"]) {
          for (const read of [() => ana.warranty.cards.retrieve(card.id, { fields }), () => ana.warranty.cards.list({ fields })]) {
            const res = await read().catch((e: unknown) => e)
            expect(JSON.stringify(res)).not.toMatch(/recorded_by|"note"/)
          }
        }

        const one = await ana.warranty.cards.retrieve(card.id, undefined, { locale: "ro" })
        expect(one.warranty_card.battery_health_records).toHaveLength(1)
        expect(one.warranty_card.battery_health_records[0]).toMatchObject({ percent: 91, source: "sale", battery_kind: "oem" })
        expect(one.warranty_card.battery_health_records[0]).not.toHaveProperty("recorded_by")
        expect(one.warranty_card.covered).toHaveLength(24)
        expect(one.warranty_card.statement).toMatch(/consumator/)
        // R4.5: an iPhone 12 gets an OEM battery; the shopper is told what the message means.
        expect(one.warranty_card.battery_note).toMatch(/piesă neoriginală/)

        const pdf = await ana.warranty.cards.document(card.id, { locale: "en" })
        expect(pdf.type).toMatch(/application\/pdf/)
        const text = (await pdfParse(Buffer.from(await pdf.arrayBuffer()))).text.replace(/\s+/g, " ")
        expect(text).toContain(card.card_number)
        expect(text).toContain("490154203237518")
        expect(text).toMatch(/statutory rights/)

        // Staff print it at the counter, in either language.
        const counter = await api.get(`/admin/warranty-cards/${card.id}/document?locale=ro`, {
          headers: admin.headers,
          responseType: "arraybuffer",
        })
        const roText = (await pdfParse(Buffer.from(counter.data))).text.replace(/\s+/g, " ")
        expect(roText).toContain(card.card_number)
        expect(roText).toMatch(/drepturile/)
        const staffView = await api.get(`/admin/warranty-cards/${card.id}?locale=en`, { headers: admin.headers })
        expect(staffView.data.warranty_card.statement).toMatch(/statutory rights/)
      })
    })

    describe("staff actions", () => {
      let order: { id: string; items: { id: string }[] }
      let card: { id: string; card_number: string; months: number }
      beforeEach(async () => {
        order = await placeOrder(ana, [{ variant_id: shop.products["iPhone 12"].variants["128GB"], quantity: 1 }], "courier")
        ;[card] = await cardsOf(order.id)
      })

      it("R1.2 sets a valid IMEI, finds the card by it, and rejects a wrong checksum naming the field", async () => {
        const ok = await api.post(`/admin/warranty-cards/${card.id}`, { serial_number: "356938035643809" }, { headers: admin.headers })
        expect(ok.data.warranty_card.serial_number).toBe("356938035643809")
        const found = await api.get(`/admin/warranty-cards?q=5643809`, { headers: admin.headers })
        expect(found.data.warranty_cards.map((c: { id: string }) => c.id)).toEqual([card.id])
        const byNumber = await api.get(`/admin/warranty-cards?q=${card.card_number}`, { headers: admin.headers })
        expect(byNumber.data.count).toBe(1)

        // One device, one card: the same IMEI on another live card is a conflict.
        const other = await placeOrder(ana, [{ variant_id: shop.products["iPhone 12"].variants["128GB"], quantity: 1 }], "courier")
        const [otherCard] = await cardsOf(other.id)
        const twice = await api
          .post(`/admin/warranty-cards/${otherCard.id}`, { serial_number: "35-693803-564380-9" }, { headers: admin.headers })
          .catch(failed)
        expect(twice.status).toBe(422)
        expect(twice.data.message).toContain(card.card_number)

        const bad = await api
          .post(`/admin/warranty-cards/${card.id}`, { serial_number: "356938035643808" }, { headers: admin.headers })
          .catch(failed)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/serial_number/)
        expect(bad.data.message).toMatch(/Luhn/)
      })

      it("R3.4 a start-date correction needs a reason, moves both end dates and is recorded", async () => {
        const noReason = await api
          .post(`/admin/warranty-cards/${card.id}`, { starts_on: "2026-01-31" }, { headers: admin.headers })
          .catch(failed)
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)

        const { data } = await api.post(
          `/admin/warranty-cards/${card.id}`,
          { starts_on: "2026-01-31", reason: "Handed over at the counter before the order was fulfilled" },
          { headers: admin.headers }
        )
        expect(data.warranty_card).toMatchObject({
          starts_on: "2026-01-31",
          ends_on: "2028-01-31",
          battery_ends_on: "2026-05-01",
          status: "active",
        })
        expect(data.warranty_card.corrections).toEqual([
          expect.objectContaining({ field: "starts_on", previous_value: null, value: "2026-01-31" }),
        ])
      })

      it("R3.4 a card past its end day reads as expired at once, and the daily job stores it", async () => {
        await api.post(
          `/admin/warranty-cards/${card.id}`,
          { starts_on: "2023-03-01", reason: "Migrated from the old till system" },
          { headers: admin.headers }
        )
        // As stored by a card that ran out overnight, before the daily job: still `active`.
        await warranty().updateWarrantyCards({ id: card.id, status: WarrantyCardStatus.ACTIVE })
        const { data } = await api.get(`/admin/warranty-cards/${card.id}`, { headers: admin.headers })
        expect(data.warranty_card).toMatchObject({ status: "expired", ends_on: "2025-03-01" })
        const active = await api.get(`/admin/warranty-cards?order_id=${order.id}&status=active`, { headers: admin.headers })
        expect(active.data.count).toBe(0)
        const expired = await api.get(`/admin/warranty-cards?order_id=${order.id}&status=expired`, { headers: admin.headers })
        expect(expired.data.count).toBe(1)

        const { result } = await expireWarrantyCardsWorkflow(container).run()
        expect(result).toBe(1)
        const stored = await warranty().retrieveWarrantyCard(card.id)
        expect(stored.status).toBe("expired")

        // A mistaken start corrected later brings the card back to active.
        const back = await api.post(
          `/admin/warranty-cards/${card.id}`,
          { starts_on: plusDays(today(), -10), reason: "The old till had the wrong year" },
          { headers: admin.headers }
        )
        expect(back.data.warranty_card.status).toBe("active")
        expect((await warranty().retrieveWarrantyCard(card.id)).status).toBe("active")
      })

      it("R4.3 a sale reading under 85% flags a battery replacement at the shop's cost; a repair clears it", async () => {
        const low = await api.post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: 84, source: "sale" }, { headers: admin.headers })
        expect(low.status).toBe(201)
        expect(low.data.battery_health_record).toMatchObject({ percent: 84, source: "sale", battery_kind: "oem" })
        const due = await api.get(`/admin/warranty-cards?battery_replacement_due=true`, { headers: admin.headers })
        expect(due.data.warranty_cards.map((c: { id: string }) => c.id)).toEqual([card.id])
        expect(due.data.warranty_cards[0].sale_battery_health).toBe(84)

        // An original battery with no percentage proves nothing: still due.
        await api.post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: null, source: "repair", battery_kind: "original" }, { headers: admin.headers })
        expect((await api.get(`/admin/warranty-cards?battery_replacement_due=true`, { headers: admin.headers })).data.count).toBe(1)

        await api.post(
          `/admin/warranty-cards/${card.id}/battery-health`,
          { percent: null, source: "repair", battery_kind: "oem", note: "R4.5 OEM battery fitted, shows no percentage" },
          { headers: admin.headers }
        )
        const after = await api.get(`/admin/warranty-cards?battery_replacement_due=true`, { headers: admin.headers })
        expect(after.data.count).toBe(0)
        const { data } = await api.get(`/admin/warranty-cards/${card.id}`, { headers: admin.headers })
        expect(data.warranty_card.battery_health_records).toHaveLength(3)
        // R4.6: each reading keeps who recorded it and when.
        expect(data.warranty_card.battery_health_records[0]).toMatchObject({ recorded_by: expect.stringMatching(/^user_/), measured_at: expect.any(String) })
      })

      it("R4.2 a sale reading at 85% does not flag a replacement; R4.4 health falling in use is wear, not a task", async () => {
        await api.post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: 85, source: "sale" }, { headers: admin.headers })
        let due = await api.get(`/admin/warranty-cards?battery_replacement_due=true`, { headers: admin.headers })
        expect(due.data.count).toBe(0)
        await api.post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: 70, source: "intake" }, { headers: admin.headers })
        due = await api.get(`/admin/warranty-cards?battery_replacement_due=true`, { headers: admin.headers })
        expect(due.data.count).toBe(0)
        const { data } = await api.get(`/admin/warranty-cards/${card.id}`, { headers: admin.headers })
        expect(data.warranty_card.sale_battery_health).toBe(85)
      })

      it("voiding needs a reason; a void card cannot be voided or changed again", async () => {
        const noReason = await api.post(`/admin/warranty-cards/${card.id}/void`, {}, { headers: admin.headers }).catch(failed)
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)
        const voided = await api.post(`/admin/warranty-cards/${card.id}/void`, { reason: "Sold by mistake" }, { headers: admin.headers })
        expect(voided.data.warranty_card).toMatchObject({ status: "void", void_reason: "Sold by mistake" })
        const again = await api
          .post(`/admin/warranty-cards/${card.id}/void`, { reason: "again" }, { headers: admin.headers })
          .catch(failed)
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/void/)
        const edit = await api
          .post(`/admin/warranty-cards/${card.id}`, { serial_number: "ABC" }, { headers: admin.headers })
          .catch(failed)
        expect(edit.status).toBe(400)
      })
    })

    describe("security", () => {
      it("another customer gets 404 on the first customer's card and document, and never sees it listed", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 1 }], "courier")
        const [card] = await cardsOf(order.id)
        const read = await refused(bob.warranty.cards.retrieve(card.id))
        expect(read.status).toBe(404)
        const unknown = await refused(bob.warranty.cards.retrieve("wcard_unknown"))
        expect(unknown.status).toBe(404)
        expect(read.message.replace(card.id, "X")).toBe(unknown.message.replace("wcard_unknown", "X"))
        await expect(bob.warranty.cards.document(card.id)).rejects.toMatchObject({ status: 404 })
        const list = await bob.warranty.cards.list()
        expect(list).toMatchObject({ count: 0, warranty_cards: [] })
        const filtered = await bob.warranty.cards.list({ order_id: order.id })
        expect(filtered.count).toBe(0)
      })

      it("anonymous shoppers get 401 on customer routes; non-admins get 401 on admin routes", async () => {
        const visitor = visitorClient(api, shop)
        const storeCalls: [string, () => Promise<unknown>][] = [
          ["list", () => visitor.cards.list()],
          ["card", () => visitor.cards.retrieve("wcard_x")],
          ["document", () => visitor.cards.document("wcard_x")],
        ]
        for (const [name, call] of storeCalls) {
          expect([name, (await refused(call())).status]).toEqual([name, 401])
        }
        const adminCalls: [string, string, object?][] = [
          ["get", "/admin/warranty-cards"],
          ["get", "/admin/warranty-cards/wcard_x"],
          ["post", "/admin/warranty-cards/wcard_x/void", { reason: "test it" }],
          ["post", "/admin/warranty-cards/wcard_x/battery-health", { percent: 90, source: "intake" }],
          ["post", `/admin/products/${shop.products["iPhone 12"].id}/warranty`, { months: 12 }],
          ["post", "/admin/orders/order_x/warranty-invoice", { issued_on: "2026-01-01" }],
        ]
        for (const headers of [{}, ana.headers]) {
          for (const [method, url, body] of adminCalls) {
            const res =
              method === "get"
                ? await api.get(url, { headers }).catch(failed)
                : await api.post(url, body, { headers }).catch(failed)
            expect([url, res.status]).toEqual([url, 401])
          }
        }
      })
    })

    describe("bad input gets a 400 naming the field", () => {
      const expect400 = async (call: Promise<unknown>, field: RegExp) => {
        const res = (await call.catch(failed)) as { status: number; data: { message: string } }
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(field)
      }
      /** The same through the storefront client. */
      const refused400 = async (call: Promise<unknown>, field: RegExp) => {
        const error = await refused(call)
        expect(error.status).toBe(400)
        expect(error.message).toMatch(field)
      }

      it("rejects percent 101, negative months, unknown coverage, unknown source, bad dates", async () => {
        const order = await placeOrder(ana, [{ variant_id: shop.products["Samsung Galaxy S24"].variants["256GB"], quantity: 1 }], "courier")
        const [card] = await cardsOf(order.id)
        const h = { headers: admin.headers }
        const product = shop.products["Samsung Galaxy S24"].id
        await expect400(api.post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: 101, source: "intake" }, h), /percent/)
        await expect400(api.post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: 90, source: "guess" }, h), /source/)
        await expect400(api.post(`/admin/warranty-cards/${card.id}/battery-health`, { percent: "ninety", source: "intake" }, h), /percent/)
        await expect400(api.post(`/admin/products/${product}/warranty`, { months: -3 }, h), /months/)
        await expect400(api.post(`/admin/products/${product}/warranty`, { months: 12, coverage: "everything" }, h), /coverage/)
        await expect400(api.post(`/admin/products/${product}/warranty`, { months: 12, kind: "accessory", coverage: "full" }, h), /coverage/)
        await expect400(api.post(`/admin/warranty-cards/${card.id}`, { starts_on: "2026-02-30", reason: "typo fix" }, h), /starts_on/)
        await expect400(api.post(`/admin/orders/${order.id}/warranty-invoice`, { issued_on: "yesterday" }, h), /issued_on/)
        await expect400(api.post(`/admin/warranty-cards/${card.id}`, { serial_number: "x", surprise: 1 }, h), /surprise/)
        await refused400(ana.warranty.cards.list({ status: forged("lost") }), /status/)
        await refused400(ana.warranty.cards.list({ order: forged("battery_health_records.percent") }), /order/i)
        await refused400(ana.warranty.cards.list({ order: forged("customer_id") }), /order/i)
        await expect400(api.get(`/admin/warranty-cards?order=nope`, h), /order/i)
        await expect400(api.get(`/admin/warranty-cards?limit=-1`, h), /limit/)
        await refused400(ana.warranty.cards.list({ offset: -5 }), /offset/)
        await refused400(ana.warranty.cards.list({ limit: forged("abc") }), /limit/)
      })

      it("unknown records are 404, not 500", async () => {
        const h = { headers: admin.headers }
        const product = shop.products["Samsung Galaxy S24"].id
        const calls: [string, () => Promise<unknown>][] = [
          ["card", () => api.get(`/admin/warranty-cards/wcard_missing`, h)],
          ["update", () => api.post(`/admin/warranty-cards/wcard_missing`, { serial_number: "ABC123" }, h)],
          ["battery", () => api.post(`/admin/warranty-cards/wcard_missing/battery-health`, { percent: 90, source: "intake" }, h)],
          ["void", () => api.post(`/admin/warranty-cards/wcard_missing/void`, { reason: "missing" }, h)],
          ["document", () => api.get(`/admin/warranty-cards/wcard_missing/document`, h)],
          ["policy", () => api.post(`/admin/products/prod_missing/warranty`, { months: 12 }, h)],
          ["no own policy", () => api.delete(`/admin/products/${product}/warranty`, h)],
          ["variant", () => api.post(`/admin/products/${product}/variants/variant_missing/warranty`, { months: 6 }, h)],
          ["invoice", () => api.post(`/admin/orders/order_missing/warranty-invoice`, { issued_on: "2026-01-01" }, h)],
        ]
        for (const [name, call] of calls) {
          const res = (await call().catch(failed)) as { status: number }
          expect([name, res.status]).toEqual([name, 404])
        }
      })
    })
  },
})
