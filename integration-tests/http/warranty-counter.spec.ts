import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ok, settle, staffDesk } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, refused, registerShopper, Shopper } from "../fixtures/store"

jest.setTimeout(240 * 1000)

type Event = { move: string; actor: string; actor_id: string | null; data: Record<string, unknown> | null }
const CHANNELS = ["counter", "phone", "email"] as const

/**
 * The shopper's answers staff record at the counter, on the phone or by e-mail (R7.3, R8.2-R8.5),
 * and the offer guards: an offer is made only with choices that can be carried out, and each
 * choice says whether it can be taken now.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { user: { id: string }; headers: Record<string, string> }
    let ana: Shopper
    /** Ana's active phone cards (shipped, payment captured), one per test. */
    let cards: string[] = []
    let phone: string
    let rare: string

    const desk = staffDesk(api, () => ({ container, shop, admin }))
    const { wait, adminClaim } = desk
    const post = desk.move
    const lastEvent = async (id: string): Promise<Event> => {
      const events = (await adminClaim(id)).events as Event[]
      return events[events.length - 1]
    }
    const query = () => container.resolve(ContainerRegistrationKeys.QUERY)

    /** Ana's courier order of `quantity` units of `variant_id`, shipped; captured unless told not to. */
    const shippedOrder = async (variant_id: string, quantity: number, capture = true) => {
      const order = await desk.shippedOrder(ana, variant_id, quantity, { capture })
      return { ...order, cards: order.cards.map((c) => c.id) }
    }

    /** A claim on one of Ana's cards, received and diagnosed, at `status`. */
    async function claimAt(status: "diagnosing" | "unrepairable" | "awaiting_customer", card?: string) {
      const warranty_card_id = card ?? cards.shift()
      if (!warranty_card_id) {
        throw new Error("test setup: out of cards")
      }
      const filed = await ana.warranty.claims.create({ warranty_card_id, defects: ["display"], description: "Black screen", delivery_method: "drop_off", acknowledgements: ACKS })
      const id = filed.warranty_claim.id
      await ok(post(id, "receive", { original_packaging: true, seals_intact: true }))
      if (status === "awaiting_customer") {
        await ok(post(id, "diagnose", { findings: "cracked board after a fall", covered: false, exclusion_reason: "user_damage" }))
        await ok(post(id, "quote", { amount: 900, currency_code: "ron", estimated_days: 7 }))
        return id
      }
      await ok(post(id, "diagnose", { findings: "logic board fault", covered: true }))
      if (status === "unrepairable") {
        await ok(post(id, "mark-unrepairable", { note: "board no longer made" }))
      }
      return id
    }

    const VALUATION = { kind: "valuation", value: { amount: 1500 }, basis: "market_value", basis_note: "median of five listings" }
    const TRADE_IN = { kind: "trade_in", value: { amount: 800 }, trade_in_reason: "parts_withdrawn" }

    async function offered(body: object, card?: string) {
      const id = await claimAt("unrepairable", card)
      await ok(post(id, "offer", body))
      return id
    }

    /** The log entry of a recorded answer: the shopper's, given via the channel, recorded by the staff member. */
    function expectRecorded(event: Event, move: string, channel: string) {
      expect(event).toMatchObject({ move, actor: "customer", actor_id: ana.id })
      expect(event.data).toMatchObject({ channel, recorded_by: admin.user.id })
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [
        { title: "iPhone 12", variants: ["128GB"], price: 2000, stock: 40 },
        { title: "Pixel 7", variants: ["256GB"], price: 1800, stock: 2 },
      ])
      admin = (await createAdmin(container)) as typeof admin
      ana = await registerShopper(api, shop, "ana@example.com")
      phone = shop.products["iPhone 12"].variants["128GB"]
      rare = shop.products["Pixel 7"].variants["256GB"]
      cards = (await shippedOrder(phone, 20)).cards
    })

    describe("Answers recorded by staff (same moves, same rules as the shopper's own)", () => {
      for (const channel of CHANNELS) {
        it(`R7.3 the shopper accepts the quote via ${channel}: the repair starts, the log is the shopper's with channel and recorded_by, the event fires`, async () => {
          const id = await claimAt("awaiting_customer")
          expect((await adminClaim(id)).customer_answers).toEqual(["accept_quote", "decline_quote"])
          const accepted = wait("warranty_claim.quote_accepted")
          const r = await ok(post(id, "quote/accept", { channel }))
          await accepted
          expect(r.warranty_claim.status).toBe("repairing")
          expect(r.warranty_claim.quote.decision).toBe("accepted")
          // The answer is the staff's view of the claim.
          expect(r.warranty_claim.events).toBeDefined()
          expect(r.warranty_claim.customer_answers).toEqual([])
          expectRecorded(await lastEvent(id), "accept_quote", channel)
        })
      }

      it("R8.4 the shopper declines the quote by phone: the fee becomes due and the device goes back, as when they decline online", async () => {
        const id = await claimAt("awaiting_customer")
        const declined = wait("warranty_claim.quote_declined")
        const r = await ok(post(id, "quote/decline", { channel: "phone" }))
        await declined
        expect(r.warranty_claim.status).toBe("returning")
        expect(r.warranty_claim.quote.decision).toBe("declined")
        expectRecorded(await lastEvent(id), "decline_quote", "phone")
        // Answered once: the shopper's own answer is now refused like any second answer.
        const again = await refused(ana.warranty.claims.acceptQuote(id))
        expect(again.status).toBe(409)
      })

      for (const channel of CHANNELS) {
        it(`R8.3 the shopper takes a valuation's credit via ${channel}: the same outcome (a credit code bound to the shopper), logged as theirs`, async () => {
          const id = await offered(VALUATION)
          const claim = await adminClaim(id)
          expect(claim.customer_answers).toEqual(["accept_offer", "decline_offer"])
          expect(claim.offer_options.map((o: { option: string; can_accept: boolean }) => [o.option, o.can_accept])).toEqual([
            ["credit", true],
            ["credit_with_top_up", true],
            ["refund", true],
          ])
          const accepted = wait("warranty_claim.offer_accepted")
          const r = await ok(post(id, "offer/accept", { channel, option: "credit" }))
          await accepted
          expect(r.warranty_claim.status).toBe("closed")
          const credit = r.warranty_claim.resolution.credit
          expect(credit.code).toMatch(/^CREDIT-/)
          const promotion = await container.resolve(Modules.PROMOTION).retrievePromotion(credit.promotion_id, { relations: ["rules", "rules.values"] })
          expect(promotion.rules?.[0].values?.map((v) => v.value)).toEqual([ana.id])
          expectRecorded(await lastEvent(id), "accept_offer", channel)
        })
      }

      it("R8.5 a trade-in accepted at the counter with the device wanted back, and an offer declined by e-mail with the shopper's reason", async () => {
        const trade = await offered(TRADE_IN)
        const r = await ok(post(trade, "offer/accept", { channel: "counter", option: "trade_in", return_device: true }))
        expect(r.warranty_claim.status).toBe("returning")
        expect(r.warranty_claim.offer.return_device).toBe(true)
        expectRecorded(await lastEvent(trade), "accept_trade_in_return", "counter")

        const other = await offered(TRADE_IN)
        const declined = wait("warranty_claim.offer_declined")
        const d = await ok(post(other, "offer/decline", { channel: "email", reason: "Will repair it elsewhere" }))
        await declined
        expect(d.warranty_claim.status).toBe("returning")
        expect(d.warranty_claim.offer).toMatchObject({ status: "declined", decline_reason: "Will repair it elsewhere" })
        expectRecorded(await lastEvent(other), "decline_offer", "email")
      })

      it("R8.3 the shopper's rules apply to a recorded answer: an option the offer does not give and (b) without a product are the same 400s", async () => {
        const id = await offered(VALUATION)
        const foreign = await post(id, "offer/accept", { channel: "counter", option: "replacement" })
        expect(foreign.status).toBe(400)
        const shopper = await refused(ana.warranty.claims.acceptOffer(id, { option: "replacement" }))
        expect(foreign.data.message).toBe(shopper.message)
        const noProduct = await post(id, "offer/accept", { channel: "counter", option: "credit_with_top_up" })
        expect(noProduct.status).toBe(400)
        expect(noProduct.data.message).toMatch(/^product_id: choose the product to buy with the credit/)
        expect((await adminClaim(id)).status).toBe("offered")
      })

      it("a recorded answer needs its channel (400 naming channel), an unknown claim is a 404, and an answer not due is a 409", async () => {
        const id = await claimAt("awaiting_customer")
        for (const body of [{}, { channel: "fax" }]) {
          const r = await post(id, "quote/accept", body)
          expect(r.status).toBe(400)
          expect(r.data.message).toMatch(/channel/)
        }
        const noChannel = await post(id, "offer/accept", { option: "credit" })
        expect(noChannel.status).toBe(400)
        expect(noChannel.data.message).toMatch(/channel/)
        expect((await adminClaim(id)).status).toBe("awaiting_customer")

        expect((await post("wclm_01NOPE", "quote/accept", { channel: "counter" })).status).toBe(404)
        expect((await post("wclm_01NOPE", "offer/decline", { channel: "counter" })).status).toBe(404)

        // R7.3: no quote is waiting on a claim under diagnosis; no offer is open on a quoted one.
        const diagnosing = await claimAt("diagnosing")
        const early = await post(diagnosing, "quote/accept", { channel: "counter" })
        expect(early.status).toBe(409)
        expect(early.data.current_status).toBe("diagnosing")
        expect((await adminClaim(diagnosing)).customer_answers).toEqual([])
        const noOffer = await post(id, "offer/accept", { channel: "phone", option: "credit" })
        expect(noOffer.status).toBe(409)
        // Staff cannot make the shopper's move as staff: the store route stays the shopper's.
        expect((await adminClaim(id)).status).toBe("awaiting_customer")
      })
    })

    describe("Offer guards: only choices that can be carried out (R8.2-R8.5)", () => {
      it("R8.2 R8.3 R8.5 on an order whose payment is only authorized a replacement, a valuation or a trade-in is refused with the way out (capture)", async () => {
        const { cards: [card], payment_id } = await shippedOrder(phone, 1, false)
        const id = await claimAt("unrepairable", card)
        const replacement = await post(id, "offer", { kind: "replacement" })
        expect(replacement.status).toBe(400)
        expect(replacement.data.message).toBe(
          "kind: the order's payment is only authorized, and an exchange would cancel it. Capture the payment on the order first, or offer a valuation"
        )
        const valuation = await post(id, "offer", VALUATION)
        expect(valuation.status).toBe(400)
        expect(valuation.data.message).toMatch(/^kind: the order's payment is only authorized.* Capture the payment on the order first/)
        expect((await adminClaim(id)).status).toBe("unrepairable")

        // The way out: captured, the replacement is offered and can be taken.
        await ok(settle(api.post(`/admin/payments/${payment_id}/capture`, {}, { headers: admin.headers })))
        await ok(post(id, "offer", { kind: "replacement" }))
        const { offer } = await ana.warranty.claims.offer(id)
        expect(offer.can_accept).toBe(true)
        expect(offer.choices).toEqual([expect.objectContaining({ option: "replacement", can_accept: true, reason: null, reason_text: null })])

        // A trade-in credit too (R8.5): its unit goes back through a return on the order, which would
        // cancel an authorized-only payment; captured, it is made.
        const other = await shippedOrder(phone, 1, false)
        const trade = await claimAt("awaiting_customer", other.cards[0])
        const early = await post(trade, "offer", { kind: "trade_in", value: { amount: 300 }, trade_in_reason: "end_of_life" })
        expect(early.status).toBe(400)
        expect(early.data.message).toMatch(/^kind: the order's payment is only authorized.*Capture the payment on the order first$/)
        await ok(settle(api.post(`/admin/payments/${other.payment_id}/capture`, {}, { headers: admin.headers })))
        const credit = await ok(post(trade, "offer", { kind: "trade_in", value: { amount: 300 }, trade_in_reason: "end_of_life" }))
        expect(credit.warranty_claim.offer_options).toEqual([{ option: "trade_in", can_accept: true, reason: null }])
      })

      it("R8.2 an out-of-stock replacement is refused when offered, and the offer names the unit (product_title, variant_title, sku) in its log entry", async () => {
        const inventory = container.resolve(Modules.INVENTORY)
        const { data: links } = await query().graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: rare } })
        const itemId = (links[0] as any).inventory_items[0].inventory_item_id
        await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: shop.location_id, stocked_quantity: 0 }])
        const id = await claimAt("unrepairable")
        const none = await post(id, "offer", { kind: "replacement", replacement_variant_id: rare })
        expect(none.status).toBe(400)
        expect(none.data.message).toBe("replacement_variant_id: no unit of Pixel 7 256GB is in stock; offer a valuation instead (R8.3)")

        await ok(post(id, "offer", { kind: "replacement" }))
        const made = (await lastEvent(id)) as Event
        expect(made.move).toBe("make_offer")
        expect(made.data).toMatchObject({ replacement_variant_id: phone, product_title: "iPhone 12", variant_title: "128GB", sku: "IPHONE-12-128GB" })
        await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: shop.location_id, stocked_quantity: 2 }])
      })

      it("R8.2 can_accept is false when the stock goes after the offer: the store choice says why, staff cannot record a yes, accepting is refused", async () => {
        const id = await offered({ kind: "replacement", replacement_variant_id: rare })
        const inventory = container.resolve(Modules.INVENTORY)
        const claim = await adminClaim(id)
        expect(claim.offer.product_title).toBe("Pixel 7")
        // Staff let go of the hold in Medusa, then the last units are sold.
        await inventory.deleteReservationItems(claim.offer.reservation_ids)
        const { data: links } = await query().graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: rare } })
        const itemId = (links[0] as any).inventory_items[0].inventory_item_id
        await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: shop.location_id, stocked_quantity: 0 }])

        const { offer } = await ana.warranty.claims.offer(id)
        expect(offer.can_accept).toBe(false)
        expect(offer.choices[0]).toMatchObject({ option: "replacement", can_accept: false, reason: "out_of_stock" })
        expect(offer.choices[0].reason_text).toMatch(/stoc/)
        const after = await adminClaim(id)
        expect(after.offer_options).toEqual([{ option: "replacement", can_accept: false, reason: "out_of_stock" }])
        expect(after.customer_answers).toEqual(["decline_offer"])
        const recorded = await post(id, "offer/accept", { channel: "counter", option: "replacement" })
        expect(recorded.status).toBe(409)
        expect(recorded.data.message).toMatch(/^replacement_variant_id: no unit of Pixel 7 256GB is in stock/)
        expect((await adminClaim(id)).status).toBe("offered")
      })

      it("R8.3 offers default to the order's currency; another currency is refused", async () => {
        const id = await claimAt("unrepairable")
        const r = await ok(post(id, "offer", VALUATION))
        expect(r.warranty_claim.offer.value).toEqual({ amount: 1500, currency_code: "ron" })
        const { offer } = await ana.warranty.claims.offer(id)
        expect(offer.choices.map((c) => c.can_accept)).toEqual([true, true, true])
        const eur = await post(id, "offer", { ...VALUATION, value: { amount: 300, currency_code: "eur" } })
        expect(eur.status).toBe(400)
        expect(eur.data.message).toMatch(/^value\.currency_code: must be the order's currency, RON/)
      })
    })
  },
})
