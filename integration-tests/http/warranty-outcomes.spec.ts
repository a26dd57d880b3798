import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addMonths, format } from "date-fns"
import { settle, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, ADDRESS, Api, checkout, forged, outcome, refused, registerShopper, RETURN_TO, Shopper } from "../fixtures/store"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import expireWarrantyOffersJob from "../../src/jobs/expire-warranty-offers"
import { refundClaimValueWorkflow } from "../../src/workflows/refund-claim-value"
import { ReplaceClaimedUnitInput, replaceClaimedUnitWorkflow } from "../../src/workflows/replace-claimed-unit"
import { createCreditCartStep, type CreateCreditCartInput } from "../../src/workflows/steps/create-credit-cart"

jest.setTimeout(240 * 1000)

// A later step of the accept-offer workflow failing after the replacement was made.
const failAfterReplacementStep = createStep("fail-after-replacement", async () => {
  throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "test: a later step failed")
})
const replaceThenFailWorkflow = createWorkflow("test-replace-then-fail", (input: ReplaceClaimedUnitInput) => {
  const replaced = replaceClaimedUnitWorkflow.runAsStep({ input })
  failAfterReplacementStep()
  return new WorkflowResponse(replaced)
})
// The credit cart step on its own, to hand it a code that is not the customer's.
const creditCartWorkflow = createWorkflow("test-credit-cart", (input: CreateCreditCartInput) => {
  return new WorkflowResponse(createCreditCartStep(input))
})

const plusMonths = (day: string, n: number) => format(addMonths(new Date(`${day}T12:00:00`), n), "yyyy-MM-dd")

type Res = { status: number; data: any }
const PRICE = 2000
const SHIPPING = 25

medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ana: Shopper
    let bob: Shopper
    let anaOrderId: string
    /** Ana's active phone cards (one line of one order, shipped, payment captured), handed out one per test. */
    let cards: string[] = []
    let phone: string
    let dearer: { product_id: string; variant_id: string }
    let draftProductId: string

    // Subscribers may take long on a busy machine: up to 60 s.
    const desk = staffDesk(api, () => ({ container, shop, admin }), { timeout: 60_000 })
    const { wait, move, adminClaim } = desk
    const warranty = () => container.resolve<WarrantyModuleService>(WARRANTY_MODULE)
    const query = () => container.resolve(ContainerRegistrationKeys.QUERY)
    const adminOrder = async (id: string) =>
      (
        await api.get(
          `/admin/orders/${id}?fields=id,payment_status,summary,*items,*returns,*payment_collections,*payment_collections.payments,*payment_collections.payments.refunds`,
          { headers: admin.headers }
        )
      ).data.order
    const exchangesOf = async (order_id: string) => (await query().graph({ entity: "order_exchange", fields: ["id"], filters: { order_id } })).data

    async function ok(p: Promise<Res>): Promise<any> {
      const r = await p
      if (r.status !== 200 && r.status !== 201) {
        throw new Error(`expected 2xx, got ${r.status}: ${JSON.stringify(r.data)}`)
      }
      return r.data
    }

    /** A claim on one of Ana's cards, through intake and a covered diagnosis to `status`. */
    async function claimAt(status: "diagnosing" | "unrepairable" | "awaiting_customer", card?: string) {
      const warranty_card_id = card ?? cards.shift()
      if (!warranty_card_id) {
        throw new Error("test setup: out of cards")
      }
      const filed = await ana.warranty.claims.create({
        warranty_card_id,
        defects: ["display"],
        description: "The screen stays black",
        delivery_method: "courier",
        acknowledgements: ACKS,
      })
      const id = filed.warranty_claim.id
      await ok(move(id, "receive", { original_packaging: true, seals_intact: true }))
      if (status === "awaiting_customer") {
        // R9: dropped, not covered; a paid repair is quoted.
        await ok(move(id, "diagnose", { findings: "cracked board after a fall", covered: false, exclusion_reason: "user_damage" }))
        await ok(move(id, "quote", { amount: 900, currency_code: "ron", estimated_days: 7 }))
        return id
      }
      await ok(move(id, "diagnose", { findings: "logic board fault", covered: true }))
      if (status === "unrepairable") {
        await ok(move(id, "mark-unrepairable", { note: "board no longer made" }))
      }
      return id
    }

    const VALUATION = { kind: "valuation", value: { amount: 1500, currency_code: "ron" }, basis: "market_value", basis_note: "median of five listings" }

    async function offered(body: object, card?: string) {
      const id = await claimAt("unrepairable", card)
      const made = wait("warranty_claim.offer_made")
      const r = await ok(move(id, "offer", body))
      await made
      expect(r.warranty_claim.status).toBe("offered")
      return id
    }

    async function available(variant_id: string) {
      const a = await getVariantAvailability(query(), { variant_ids: [variant_id], sales_channel_id: shop.sales_channel_id })
      return a[variant_id].availability ?? 0
    }

    /** Ana's courier order of `quantity` phones, fulfilled and shipped (its cards active); the shop captures the payment unless told not to. */
    const shippedOrder = async (quantity: number, capture = true) => {
      const { order_id, cards } = await desk.shippedOrder(ana, phone, quantity, { capture })
      return { order_id, cards: cards.map((c) => c.id) }
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [
        { title: "iPhone 12", variants: ["128GB"], price: PRICE, stock: 50 },
        { title: "iPhone 13", variants: ["128GB", "256GB"], price: 3000, stock: 10 },
        { title: "USB-C cable", variants: ["1m"], price: 50 },
      ])
      admin = await createAdmin(container)
      ana = await registerShopper(api, shop, "ana@example.com")
      bob = await registerShopper(api, shop, "bob@example.com")
      phone = shop.products["iPhone 12"].variants["128GB"]
      dearer = { product_id: shop.products["iPhone 13"].id, variant_id: shop.products["iPhone 13"].variants["256GB"] }
      const product = container.resolve(Modules.PRODUCT)
      const [draft] = await product.createProducts([{ title: "Prototype", status: "draft", options: [{ title: "S", values: ["x"] }], variants: [{ title: "x", options: { S: "x" } }] }])
      draftProductId = draft.id

      const first = await shippedOrder(30)
      anaOrderId = first.order_id
      cards = first.cards
    })

    describe("R8.2 replacement through a Medusa order exchange", () => {
      it("R8.2 R7.6 the new unit leaves stock, the broken one comes back through a received return (not restocked), the new card keeps the end date, the old card is void, the line's other units keep theirs", async () => {
        const oldCard = cards[0]
        const initial = await available(phone)
        const id = await offered({ kind: "replacement" })
        // R8.2: the offered unit is held for the shopper from the offer on.
        const before = await available(phone)
        expect(before).toBe(initial - 1)
        const old = await warranty().retrieveWarrantyCard(oldCard)

        const returned = wait("order.return_received")
        const r = await ana.warranty.claims.acceptOffer(id, { option: "replacement" })
        await returned
        expect(r.warranty_claim.status).toBe("closed")
        const claim = await adminClaim(id)
        const res = claim.resolution
        expect(res.option).toBe("replacement")
        expect(res.exchange.exchange_id).toMatch(/^oexc_/)

        // Stock: the held unit is now the exchange's reservation (one unit in all); the broken one is not restocked.
        expect(await available(phone)).toBe(initial - 1)
        // The order's history: an exchange with the new item, its return received.
        const { data: exchanges } = await query().graph({
          entity: "order_exchange",
          fields: ["id", "order_id", "return_id", "additional_items.item_id", "return.status"],
          filters: { id: res.exchange.exchange_id },
        })
        expect(exchanges[0].order_id).toBe(anaOrderId)
        expect(exchanges[0].additional_items.map((i: { item_id: string }) => i.item_id)).toContain(res.exchange.new_line_item_id)
        expect((exchanges[0] as any).return.status).toBe("received")
        const { data: ret } = await api.get(`/admin/returns/${res.exchange.return_id}?fields=id,status,*items`, { headers: admin.headers })
        expect(ret.return.items).toHaveLength(1)
        expect(ret.return.items[0].item_id).toBe(old.line_item_id)
        expect(Number(ret.return.items[0].damaged_quantity)).toBe(1)

        // No charge either way: the new unit at the original price, nothing owed, no new payment collection.
        const order = await adminOrder(anaOrderId)
        expect(order.items.find((i: { id: string }) => i.id === res.exchange.new_line_item_id)).toMatchObject({ variant_id: phone, unit_price: PRICE })
        expect(order.summary.pending_difference).toBe(0)
        expect(order.payment_status).toBe("captured")
        expect(order.payment_collections.map((pc: { status: string }) => pc.status)).toEqual(["completed"])

        // R8.2 + R7.6: the new card copies the old terms, runs from today to the old end date; the old card is void, replaced.
        const { data: newCard } = await api.get(`/admin/warranty-cards/${res.new_card_id}`, { headers: admin.headers })
        expect(newCard.warranty_card.line_item_id).toBe(res.exchange.new_line_item_id)
        expect(newCard.warranty_card.ends_on).toBe(old.ends_on)
        expect(newCard.warranty_card.status).toBe("active")
        const fresh = await warranty().retrieveWarrantyCard(res.new_card_id)
        expect(fresh).toMatchObject({
          order_id: anaOrderId,
          unit_index: 0,
          variant_id: phone,
          product_title: "iPhone 12",
          variant_title: "128GB",
          delivery_kind: old.delivery_kind,
          customer_id: old.customer_id,
          serial_number: null,
          months: old.months,
          battery_days: old.battery_days,
          coverage: old.coverage,
          kind: old.kind,
          starts_on: warranty().today(),
          battery_ends_on: old.battery_ends_on,
        })
        expect(fresh.card_number).toMatch(/-\d{6}$/)
        expect(fresh.card_number).not.toBe(old.card_number)
        const { data: oldAfter } = await api.get(`/admin/warranty-cards/${oldCard}`, { headers: admin.headers })
        expect(oldAfter.warranty_card.status).toBe("void")
        expect(oldAfter.warranty_card.void_reason).toBe("replaced")
        expect(oldAfter.warranty_card.voided_at).toBeTruthy()

        // The return counts one unit of the line back; that unit's card is already void, so no sibling is voided as returned.
        const line = await warranty().listWarrantyCards({ line_item_id: old.line_item_id })
        expect(line.length).toBeGreaterThan(1)
        expect(line.filter((c) => c.id !== oldCard).map((c) => c.status)).toEqual(Array(line.length - 1).fill("active"))
      })

      it("R8.2 the offered unit is held while the offer is open: with no other unit left a new replacement offer is a 400, the held unit still goes out, and an offer whose hold staff removed gets a 409 with the order untouched", async () => {
        const initial = await available(phone)
        const early = await offered({ kind: "replacement" })
        expect(await available(phone)).toBe(initial - 1)
        const held = (await adminClaim(early)).offer.reservation_ids
        expect(held).toHaveLength(1)
        const dropped = await offered({ kind: "replacement" })
        const droppedCard = (await adminClaim(dropped)).warranty_card_id
        const inventory = container.resolve(Modules.INVENTORY)
        // Staff let go of the second hold in Medusa, then the stock runs out.
        await inventory.deleteReservationItems((await adminClaim(dropped)).offer.reservation_ids)
        const id = await claimAt("unrepairable")
        const { data: links } = await query().graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: phone } })
        const itemId = (links[0] as any).inventory_items[0].inventory_item_id
        const [phoneLevel] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: shop.location_id })
        await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: shop.location_id, stocked_quantity: Number(phoneLevel.reserved_quantity) }])
        expect(await available(phone)).toBe(0)

        const r = await move(id, "offer", { kind: "replacement" })
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(/^replacement_variant_id: no unit of iPhone 12 128GB is in stock/)

        const late = await refused(ana.warranty.claims.acceptOffer(dropped, { option: "replacement" }))
        expect(late.status).toBe(409)
        expect(late.message).toMatch(/^replacement_variant_id: no unit of iPhone 12 128GB is in stock/)
        expect(late.current_status).toBe("offered")
        expect(await exchangesOf(anaOrderId)).toHaveLength(0)
        expect((await adminOrder(anaOrderId)).items).toHaveLength(1)
        expect((await warranty().retrieveWarrantyCard(droppedCard)).status).toBe("active")

        // The held unit is the one that goes out: the exchange takes over the hold.
        const done = await ana.warranty.claims.acceptOffer(early, { option: "replacement" })
        expect(done.warranty_claim.status).toBe("closed")
        expect(await inventory.listReservationItems({ id: held })).toHaveLength(0)
        expect(await available(phone)).toBe(0)
        expect(await exchangesOf(anaOrderId)).toHaveLength(1)
      })

      it("R8.2 a declined or replaced replacement offer lets go of the held unit", async () => {
        const initial = await available(phone)
        const id = await offered({ kind: "replacement" })
        expect(await available(phone)).toBe(initial - 1)
        // A new offer (a valuation) replaces it: the unit is free again.
        await ok(move(id, "offer", VALUATION))
        expect(await available(phone)).toBe(initial)
        await ok(move(id, "offer", { kind: "replacement" }))
        expect(await available(phone)).toBe(initial - 1)
        await ana.warranty.claims.declineOffer(id)
        expect(await available(phone)).toBe(initial)
      })

      it("R8.2 on an order whose payment is only authorized the replacement is refused when offered (capture first, or a valuation) and nothing is held or exchanged", async () => {
        const { order_id, cards: [card] } = await shippedOrder(1, false)
        const before = await available(phone)
        const id = await claimAt("unrepairable", card)
        const r = await move(id, "offer", { kind: "replacement" })
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(/^kind: the order's payment is only authorized.*Capture the payment on the order first, or offer a valuation$/)
        expect((await adminClaim(id)).status).toBe("unrepairable")
        expect(await available(phone)).toBe(before)
        const order = await adminOrder(order_id)
        expect(order.items).toHaveLength(1)
        expect(order.payment_collections.map((pc: { status: string }) => pc.status)).toEqual(["authorized"])
        expect(await exchangesOf(order_id)).toHaveLength(0)
        expect((await warranty().retrieveWarrantyCard(card)).status).toBe("active")
      })

      it("R8.2 a failure after the replacement undoes it: no exchange, return, new line item, reservation or card is left, and the old card is active", async () => {
        const id = await claimAt("unrepairable")
        const claim = await adminClaim(id)
        const cardsBefore = await warranty().listWarrantyCards({ order_id: anaOrderId })
        const before = await available(phone)
        const { errors } = await replaceThenFailWorkflow(container).run({
          input: { claim_id: id, ticket_number: claim.ticket_number, order_id: anaOrderId, old_card_id: claim.warranty_card_id, variant_id: phone, actor_id: null, fresh_term: false },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("test: a later step failed")

        expect(await warranty().retrieveWarrantyCard(claim.warranty_card_id)).toMatchObject({ status: "active", void_reason: null })
        expect(await warranty().listWarrantyCards({ order_id: anaOrderId })).toHaveLength(cardsBefore.length)
        expect(await available(phone)).toBe(before)
        const order = await adminOrder(anaOrderId)
        expect(order.items.map((i: { variant_id: string }) => i.variant_id)).toEqual([phone])
        expect(order.returns ?? []).toHaveLength(0)
        expect(await exchangesOf(anaOrderId)).toHaveLength(0)
        expect(order.payment_collections.map((pc: { status: string }) => pc.status)).toEqual(["completed"])
        expect(order.summary.pending_difference).toBe(0)
        // No exchange change is left open: a new one can begin.
        const changes = await container.resolve(Modules.ORDER).listOrderChanges({ order_id: anaOrderId })
        expect(changes.filter((c) => ["pending", "requested"].includes(c.status as string))).toHaveLength(0)
      })

      it("R8.2 R3 with fresh_term the new card waits pending and starts a full term when the exchange's parcel ships", async () => {
        const id = await claimAt("unrepairable")
        const claim = await adminClaim(id)
        // The old unit was bought a year ago, so a full term ends later than the old card.
        const today = warranty().today()
        const old = await warranty().retrieveWarrantyCard(claim.warranty_card_id)
        await warranty().updateWarrantyCards({ id: old.id, starts_on: plusMonths(today, -12), ends_on: plusMonths(today, old.months - 12) })

        const { result } = await replaceClaimedUnitWorkflow(container).run({
          input: { claim_id: id, ticket_number: claim.ticket_number, order_id: anaOrderId, old_card_id: old.id, variant_id: phone, actor_id: null, fresh_term: true },
        })
        expect(await warranty().retrieveWarrantyCard(result.new_card_id)).toMatchObject({ status: "pending", starts_on: null })

        const items = [{ id: result.new_line_item_id, quantity: 1 }]
        await ok(settle(api.post(`/admin/orders/${anaOrderId}/fulfillments`, { items, location_id: shop.location_id }, { headers: admin.headers })))
        const { data } = await api.get(`/admin/orders/${anaOrderId}?fields=id,*fulfillments,*fulfillments.items`, { headers: admin.headers })
        const f = data.order.fulfillments.find((x: { items: { line_item_id: string }[] }) => x.items.some((i) => i.line_item_id === result.new_line_item_id))
        const shipped = wait("shipment.created")
        await api.post(`/admin/orders/${anaOrderId}/fulfillments/${f.id}/shipments`, { items }, { headers: admin.headers })
        await shipped
        expect(await warranty().retrieveWarrantyCard(result.new_card_id)).toMatchObject({
          status: "active",
          fulfillment_id: f.id,
          starts_on: today,
          ends_on: plusMonths(today, old.months),
        })
      })
    })

    describe("R8.3 valuation and the shopper's choice", () => {
      it("R8.3 (a) credit: a single-use code bound to the claimant; another shopper cannot use it; Ana's checkout does, once", async () => {
        const id = await offered(VALUATION)
        const r = await ana.warranty.claims.acceptOffer(id, { option: "credit" })
        expect(r.warranty_claim.status).toBe("closed")
        const credit = (await adminClaim(id)).resolution.credit
        expect(credit.amount).toBe(1500)
        expect(credit.code).toMatch(/^CREDIT-[A-HJKMNP-Z2-9]{10}$/)
        // A Medusa promotion: entered by hand, used once, a fixed amount off the whole order, tax included.
        const promotion = await container
          .resolve(Modules.PROMOTION)
          .retrievePromotion(credit.promotion_id, { relations: ["campaign", "application_method"] })
        expect(promotion).toMatchObject({ status: "active", is_automatic: false, is_tax_inclusive: true, limit: 1, campaign: { id: credit.campaign_id } })
        expect(promotion.application_method).toMatchObject({ type: "fixed", target_type: "order", currency_code: "ron" })
        expect(Number(promotion.application_method!.value)).toBe(1500)

        // Bound to the claimant: on Bob's cart the code does not apply.
        const { data: bobCart } = await api.post("/store/carts", { region_id: shop.region_id, email: bob.email }, { headers: bob.headers })
        await api.post(`/store/carts/${bobCart.cart.id}/line-items`, { variant_id: phone, quantity: 1 }, { headers: bob.headers })
        const refusedToBob = await settle(api.post(`/store/carts/${bobCart.cart.id}/promotions`, { promo_codes: [credit.code] }, { headers: bob.headers }))
        expect(refusedToBob.status).toBe(400)
        const { data: tried } = await api.get(`/store/carts/${bobCart.cart.id}?fields=*promotions,discount_total`, { headers: bob.headers })
        expect(tried.cart.promotions.map((p: { code: string }) => p.code)).not.toContain(credit.code)
        expect(Number(tried.cart.discount_total)).toBe(0)
        // Nor does the credit cart step hand Bob a cart with Ana's code.
        const { errors } = await creditCartWorkflow(container).run({
          input: { order_id: anaOrderId, customer_id: bob.id, variant_id: dearer.variant_id, code: credit.code },
          throwOnError: false,
        })
        expect(errors[0].error).toMatchObject({ type: MedusaError.Types.NOT_ALLOWED, message: expect.stringMatching(/^code: the credit CREDIT-\w+ could not be applied/) })

        // R8.3: the unit was paid for with the credit; its card ends.
        const claimed = await adminClaim(id)
        const { data: card } = await api.get(`/admin/warranty-cards/${claimed.warranty_card_id}`, { headers: admin.headers })
        expect(card.warranty_card).toMatchObject({ status: "void", void_reason: "settled" })

        // Ana buys another phone with it.
        const placed = wait("order.placed")
        const { order } = await checkout(api, shop, ana, [{ variant_id: phone, quantity: 1 }], "courier", { promo_codes: [credit.code] })
        await placed
        expect(Number(order.discount_total)).toBe(1500)
        expect(Number(order.total)).toBe(PRICE + SHIPPING - 1500)

        // Single use: a second cart does not get it.
        const { data: again } = await api.post("/store/carts", { region_id: shop.region_id, email: ana.email }, { headers: ana.headers })
        await api.post(`/store/carts/${again.cart.id}/line-items`, { variant_id: phone, quantity: 1 }, { headers: ana.headers })
        const { data: second } = await api.post(`/store/carts/${again.cart.id}/promotions`, { promo_codes: [credit.code] }, { headers: ana.headers })
        expect(second.cart.promotions.map((p: { code: string }) => p.code)).not.toContain(credit.code)
      })

      it("R8.3 (b) credit with top-up: the credit is on a cart with the dearer product and the shopper pays the difference", async () => {
        const id = await offered(VALUATION)
        await ana.warranty.claims.acceptOffer(id, { option: "credit_with_top_up", product_id: dearer.product_id, variant_id: dearer.variant_id })
        const res = (await adminClaim(id)).resolution
        expect(res.cart_id).toMatch(/^cart_/)
        const { data } = await api.get(
          `/store/carts/${res.cart_id}?fields=*promotions,*items,*shipping_address,total,discount_total,email,region_id,sales_channel_id,currency_code`,
          { headers: ana.headers }
        )
        expect(data.cart.items).toHaveLength(1)
        expect(data.cart.items[0]).toMatchObject({ variant_id: dearer.variant_id, quantity: 1, unit_price: 3000 })
        expect(data.cart.promotions.map((p: { code: string }) => p.code)).toContain(res.credit.code)
        // Ana's cart, in the original order's region, channel and currency, to the order's address.
        expect(data.cart).toMatchObject({
          email: ana.email,
          region_id: shop.region_id,
          sales_channel_id: shop.sales_channel_id,
          currency_code: "ron",
          discount_total: 1500,
          total: 3000 - 1500,
          shipping_address: { address_1: ADDRESS.address_1, city: ADDRESS.city, postal_code: ADDRESS.postal_code },
        })
        const { data: carts } = await query().graph({ entity: "cart", fields: ["customer_id"], filters: { id: res.cart_id } })
        expect(carts[0].customer_id).toBe(ana.id)

        const placed = wait("order.placed")
        const { order } = await checkout(api, shop, ana, [], "courier", { cart_id: res.cart_id })
        await placed
        // 3000 for the iPhone 13, 25 shipping, minus the 1500 credit: the shopper paid 1525.
        expect(Number(order.total)).toBe(3000 + SHIPPING - 1500)
        const { data: promo } = await api.get(`/admin/promotions/${res.credit.promotion_id}`, { headers: admin.headers })
        expect(promo.promotion.used).toBe(1)
        // R8.5: the order.placed subscriber links the order bought with the credit to the claim.
        expect((await adminClaim(id)).resolution.device_bought_order_id).toBe(order.id)
      })

      it("R8.3 (c) refund: the value is refunded on the original order's payment", async () => {
        const id = await offered(VALUATION)
        const refunded = wait("payment.refunded")
        await ana.warranty.claims.acceptOffer(id, { option: "refund" })
        await refunded
        const claim = await adminClaim(id)
        const payment = (await adminOrder(anaOrderId)).payment_collections[0].payments[0]
        expect(payment.refunds.map((r: { amount: number }) => Number(r.amount))).toEqual([1500])
        expect(payment.refunds[0].note).toBe(`Warranty claim ${claim.ticket_number}: valuation refund (R8.3)`)
        expect(claim.resolution.refund).toEqual({ payment_id: payment.id, refund_id: payment.refunds[0].id, amount: 1500, currency_code: "ron" })
      })

      it("R8.3 (c) a refund is refused before the payment is captured (when offered), above what is still refundable, and in another currency; nothing is refunded", async () => {
        const { order_id, cards: [card] } = await shippedOrder(1, false)
        // Not captured: the valuation (whose choices include the refund) is refused when offered.
        const id = await claimAt("unrepairable", card)
        const early = await move(id, "offer", VALUATION)
        expect(early.status).toBe(400)
        // The credit choices come first: their unit's return would cancel the authorized-only payment (R8.3, R8.5).
        expect(early.data.message).toMatch(/^kind: the order's payment is only authorized.*Capture the payment on the order first/)
        expect((await adminClaim(id)).status).toBe("unrepairable")

        const payment = (await adminOrder(order_id)).payment_collections[0].payments[0]
        await ok(settle(api.post(`/admin/payments/${payment.id}/capture`, {}, { headers: admin.headers })))
        await ok(move(id, "offer", VALUATION))
        // The shop already gave back 600 of the 2025 paid: 1425 is left, less than the 1500 offered.
        await ok(settle(api.post(`/admin/payments/${payment.id}/refund`, { amount: 600 }, { headers: admin.headers })))
        // The store offer says so before the shopper tries.
        const { offer } = await ana.warranty.claims.offer(id)
        expect(offer.choices.find((c) => c.option === "refund")).toMatchObject({ can_accept: false, reason: "nothing_to_refund" })
        const tooMuch = await refused(ana.warranty.claims.acceptOffer(id, { option: "refund" }))
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.message).toMatch(/^value: 1500 RON is more than the 1425 RON still refundable/)
        expect((await adminClaim(id)).status).toBe("offered")
        expect((await warranty().retrieveWarrantyCard(card)).status).toBe("active")

        // An offer in another currency is refused when made (Bad input); the refund itself checks again.
        const { errors } = await refundClaimValueWorkflow(container).run({
          input: { order_id, amount: 100, currency_code: "eur", note: "test", actor_id: null },
          throwOnError: false,
        })
        expect(errors[0].error).toMatchObject({ type: MedusaError.Types.NOT_ALLOWED, message: "value: the refund is in EUR but the order was paid in RON" })
        const after = (await adminOrder(order_id)).payment_collections[0].payments[0]
        expect(after.refunds.map((r: { amount: number }) => Number(r.amount))).toEqual([600])
      })
    })

    describe("R8.4 the diagnostic fee", () => {
      it("R8.4 a declined quote makes the fee due; the device is released only after it is paid through its payment collection", async () => {
        const id = await claimAt("awaiting_customer")
        const due = wait("warranty_claim.fee_due")
        const declined = await ana.warranty.claims.declineQuote(id)
        await due
        const [fee] = declined.warranty_claim.fees ?? []
        // R8.4: the fee in the order's currency (the test app sets 100 RON beside 20 EUR).
        expect(fee).toMatchObject({ status: "due", amount: 100, currency_code: "ron" })
        expect(fee.payment_collection_id).toMatch(/^pay_col_/)
        const collectionId = fee.payment_collection_id as string
        const payments = container.resolve(Modules.PAYMENT)
        const collection = await payments.retrievePaymentCollection(collectionId)
        expect(collection).toMatchObject({
          status: "not_paid",
          currency_code: "ron",
          metadata: { warranty_claim_id: id, ticket_number: declined.warranty_claim.ticket_number },
        })
        expect(Number(collection.amount)).toBe(100)

        // Not released while due (R8.4).
        await ana.warranty.claims.returnDetails(id, RETURN_TO)
        const held = await move(id, "ship-return", { carrier: "FAN Courier", tracking_number: "AWB1" })
        expect(held.status).toBe(400)
        expect(held.data.message).toMatch(/^fees: the diagnostic fee \(100 RON\) is due/)

        // Only a provider of the order's region can pay it (the collection has no cart to check it):
        // the pay route itself refuses one, with no session opened beforehand.
        const foreign = await refused(ana.warranty.claims.payFee(id, { provider_id: "pp_stripe_stripe", open_session: false }))
        expect(foreign.status).toBe(400)
        expect(foreign.message).toMatch(/^provider_id: "pp_stripe_stripe" is not a payment provider of the order's region/)

        // Another shopper cannot pay (or see) Ana's fee.
        expect(await outcome(bob.warranty.claims.payFee(id))).toBe(404)

        // Paid online: the client opens a session on the fee's collection through Medusa's own
        // route, then the claim's pay route authorizes and captures it.
        const paidEvent = wait("warranty_claim.fee_paid")
        const paid = await ana.warranty.claims.payFee(id)
        await paidEvent
        expect(paid.warranty_claim.fees?.[0]).toMatchObject({ status: "paid", settled_via: "online" })
        const after = await payments.retrievePaymentCollection(collectionId, { relations: ["payments", "payment_sessions"] })
        expect(after.status).toBe("completed")
        expect(Number(after.captured_amount)).toBe(100)
        expect(after.payment_sessions?.map((s) => s.provider_id)).toEqual(["pp_system_default"])
        expect(paid.warranty_claim.fees?.[0].payment_id).toBe(after.payments![0].id)
        const twice = await refused(ana.warranty.claims.payFee(id))
        expect(twice.status).toBe(400)
        expect(twice.message).toMatch(/^fees: no fee is due/)

        const shipped = await ok(move(id, "ship-return", { carrier: "FAN Courier", tracking_number: "AWB1" }))
        // R6.2: at the shopper's cost.
        expect(shipped.warranty_claim.return_shipment.paid_by).toBe("customer")
      })

      it("R8.4 staff may mark the fee paid at the counter or waive it with a reason (a waiver without one is a 400)", async () => {
        const id = await claimAt("awaiting_customer")
        await ana.warranty.claims.declineQuote(id)
        const noReason = await move(id, "fee/waive", {})
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/)
        const waived = await ok(move(id, "fee/waive", { reason: "Long-standing customer" }))
        expect(waived.warranty_claim.fees[0]).toMatchObject({ status: "waived", reference: "Long-standing customer" })
        // Nothing left to pay.
        expect((await move(id, "fee/mark-paid", {})).status).toBe(400)

        const other = await claimAt("awaiting_customer")
        await ana.warranty.claims.declineQuote(other)
        const paid = await ok(move(other, "fee/mark-paid", { reference: "till 0042" }))
        expect(paid.warranty_claim.fees[0]).toMatchObject({ status: "paid", settled_via: "counter", reference: "till 0042" })
      })

      it("R8.4 paying online while staff waive the fee: one of them is recorded, and money is taken only if the payment won", async () => {
        const id = await claimAt("awaiting_customer")
        const declined = await ana.warranty.claims.declineQuote(id)
        const collectionId = declined.warranty_claim.fees?.[0].payment_collection_id as string
        const [paid, waived] = await Promise.all([outcome(ana.warranty.claims.payFee(id)), move(id, "fee/waive", { reason: "Goodwill" })])
        expect([paid === "ok", waived.status === 200].filter(Boolean)).toHaveLength(1)
        const fee = (await adminClaim(id)).fees[0]
        const { data: pcs } = await query().graph({ entity: "payment_collection", fields: ["id", "status", "payments.captures.id"], filters: { id: collectionId } })
        const captures = ((pcs[0] as any).payments ?? []).flatMap((p: { captures?: unknown[] }) => p.captures ?? [])
        if (paid === "ok") {
          expect(fee.status).toBe("paid")
          expect(captures).toHaveLength(1)
        } else {
          expect(fee.status).toBe("waived")
          expect(captures).toHaveLength(0)
        }
      })

      it("R8.4 R11.3 no fee is possible under a free cover", async () => {
        const id = await claimAt("diagnosing")
        const r = await move(id, "quote", { amount: 300, currency_code: "ron", estimated_days: 5 })
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(/^amount: no quote or fee may be charged while a free cover applies/)
        expect((await adminClaim(id)).fees ?? []).toEqual([])
      })
    })

    describe("R8.5 trade-in", () => {
      const TRADE_IN = { kind: "trade_in", value: { amount: 800, currency_code: "ron" }, trade_in_reason: "parts_withdrawn", suggested_product_ids: [] as string[] }

      it("R8.5 accepted: a credit code, the device recycled at no cost, the claim resolved", async () => {
        const id = await offered({ ...TRADE_IN, suggested_product_ids: [dearer.product_id] })
        const { offer } = await ana.warranty.claims.offer(id)
        expect(offer.suggested_products.map((p) => p.id)).toEqual([dearer.product_id])
        expect(offer.choices.map((c) => c.option)).toEqual(["trade_in"])

        const accepted = await ana.warranty.claims.acceptOffer(id, { option: "trade_in" })
        expect(accepted.warranty_claim.status).toBe("recycling")
        expect(accepted.warranty_claim.resolution?.credit?.amount).toBe(800)
        const resolved = wait("warranty_claim.resolved")
        const recycled = await ok(move(id, "recycle", { note: "to the WEEE partner" }))
        await resolved
        expect(recycled.warranty_claim.status).toBe("closed")
        expect(recycled.warranty_claim.resolution.recycled_at).toBeTruthy()
      })

      it("R8.5 the device wanted back goes back free when another device was bought with the credit", async () => {
        const id = await offered(TRADE_IN)
        const accepted = await ana.warranty.claims.acceptOffer(id, { option: "trade_in", return_device: true })
        expect(accepted.warranty_claim.status).toBe("returning")
        const code = accepted.warranty_claim.resolution?.credit?.code as string
        const placed = wait("order.placed")
        const { order } = await checkout(api, shop, ana, [{ variant_id: dearer.variant_id, quantity: 1 }], "courier", { promo_codes: [code] })
        await placed
        expect(Number(order.discount_total)).toBe(800)
        expect((await adminClaim(id)).resolution.device_bought_order_id).toBe(order.id)
        await ana.warranty.claims.returnDetails(id, RETURN_TO)
        const shipped = await ok(move(id, "ship-return", { carrier: "FAN Courier", tracking_number: "AWB2" }))
        expect(shipped.warranty_claim.return_shipment.paid_by).toBe("shop")
      })

      it("R8.5 declined: the device goes back at the shopper's cost", async () => {
        const id = await offered(TRADE_IN)
        const declined = await ana.warranty.claims.declineOffer(id, { reason: "I will repair it elsewhere" })
        expect(declined.warranty_claim.status).toBe("returning")
        expect(declined.warranty_claim.offer?.status).toBe("declined")
        await ana.warranty.claims.returnDetails(id, RETURN_TO)
        const shipped = await ok(move(id, "ship-return", { carrier: "FAN Courier", tracking_number: "AWB3" }))
        expect(shipped.warranty_claim.return_shipment.paid_by).toBe("customer")
      })

      it("R8.5 a repair quote too costly for the device allows a trade-in instead of the quote", async () => {
        const id = await claimAt("awaiting_customer")
        // 900 is not above 50% of 2000.
        const cheap = await move(id, "offer", { kind: "trade_in", value: { amount: 2000, currency_code: "ron" }, trade_in_reason: "repair_too_costly" })
        expect(cheap.status).toBe(400)
        expect(cheap.data.message).toMatch(/^trade_in_reason:/)
        // Without a currency the value is in the order's (RON), the only one a credit can be in.
        const r = await ok(move(id, "offer", { kind: "trade_in", value: { amount: 1000 }, trade_in_reason: "repair_too_costly" }))
        expect(r.warranty_claim.status).toBe("offered")
        expect(r.warranty_claim.offer.value).toEqual({ amount: 1000, currency_code: "ron" })
      })
    })

    describe("Offer expiry", () => {
      it("R8.2-R8.5 the job reminds the shopper before expiry, then expires the offer and the device goes back; accepting it then is a 4xx", async () => {
        const id = await offered({ ...VALUATION })
        // Two days left: inside the 3-day reminder window.
        await warranty().updateWarrantyClaims({ id, offer_expires_at: new Date(Date.now() + 2 * 86_400_000) })
        const reminded = wait("warranty_claim.offer_expiring")
        await expireWarrantyOffersJob(container)
        await reminded
        const afterReminder = await adminClaim(id)
        expect(afterReminder.status).toBe("offered")
        expect(afterReminder.offer_reminded_at).toBeTruthy()

        // Past its time: even before the job runs, the shopper cannot accept it.
        const past = new Date(Date.now() - 60_000)
        const claim = await warranty().retrieveWarrantyClaim(id)
        await warranty().updateWarrantyClaims({ id, offer_expires_at: past, offer: { ...(claim.offer as object), expires_at: past.toISOString() } })
        const late = await refused(ana.warranty.claims.acceptOffer(id, { option: "credit" }))
        expect(late.status).toBe(400)
        expect(late.message).toMatch(/^offer: the offer expired/)

        const expired = wait("warranty_claim.offer_expired")
        await expireWarrantyOffersJob(container)
        await expired
        const after = await adminClaim(id)
        expect(after.status).toBe("returning")
        expect(after.offer.status).toBe("expired")
        const again = await refused(ana.warranty.claims.acceptOffer(id, { option: "credit" }))
        expect(again.status).toBe(409)
        expect(again.current_status).toBe("returning")
      })
    })

    describe("Security", () => {
      it("another shopper cannot read, accept or decline the offer (404)", async () => {
        const id = await offered(VALUATION)
        expect(await outcome(bob.warranty.claims.offer(id))).toBe(404)
        expect(await outcome(bob.warranty.claims.acceptOffer(id, { option: "credit" }))).toBe(404)
        expect(await outcome(bob.warranty.claims.declineOffer(id))).toBe(404)
        expect((await adminClaim(id)).status).toBe("offered")
        const mine = await ana.warranty.claims.offer(id)
        expect(mine.offer.can_accept).toBe(true)
      })

      it("concurrent accepts: one wins, the other gets a 409, and one credit code is made", async () => {
        const id = await offered(VALUATION)
        const results = await Promise.all([
          outcome(ana.warranty.claims.acceptOffer(id, { option: "credit" })),
          outcome(ana.warranty.claims.acceptOffer(id, { option: "refund" })),
        ])
        expect(results.map(String).sort()).toEqual(["409", "ok"])
        const promotion = container.resolve(Modules.PROMOTION)
        const claim = await adminClaim(id)
        const made = await promotion.listPromotions({}, { take: 100 })
        expect(made.length).toBe(claim.resolution.option === "refund" ? 0 : 1)
        expect(claim.events.filter((e: { move: string }) => e.move === "accept_offer").length).toBe(1)
      })
    })

    describe("Bad input", () => {
      it("unknown option, value <= 0, a product not in the catalogue: clear 400s", async () => {
        const id = await offered(VALUATION)
        const accept = (body: Parameters<typeof ana.warranty.claims.acceptOffer>[1]) => refused(ana.warranty.claims.acceptOffer(id, body))
        const unknown = await accept({ option: forged("cash") })
        expect(unknown.status).toBe(400)
        expect(unknown.message).toMatch(/option/)
        const notAllowed = await accept({ option: "replacement" })
        expect(notAllowed.status).toBe(400)
        expect(notAllowed.message).toMatch(/^option: this offer allows credit, credit_with_top_up, refund/)
        const draft = await accept({ option: "credit_with_top_up", product_id: draftProductId })
        expect(draft.status).toBe(400)
        expect(draft.message).toMatch(/^product_id: .* is not in the shop's catalogue/)
        const missing = await accept({ option: "credit_with_top_up", product_id: "prod_01NOPE" })
        expect(missing.status).toBe(400)
        const many = await accept({ option: "credit_with_top_up", product_id: dearer.product_id })
        expect(many.status).toBe(400)
        expect(many.message).toMatch(/^variant_id: .* 2 variants/)
        expect((await adminClaim(id)).status).toBe("offered")

        const other = await claimAt("unrepairable")
        for (const amount of [0, -10]) {
          const r = await move(other, "offer", { ...VALUATION, value: { amount, currency_code: "ron" } })
          expect(r.status).toBe(400)
          expect(r.data.message).toMatch(/value\.amount must be greater than 0/)
        }
        const kind = await move(other, "offer", { ...VALUATION, kind: "voucher" })
        expect(kind.status).toBe(400)
        const currency = await move(other, "offer", { ...VALUATION, value: { amount: 100, currency_code: "usd" } })
        expect(currency.status).toBe(400)
        expect(currency.data.message).toMatch(/^value\.currency_code: must be the order's currency, RON/)
        const suggested = await move(other, "offer", { ...VALUATION, suggested_product_ids: [draftProductId] })
        expect(suggested.status).toBe(400)
        expect(suggested.data.message).toMatch(/^suggested_product_ids:/)
        expect((await adminClaim(other)).status).toBe("unrepairable")
      })
    })
  },
})
