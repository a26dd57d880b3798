import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryItemsWorkflow } from "@medusajs/medusa/core-flows"
import { addMonths, format } from "date-fns"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { Api, checkout, registerShopper, Shopper } from "../fixtures/store"
import { dayIn } from "../../src/modules/warranty/rules/dates"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import { ReplaceClaimedUnitInput, replaceClaimedUnitWorkflow } from "../../src/workflows/replace-claimed-unit"

jest.setTimeout(240 * 1000)

const today = () => dayIn(new Date(), "Europe/Bucharest")
const plusMonths = (day: string, n: number) => format(addMonths(new Date(`${day}T12:00:00`), n), "yyyy-MM-dd")
const ACKS = { data_backup: true, lock_removed: true, films_removed: true, accessories_included: true }

type Res = { status: number; data: any }

// A later step of the caller (the lead's accept-offer workflow) failing after the replacement.
const failAfterReplacementStep = createStep("fail-after-replacement", async () => {
  throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "test: a later step failed")
})
const replaceThenFailWorkflow = createWorkflow("test-replace-then-fail", (input: ReplaceClaimedUnitInput) => {
  const replaced = replaceClaimedUnitWorkflow.runAsStep({ input })
  failAfterReplacementStep()
  return new WorkflowResponse(replaced)
})

medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { user: { id: string }; headers: Record<string, string> }
    let ana: Shopper
    let warranty: WarrantyModuleService
    const inventoryItem: Record<string, string> = {}

    const wait = (event: string, triggerCount = 1) =>
      TestEventUtils.waitSubscribersExecution(event, container.resolve(Modules.EVENT_BUS), { triggerCount })
    const settle = (p: Promise<Res>): Promise<Res> => p.catch((e: { response: Res }) => e.response)
    const phone = (storage: string) => shop.products["iPhone 13"].variants[storage]

    /** Makes a variant inventory-managed with `stocked` units at the shop's location. */
    async function stock(variant_id: string, sku: string, stocked: number) {
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      const {
        result: [item],
      } = await createInventoryItemsWorkflow(container).run({
        input: { items: [{ sku, title: sku, location_levels: [{ location_id: shop.location_id, stocked_quantity: stocked }] }] },
      })
      await link.create({ [Modules.PRODUCT]: { variant_id }, [Modules.INVENTORY]: { inventory_item_id: item.id } })
      await container.resolve(Modules.PRODUCT).updateProductVariants(variant_id, { manage_inventory: true })
      inventoryItem[variant_id] = item.id
    }

    async function level(variant_id: string) {
      const [l] = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: inventoryItem[variant_id], location_id: shop.location_id })
      return { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) }
    }

    /** A courier order of `quantity` phones, fulfilled and shipped (cards active), payment captured or not. */
    async function shippedOrder(quantity: number, capture = true) {
      const placed = wait("order.placed")
      const { order } = await checkout(api, shop, ana, [{ variant_id: phone("128GB"), quantity }], "courier")
      await placed
      const items = order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
      await api.post(`/admin/orders/${order.id}/fulfillments`, { items, location_id: shop.location_id }, { headers: admin.headers })
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,*fulfillments,*payment_collections.payments`, {
        headers: admin.headers,
      })
      const shipped = wait("shipment.created")
      await api.post(`/admin/orders/${order.id}/fulfillments/${data.order.fulfillments[0].id}/shipments`, { items }, { headers: admin.headers })
      await shipped
      if (capture) {
        const paymentId = data.order.payment_collections[0].payments[0].id
        const captured = await api.post(`/admin/payments/${paymentId}/capture`, {}, { headers: admin.headers })
        expect(captured.status).toBe(200)
      }
      const cards = await warranty.listWarrantyCards({ order_id: order.id }, { order: { unit_index: "ASC" } })
      expect(cards.map((c) => c.status)).toEqual(Array(quantity).fill("active"))
      return { order_id: order.id as string, line_item_id: items[0].id as string, cards }
    }

    async function fileClaim(card_id: string) {
      const res = await settle(
        api.post(
          "/store/warranty-claims",
          { warranty_card_id: card_id, defects: ["display"], description: "Dead screen", delivery_method: "drop_off", acknowledgements: ACKS },
          { headers: ana.headers }
        )
      )
      expect(res.status).toBe(201)
      return res.data.warranty_claim as { id: string; ticket_number: string }
    }

    async function adminOrder(order_id: string) {
      const { data } = await api.get(
        `/admin/orders/${order_id}?fields=id,payment_status,summary,*items,*payment_collections,*returns`,
        { headers: admin.headers }
      )
      return data.order
    }

    beforeAll(async () => {
      container = getContainer()
      warranty = container.resolve(WARRANTY_MODULE)
      shop = await seedShop(container, [{ title: "iPhone 13", variants: ["128GB", "256GB", "512GB"], price: 2000 }])
      await stock(phone("128GB"), "IP13-128", 20)
      await stock(phone("256GB"), "IP13-256", 5)
      await stock(phone("512GB"), "IP13-512", 0)
      admin = await createAdmin(container)
      ana = await registerShopper(api, shop, "ana@example.com")
    })

    it("R8.2 R7.6 swaps the claimed unit through a received exchange; the new card keeps the old end dates", async () => {
      const { order_id, line_item_id, cards } = await shippedOrder(2)
      const [old] = cards
      const claim = await fileClaim(old.id)
      const before128 = await level(phone("128GB"))
      const before256 = await level(phone("256GB"))

      const returned = wait("order.return_received")
      const { result } = await replaceClaimedUnitWorkflow(container).run({
        input: {
          claim_id: claim.id,
          ticket_number: claim.ticket_number,
          order_id,
          old_card_id: old.id,
          variant_id: phone("256GB"),
          actor_id: admin.user.id,
          fresh_term: false,
        },
      })
      await returned
      expect(result).toEqual({
        exchange_id: expect.stringMatching(/^oexc_/),
        return_id: expect.stringMatching(/^return_/),
        new_line_item_id: expect.stringMatching(/^ordli_/),
        new_card_id: expect.stringMatching(/^wcard_/),
        old_card_id: old.id,
      })

      // The new unit is reserved; the broken unit is not restocked.
      expect(await level(phone("256GB"))).toEqual({ stocked: before256.stocked, reserved: before256.reserved + 1 })
      expect(await level(phone("128GB"))).toEqual(before128)

      const { data: ret } = await api.get(`/admin/returns/${result.return_id}?fields=id,status,*items`, { headers: admin.headers })
      expect(ret.return.status).toBe("received")
      expect(ret.return.items[0]).toMatchObject({ item_id: line_item_id })
      expect(Number(ret.return.items[0].damaged_quantity)).toBe(1)

      const order = await adminOrder(order_id)
      expect(order.summary.pending_difference).toBe(0)
      const newItem = order.items.find((i: { id: string }) => i.id === result.new_line_item_id)
      expect(newItem).toMatchObject({ variant_id: phone("256GB"), unit_price: 2000 })
      // Nothing left to pay or to refund: no open payment collection is left behind.
      expect(order.payment_status).toBe("captured")
      expect(order.payment_collections.map((pc: { status: string }) => pc.status)).toEqual(["completed"])

      const { data: exchange } = await api.get(`/admin/exchanges/${result.exchange_id}?fields=*additional_items,*order`, {
        headers: admin.headers,
      })
      expect(Number(exchange.exchange.difference_due ?? 0)).toBe(0)

      const fresh = await warranty.retrieveWarrantyCard(result.new_card_id)
      expect(fresh).toMatchObject({
        order_id,
        line_item_id: result.new_line_item_id,
        unit_index: 0,
        variant_id: phone("256GB"),
        variant_title: "256GB",
        product_title: "iPhone 13",
        customer_id: old.customer_id,
        serial_number: null,
        months: old.months,
        battery_days: old.battery_days,
        coverage: old.coverage,
        kind: old.kind,
        delivery_kind: old.delivery_kind,
        status: "active",
        starts_on: today(),
        ends_on: old.ends_on,
        battery_ends_on: old.battery_ends_on,
      })
      expect(fresh.card_number).toMatch(/-\d{6}$/)

      const voided = await warranty.retrieveWarrantyCard(old.id)
      expect(voided).toMatchObject({ status: "void", void_reason: "replaced" })
      expect(voided.voided_at).toBeTruthy()
    })

    it("order.return_received of a replacement leaves the other unit of the same line item active", async () => {
      const { order_id, cards } = await shippedOrder(2)
      const [old, sibling] = cards
      const claim = await fileClaim(old.id)
      const returned = wait("order.return_received")
      await replaceClaimedUnitWorkflow(container).run({
        input: {
          claim_id: claim.id,
          ticket_number: claim.ticket_number,
          order_id,
          old_card_id: old.id,
          variant_id: phone("128GB"),
          actor_id: null,
          fresh_term: false,
        },
      })
      await returned
      // The return counts one unit back on the line item; that unit's card is already void as
      // `replaced`, so no other card of the line may be voided as `returned`.
      expect(await warranty.retrieveWarrantyCard(old.id)).toMatchObject({ status: "void", void_reason: "replaced" })
      expect(await warranty.retrieveWarrantyCard(sibling.id)).toMatchObject({ status: "active", void_reason: null })
    })

    it("R8.2 R3 with fresh_term the new card waits pending and starts with a full term when the exchange ships", async () => {
      const { order_id, cards } = await shippedOrder(1)
      const claim = await fileClaim(cards[0].id)
      const { result } = await replaceClaimedUnitWorkflow(container).run({
        input: {
          claim_id: claim.id,
          ticket_number: claim.ticket_number,
          order_id,
          old_card_id: cards[0].id,
          variant_id: phone("128GB"),
          actor_id: null,
          fresh_term: true,
        },
      })
      expect(await warranty.retrieveWarrantyCard(result.new_card_id)).toMatchObject({ status: "pending", starts_on: null })

      const items = [{ id: result.new_line_item_id, quantity: 1 }]
      const ful = await settle(
        api.post(`/admin/orders/${order_id}/fulfillments`, { items, location_id: shop.location_id }, { headers: admin.headers })
      )
      expect(ful.status).toBe(200)
      const { data } = await api.get(`/admin/orders/${order_id}?fields=id,*fulfillments,*fulfillments.items`, { headers: admin.headers })
      const f = data.order.fulfillments.find((x: { items: { line_item_id: string }[] }) =>
        x.items.some((i) => i.line_item_id === result.new_line_item_id)
      )
      const shipped = wait("shipment.created")
      await api.post(`/admin/orders/${order_id}/fulfillments/${f.id}/shipments`, { items }, { headers: admin.headers })
      await shipped
      expect(await warranty.retrieveWarrantyCard(result.new_card_id)).toMatchObject({
        status: "active",
        fulfillment_id: f.id,
        starts_on: today(),
        ends_on: plusMonths(today(), cards[0].months),
      })
    })

    it("R8.2 a variant out of stock is refused before the order is touched", async () => {
      const { order_id, cards } = await shippedOrder(1)
      const claim = await fileClaim(cards[0].id)
      const { errors } = await replaceClaimedUnitWorkflow(container).run({
        input: {
          claim_id: claim.id,
          ticket_number: claim.ticket_number,
          order_id,
          old_card_id: cards[0].id,
          variant_id: phone("512GB"),
          actor_id: null,
          fresh_term: false,
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("replacement_variant_id: no unit of iPhone 13 512GB is in stock")
      expect(errors[0].error.type).toBe(MedusaError.Types.CONFLICT)
      const order = await adminOrder(order_id)
      expect(order.items).toHaveLength(1)
      expect(order.returns ?? []).toHaveLength(0)
      expect((await warranty.retrieveWarrantyCard(cards[0].id)).status).toBe("active")
    })

    it("an order whose payment is only authorized is refused: capture first", async () => {
      const { order_id, cards } = await shippedOrder(1, false)
      const claim = await fileClaim(cards[0].id)
      const { errors } = await replaceClaimedUnitWorkflow(container).run({
        input: {
          claim_id: claim.id,
          ticket_number: claim.ticket_number,
          order_id,
          old_card_id: cards[0].id,
          variant_id: phone("256GB"),
          actor_id: null,
          fresh_term: false,
        },
        throwOnError: false,
      })
      expect(errors[0].error).toMatchObject({
        type: MedusaError.Types.NOT_ALLOWED,
        message: "order: capture the order's payment before a replacement exchange",
      })
    })

    it("a failure after the replacement undoes it: exchange, reservation, new card and the void", async () => {
      const { order_id, cards } = await shippedOrder(1)
      const claim = await fileClaim(cards[0].id)
      const before256 = await level(phone("256GB"))
      const { errors } = await replaceThenFailWorkflow(container).run({
        input: {
          claim_id: claim.id,
          ticket_number: claim.ticket_number,
          order_id,
          old_card_id: cards[0].id,
          variant_id: phone("256GB"),
          actor_id: null,
          fresh_term: false,
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("test: a later step failed")

      expect(await warranty.retrieveWarrantyCard(cards[0].id)).toMatchObject({ status: "active", void_reason: null })
      expect(await warranty.listWarrantyCards({ order_id })).toHaveLength(1)
      expect(await level(phone("256GB"))).toEqual(before256)

      const order = await adminOrder(order_id)
      const orderModule = container.resolve(Modules.ORDER)
      const exchanges = await orderModule.listOrderExchanges({ order_id })
      const changes = await orderModule.listOrderChanges({ order_id })
      // The exchange, its return and the new line item are gone; the order is as before.
      expect(order.items.map((i: { variant_id: string }) => i.variant_id)).toEqual([phone("128GB")])
      expect(order.returns ?? []).toHaveLength(0)
      expect(exchanges).toHaveLength(0)
      expect(order.payment_collections.map((pc: { status: string }) => pc.status)).toEqual(["completed"])
      expect(order.summary.pending_difference).toBe(0)
      // No exchange change is left open: a new one can begin.
      expect(changes.filter((c) => ["pending", "requested"].includes(c.status as string))).toHaveLength(0)
    })
  },
})
