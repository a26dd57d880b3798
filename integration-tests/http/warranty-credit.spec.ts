import { medusaIntegrationTestRunner, TestEventUtils } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addDays } from "date-fns"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ADDRESS, Api, checkout, registerShopper, Shopper } from "../fixtures/store"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import { createClaimCreditStep, type CreateClaimCreditInput } from "../../src/workflows/steps/create-claim-credit"
import { createCreditCartStep, type CreateCreditCartInput } from "../../src/workflows/steps/create-credit-cart"
import {
  createFeePaymentCollectionStep,
  type CreateFeePaymentCollectionInput,
} from "../../src/workflows/steps/create-fee-payment-collection"
import { refundClaimValueWorkflow } from "../../src/workflows/refund-claim-value"

jest.setTimeout(240 * 1000)

// Tiny wrappers so the steps run as they would inside the outcome workflows.
const issueCredit = createWorkflow("test-issue-claim-credit", (input: CreateClaimCreditInput) => {
  return new WorkflowResponse(createClaimCreditStep(input))
})
const creditCart = createWorkflow("test-credit-cart", (input: CreateCreditCartInput) => {
  return new WorkflowResponse(createCreditCartStep(input))
})
const feeCollection = createWorkflow("test-fee-payment-collection", (input: CreateFeePaymentCollectionInput) => {
  return new WorkflowResponse(createFeePaymentCollectionStep(input))
})

type Res = { status: number; data: any }
const ACKS = { data_backup: true, lock_removed: true, films_removed: true, accessories_included: true, accessories: ["charger"] }

medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ana: Shopper
    let bob: Shopper
    let phone13: string
    let phone14: string
    let anaOrder: { id: string }

    const wait = (event: string, triggerCount = 1) =>
      TestEventUtils.waitSubscribersExecution(event, container.resolve(Modules.EVENT_BUS), { triggerCount })
    const settle = (p: Promise<Res>): Promise<Res> => p.catch((e: { response: Res }) => e.response)
    const warranty = () => container.resolve<WarrantyModuleService>(WARRANTY_MODULE)
    const inTwoWeeks = () => addDays(new Date(), 14).toISOString()

    const credit = async (who: Shopper, amount: number, ticket = "WR-TEST-000001") =>
      (
        await issueCredit(container).run({
          input: { claim_id: "wclaim_test", ticket_number: ticket, customer_id: who.id, amount, currency_code: "ron", expires_at: inTwoWeeks() },
        })
      ).result

    async function cartWithCode(who: Shopper, variant_id: string, code: string) {
      const opts = { headers: who.headers }
      const { data } = await api.post("/store/carts", { region_id: shop.region_id, email: who.email, items: [{ variant_id, quantity: 1 }] }, opts)
      const res = await settle(api.post(`/store/carts/${data.cart.id}/promotions`, { promo_codes: [code] }, opts))
      return res
    }

    /** Pays a cart through the store API the way a storefront does. */
    async function payCart(who: Shopper, cartId: string) {
      const opts = { headers: who.headers }
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shop.pickup_option_id }, opts)
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, opts)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, opts)
      const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, opts)
      return done
    }

    async function orderPayment(orderId: string) {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,total,currency_code,*payment_collections,*payment_collections.payments,*payment_collections.payments.refunds,*payment_collections.payments.captures`,
        { headers: admin.headers }
      )
      return data.order.payment_collections[0].payments[0]
    }

    /** A card that became active: checkout, fulfil, ship (as in warranty-claims.spec.ts). */
    async function activeCard(who: Shopper) {
      const placed = wait("order.placed")
      const { order } = await checkout(api, shop, who, [{ variant_id: phone13, quantity: 1 }], "courier")
      await placed
      const items = order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
      await api.post(`/admin/orders/${order.id}/fulfillments`, { items, location_id: shop.location_id }, { headers: admin.headers })
      const { data } = await api.get(`/admin/orders/${order.id}?fields=id,*fulfillments`, { headers: admin.headers })
      const shipped = wait("shipment.created")
      await api.post(`/admin/orders/${order.id}/fulfillments/${data.order.fulfillments[0].id}/shipments`, { items }, { headers: admin.headers })
      await shipped
      const { data: cards } = await api.get(`/admin/warranty-cards?order_id=${order.id}`, { headers: admin.headers })
      return cards.warranty_cards[0].id as string
    }

    async function fileClaim(who: Shopper) {
      const res = await settle(
        api.post(
          "/store/warranty-claims",
          { warranty_card_id: await activeCard(who), defects: ["display"], description: "Cracked", delivery_method: "courier", acknowledgements: ACKS },
          { headers: who.headers }
        )
      )
      expect(res.status).toBe(201)
      return res.data.warranty_claim as { id: string; ticket_number: string; order_id: string }
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [
        { title: "iPhone 13", variants: ["128GB"], price: 2000 },
        { title: "iPhone 14", variants: ["256GB"], price: 3000 },
      ])
      phone13 = shop.products["iPhone 13"].variants["128GB"]
      phone14 = shop.products["iPhone 14"].variants["256GB"]
      admin = await createAdmin(container)
      ana = await registerShopper(api, shop, "ana@example.com")
      bob = await registerShopper(api, shop, "bob@example.com")
      const placed = wait("order.placed")
      anaOrder = (await checkout(api, shop, ana, [{ variant_id: phone13, quantity: 1 }], "pickup")).order
      await placed
    })

    it("R8.3(a) a credit code is single-use, active, tax-inclusive and applies only to the claimant's cart", async () => {
      const c = await credit(ana, 500)
      expect(c.code).toMatch(/^CREDIT-[A-HJKMNP-Z2-9]{10}$/)
      const promotion = await container
        .resolve(Modules.PROMOTION)
        .retrievePromotion(c.promotion_id, { relations: ["campaign", "application_method", "rules"] })
      expect(promotion).toMatchObject({ status: "active", is_automatic: false, is_tax_inclusive: true, limit: 1, campaign: { id: c.campaign_id } })
      expect(promotion.application_method).toMatchObject({ type: "fixed", target_type: "order", currency_code: "ron" })
      expect(Number(promotion.application_method!.value)).toBe(500)

      const bobs = await cartWithCode(bob, phone13, c.code)
      expect(bobs.status).toBe(200)
      expect(bobs.data.cart.promotions.map((p: { code: string }) => p.code)).not.toContain(c.code)
      expect(bobs.data.cart.discount_total).toBe(0)

      const anas = await cartWithCode(ana, phone13, c.code)
      expect(anas.data.cart.promotions.map((p: { code: string }) => p.code)).toContain(c.code)
      expect(anas.data.cart.discount_total).toBe(500)
      expect(anas.data.cart.total).toBe(1500)

      // The cart step refuses to hand Bob a cart with Ana's code.
      const refused = await creditCart(container)
        .run({ input: { order_id: anaOrder.id, customer_id: bob.id, variant_id: phone14, code: c.code } })
        .then(() => null)
        .catch((e: { type?: string; message: string }) => e)
      expect(refused).toMatchObject({ type: "not_allowed", message: expect.stringMatching(/^code: the credit CREDIT-\w+ could not be applied/) })
    })

    it("R8.3(b) R8.5 a dearer product: the credit cart is paid for the difference, used once, and the claim records the order", async () => {
      const claim = await fileClaim(ana)
      const c = await credit(ana, 500, claim.ticket_number)
      // What the outcome workflow stores on the claim (only `resolution.credit.code` matters here).
      await warranty().updateWarrantyClaims({ id: claim.id, resolution: { option: "credit_with_top_up", credit: c } })

      const { result } = await creditCart(container).run({
        input: { order_id: anaOrder.id, customer_id: ana.id, variant_id: phone14, code: c.code },
      })
      const { data } = await api.get(`/store/carts/${result.cart_id}?fields=*promotions,*items,*shipping_address,total,discount_total,customer_id,email,region_id,sales_channel_id,currency_code`, {
        headers: ana.headers,
      })
      const { data: carts } = await container.resolve("query").graph({ entity: "cart", fields: ["customer_id"], filters: { id: result.cart_id } })
      expect(carts[0].customer_id).toBe(ana.id)
      expect(data.cart).toMatchObject({
        email: ana.email,
        region_id: shop.region_id,
        sales_channel_id: shop.sales_channel_id,
        currency_code: "ron",
        discount_total: 500,
        total: 2500,
        shipping_address: { address_1: ADDRESS.address_1, city: ADDRESS.city, postal_code: ADDRESS.postal_code },
      })
      expect(data.cart.items).toHaveLength(1)
      expect(data.cart.items[0]).toMatchObject({ variant_id: phone14, quantity: 1, unit_price: 3000 })

      const placed = wait("order.placed")
      const done = await payCart(ana, result.cart_id)
      expect(done.type).toBe("order")
      await placed
      expect(done.order.total).toBe(2500)
      expect(done.order.discount_total).toBe(500)

      const promotion = await container.resolve(Modules.PROMOTION).retrievePromotion(c.promotion_id)
      expect(promotion.used).toBe(1)

      const again = await cartWithCode(ana, phone13, c.code)
      expect(again.data.cart.promotions.map((p: { code: string }) => p.code)).not.toContain(c.code)
      expect(again.data.cart.discount_total).toBe(0)

      // R8.5: the order.placed subscriber linked the order to the claim whose credit it used.
      const after = await warranty().retrieveWarrantyClaim(claim.id)
      expect(after.resolution).toMatchObject({ device_bought_order_id: done.order.id, credit: { code: c.code } })
    })

    it("R8.3(c) a refund of the value goes back on the original order's captured payment", async () => {
      const placed = wait("order.placed")
      const { order } = await checkout(api, shop, ana, [{ variant_id: phone13, quantity: 1 }], "pickup")
      await placed
      const refund = (amount: number, currency_code = "ron") =>
        refundClaimValueWorkflow(container)
          .run({ input: { order_id: order.id, amount, currency_code, note: "WR-TEST refund", actor_id: null } })
          .then((r) => r.result)
          .catch((e: Error & { type?: string }) => e)

      const notCaptured = await refund(300)
      expect(notCaptured).toMatchObject({ type: "not_allowed" })
      expect((notCaptured as Error).message).toMatch(/^order: the order's payment has not been captured/)

      const payment = await orderPayment(order.id)
      await api.post(`/admin/payments/${payment.id}/capture`, {}, { headers: admin.headers })

      const wrongCurrency = await refund(300, "eur")
      expect((wrongCurrency as Error).message).toMatch(/^value: the refund is in EUR but the order was paid in RON/)
      const tooMuch = await refund(2000.01)
      expect(tooMuch).toMatchObject({ type: "not_allowed" })
      expect((tooMuch as Error).message).toMatch(/^value: 2000.01 RON is more than the 2000 RON still refundable/)

      const refunded = wait("payment.refunded")
      const done = await refund(300)
      await refunded
      expect(done).toMatchObject({ payment_id: payment.id, amount: 300, currency_code: "ron" })
      const after = await orderPayment(order.id)
      expect(after.refunds).toHaveLength(1)
      expect(after.refunds[0]).toMatchObject({ id: (done as { refund_id: string }).refund_id, amount: 300, note: "WR-TEST refund" })

      const rest = await refund(1701)
      expect((rest as Error).message).toMatch(/^value: 1701 RON is more than the 1700 RON still refundable/)
    })

    it("R8.4 a fee's payment collection is paid by the storefront: session, authorize, capture -> completed", async () => {
      const { result } = await feeCollection(container).run({
        input: { claim_id: "wclaim_test", ticket_number: "WR-TEST-000002", amount: 20, currency_code: "eur" },
      })
      const payments = container.resolve(Modules.PAYMENT)
      const before = await payments.retrievePaymentCollection(result.payment_collection_id)
      expect(before).toMatchObject({ status: "not_paid", currency_code: "eur", metadata: { warranty_claim_id: "wclaim_test", ticket_number: "WR-TEST-000002" } })
      expect(Number(before.amount)).toBe(20)

      const session = await api.post(
        `/store/payment-collections/${result.payment_collection_id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        { headers: ana.headers }
      )
      const sessionId = session.data.payment_collection.payment_sessions[0].id
      const payment = await payments.authorizePaymentSession(sessionId, {})
      await payments.capturePayment({ payment_id: payment.id })
      const after = await payments.retrievePaymentCollection(result.payment_collection_id)
      expect(after.status).toBe("completed")
      expect(Number(after.captured_amount)).toBe(20)
    })

    it("R8.4 the shopper pays the due diagnostic fee through POST /store/warranty-claims/:id/fee/pay", async () => {
      const claim = await fileClaim(ana)
      const move = (path: string, body: object = {}) =>
        settle(api.post(`/admin/warranty-claims/${claim.id}/${path}`, body, { headers: admin.headers }))
      await move("receive", { original_packaging: true, seals_intact: true, battery_percent: 91 })
      await move("diagnose", { findings: "Liquid indicator red", covered: false, exclusion_reason: "water_damage" })
      await move("quote", { amount: 200, currency_code: "eur", estimated_days: 10 })
      const declined = await settle(api.post(`/store/warranty-claims/${claim.id}/quote/decline`, {}, { headers: ana.headers }))
      expect(declined.data.warranty_claim.fees).toMatchObject([{ status: "due", amount: 20, currency_code: "eur" }])

      // Until the move workflow makes the collection itself, give the fee one here.
      let collectionId = declined.data.warranty_claim.fees[0].payment_collection_id as string | undefined
      if (!collectionId) {
        collectionId = (
          await feeCollection(container).run({
            input: { claim_id: claim.id, ticket_number: claim.ticket_number, amount: 20, currency_code: "eur" },
          })
        ).result.payment_collection_id
        const fees = declined.data.warranty_claim.fees.map((f: object) => ({ ...f, payment_collection_id: collectionId }))
        await warranty().updateWarrantyClaims({ id: claim.id, fees })
      }

      const foreign = await settle(api.post(`/store/warranty-claims/${claim.id}/fee/pay`, {}, { headers: bob.headers }))
      expect(foreign.status).toBe(404)

      const paid = await settle(api.post(`/store/warranty-claims/${claim.id}/fee/pay`, {}, { headers: ana.headers }))
      expect(paid.status).toBe(200)
      expect(paid.data.warranty_claim.fees).toMatchObject([{ status: "paid", settled_via: "online", payment_collection_id: collectionId }])
      const collection = await container.resolve(Modules.PAYMENT).retrievePaymentCollection(collectionId!, { relations: ["payments"] })
      expect(collection.status).toBe("completed")
      expect(Number(collection.captured_amount)).toBe(20)
      expect(paid.data.warranty_claim.fees[0].payment_id).toBe(collection.payments![0].id)

      const twice = await settle(api.post(`/store/warranty-claims/${claim.id}/fee/pay`, {}, { headers: ana.headers }))
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/^fees: no fee is due/)
    })
  },
})
