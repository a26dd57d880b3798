import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { settle, staffDesk, type Res } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { ACKS, Api, outcome, refused, registerShopper, Shopper, visitorClient } from "../fixtures/store"
import type { StoreCreateWarrantyClaimBody } from "../../src/client"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import syncTransferredOrderCardsJob from "../../src/jobs/sync-transferred-order-cards"
import { OWNER_CHECK_KEYS } from "../../src/api/utils/shopper-owner-check"

jest.setTimeout(240 * 1000)

type ShippedOrder = { order_id: string; cards: { id: string; card_number: string }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { user: { id: string }; headers: Record<string, string> }
    let ana: Shopper
    let bob: Shopper
    let carol: Shopper
    /** Gina checked out as a guest, then made an account with the same address. */
    let gina: Shopper
    let guestOrder: ShippedOrder
    let anaOrder: ShippedOrder

    // A loaded machine (several suites at once) can take longer than the default 15 s per event.
    const desk = staffDesk(api, () => ({ container, shop, admin }), { timeout: 60_000 })
    const staff = () => ({ headers: admin.headers })
    const warranty = () => container.resolve<WarrantyModuleService>(WARRANTY_MODULE)
    const phone = () => shop.products["iPhone 13"].variants["128GB"]

    function file(who: Shopper, warranty_card_id: string, extra: Partial<StoreCreateWarrantyClaimBody> = {}) {
      return who.warranty.claims.create({
        warranty_card_id,
        defects: ["display"],
        description: "The screen flickers",
        delivery_method: "courier",
        acknowledgements: ACKS,
        ...extra,
      })
    }

    /** Every store read of a card: its page, eligibility, PDF; each a 404 for someone else. */
    async function cardReads(who: Shopper, id: string) {
      return {
        page: await outcome(who.warranty.cards.retrieve(id)),
        eligibility: await outcome(who.warranty.cards.eligibility(id, { defects: ["display"] })),
        pdf: await outcome(who.warranty.cards.document(id)),
      }
    }

    const listed = async (who: Shopper) => (await who.warranty.cards.list({ limit: 50 })).warranty_cards.map((c) => c.id)
    const adminCard = async (id: string) => (await api.get(`/admin/warranty-cards/${id}`, staff())).data.warranty_card
    const owners = async (id: string) => (await api.get(`/admin/warranty-cards/${id}/owners`, staff())).data
    const staffTransfer = (id: string, body: object) =>
      settle(api.post(`/admin/warranty-cards/${id}/transfer`, body, staff()) as Promise<Res>)

    /** The last e-mail of a template to an address (the Notification Module's record). */
    async function lastMail(to: string, template: string) {
      const mails = await container.resolve(Modules.NOTIFICATION).listNotifications({ to, template }, { order: { created_at: "DESC" } })
      if (!mails.length) {
        throw new Error(`no ${template} e-mail to ${to}`)
      }
      return mails[0].data as Record<string, string>
    }

    /** Medusa's order transfer, requested by the shopper (store) and accepted with the e-mailed token. */
    async function requestOrderTransfer(who: Shopper, order_id: string) {
      const sent = desk.wait("order.transfer_requested")
      const res = await settle(api.post(`/store/orders/${order_id}/transfer/request`, {}, { headers: who.headers }) as Promise<Res>)
      expect(res.status).toBe(200)
      await sent
    }
    const acceptOrderTransfer = (order_id: string, token: string) =>
      settle(api.post(`/store/orders/${order_id}/transfer/accept`, { token }, { headers: { "x-publishable-api-key": shop.publishable_key } }) as Promise<Res>)

    /** Staff transfer an order to a registered customer; the order's e-mail gets the token; it is accepted. */
    async function adminOrderTransfer(order_id: string, customer_id: string, orderEmail: string) {
      const sent = desk.wait("order.transfer_requested")
      expect((await settle(api.post(`/admin/orders/${order_id}/transfer`, { customer_id }, staff()) as Promise<Res>)).status).toBe(200)
      await sent
      const { token } = await lastMail(orderEmail, "order-transfer-requested")
      expect((await acceptOrderTransfer(order_id, token)).status).toBe(200)
    }

    /** A card transfer the owner starts; the token from the new owner's e-mail. */
    async function startCardTransfer(who: Shopper, card_id: string, email: string) {
      const { warranty_card_transfer } = await who.warranty.cards.requestTransfer(card_id, { email })
      const mail = await lastMail(email, "warranty-card-transfer-requested")
      expect(mail.transfer_id).toBe(warranty_card_transfer.id)
      return { transfer: warranty_card_transfer, token: mail.token }
    }

    /** Runs `fn` with plugin options changed, as a shop would configure them. */
    async function withOptions(change: { card_transfers?: boolean; order_transfer_email?: boolean }, fn: () => Promise<void>) {
      const options = warranty().getOptions()
      const before = { card_transfers: options.card_transfers, order_transfer_email: options.order_transfer_email }
      Object.assign(options, change)
      try {
        await fn()
      } finally {
        Object.assign(options, before)
      }
    }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [{ title: "iPhone 13", variants: ["128GB"] }])
      admin = await createAdmin(container)
      const pk = { "x-publishable-api-key": shop.publishable_key }
      const guest: Shopper = { id: "", email: "gina@example.com", headers: pk, warranty: visitorClient(api, shop) }
      guestOrder = await desk.shippedOrder(guest, phone(), 2)
      gina = await registerShopper(api, shop, "gina@example.com")
      ana = await registerShopper(api, shop, "ana@example.com")
      bob = await registerShopper(api, shop, "bob@example.com")
      carol = await registerShopper(api, shop, "carol@example.com")
      anaOrder = await desk.shippedOrder(ana, phone(), 2)
    })

    describe("guest orders and order transfers (issue 11 s.2)", () => {
      it("a guest's checkout has cards tied to the order, on the guest customer", async () => {
        expect(guestOrder.cards).toHaveLength(2)
        const card = await adminCard(guestOrder.cards[0].id)
        expect(card.order_id).toBe(guestOrder.order_id)
        const guestCustomer = card.customer_id as string
        expect(guestCustomer).toBeTruthy()
        expect(guestCustomer).not.toBe(gina.id)
        // The account with the same e-mail does not see them before the order is hers.
        expect(await listed(gina)).toEqual([])
        expect(await cardReads(gina, guestOrder.cards[0].id)).toEqual({ page: 404, eligibility: 404, pdf: 404 })
      })

      it("the shopper brings the guest order into her account: store request, the token e-mailed to the order's address, accept; the cards, PDF, eligibility and filing follow", async () => {
        const [{ customer_id: guestCustomer }] = await warranty().listWarrantyCards({ id: guestOrder.cards[0].id })
        await requestOrderTransfer(gina, guestOrder.order_id)
        const mail = await lastMail("gina@example.com", "order-transfer-requested")
        // The token is Medusa's own, from the order change's transfer action.
        const { data: changes } = await container.resolve("query").graph({
          entity: "order_change",
          fields: ["actions.action", "actions.details"],
          filters: { order_id: guestOrder.order_id, change_type: "transfer" },
        })
        const action = (changes[0].actions as { action: string; details: { token: string } }[]).find((a) => a.action === "TRANSFER_CUSTOMER")
        expect(mail.token).toBe(action!.details.token)
        expect(mail.text).toContain(mail.token)
        expect(mail.locale).toBe("ro")

        expect((await acceptOrderTransfer(guestOrder.order_id, mail.token)).status).toBe(200)
        const ids = guestOrder.cards.map((c) => c.id)
        expect((await listed(gina)).sort()).toEqual([...ids].sort())
        expect(await cardReads(gina, ids[0])).toEqual({ page: "ok", eligibility: "ok", pdf: "ok" })
        const { warranty_claim } = await file(gina, ids[0])
        expect(warranty_claim.status).toBe("submitted")
        const log = await owners(ids[0])
        expect(log.warranty_card_owners.map((o: { source: string; customer_id: string }) => [o.source, o.customer_id])).toEqual([
          ["sale", guestCustomer],
          ["order_transfer", gina.id],
        ])
        expect(log.warranty_card_owners[1].note).toBe(guestOrder.order_id)
        expect((await adminCard(ids[1])).customer_id).toBe(gina.id)
      })

      it("staff transfer an order to another account; accepted, the new owner sees and claims, the old one gets 404 on cards, claims, PDF, eligibility", async () => {
        const [first, second] = anaOrder.cards.map((c) => c.id)
        const { warranty_claim: claim } = await file(ana, first)
        await adminOrderTransfer(anaOrder.order_id, bob.id, "ana@example.com")

        expect(await cardReads(ana, first)).toEqual({ page: 404, eligibility: 404, pdf: 404 })
        expect(await listed(ana)).toEqual([])
        expect(await outcome(ana.warranty.claims.retrieve(claim.id))).toBe(404)
        expect((await ana.warranty.claims.list()).warranty_claims).toEqual([])
        expect(await outcome(file(ana, second))).toBe(404)

        expect((await listed(bob)).sort()).toEqual([first, second].sort())
        expect(await cardReads(bob, second)).toEqual({ page: "ok", eligibility: "ok", pdf: "ok" })
        expect((await bob.warranty.claims.retrieve(claim.id)).warranty_claim.ticket_number).toBe(claim.ticket_number)
        expect(await outcome(bob.warranty.claims.cancel(claim.id))).toBe("ok")
        expect((await file(bob, second)).warranty_claim.status).toBe("submitted")
      })

      it("issue 12 (P1): reads skip the owner check while nothing changed; accepting a transfer clears it before the answer, so the very next reads show the new owner", async () => {
        // medusa-config registers Medusa's caching module (in memory without Redis, Redis with it).
        const caching = container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
        expect(caching).toBeDefined()
        const cache = caching as ICachingModuleService
        const ids = anaOrder.cards.map((c) => c.id).sort()
        const sent = desk.wait("order.transfer_requested")
        expect((await settle(api.post(`/admin/orders/${anaOrder.order_id}/transfer`, { customer_id: bob.id }, staff()) as Promise<Res>)).status).toBe(200)
        await sent
        const { token } = await lastMail("ana@example.com", "order-transfer-requested")

        // Both shoppers read after the request: each check is remembered with the generation.
        expect((await listed(ana)).sort()).toEqual(ids)
        expect(await listed(bob)).toEqual([])
        const generation = await cache.get({ key: OWNER_CHECK_KEYS.generation })
        expect(generation).toEqual({ generation: expect.any(String) })
        expect(await cache.get({ key: OWNER_CHECK_KEYS.checked(ana.id) })).toEqual(generation)
        expect(await cache.get({ key: OWNER_CHECK_KEYS.checked(bob.id) })).toEqual(generation)

        // The accept (Medusa's order change) clears the generation through the caching module's own events.
        expect((await acceptOrderTransfer(anaOrder.order_id, token)).status).toBe(200)
        expect(await cache.get({ key: OWNER_CHECK_KEYS.generation })).toBeNull()
        expect(await listed(ana)).toEqual([])
        expect(await cardReads(ana, ids[0])).toEqual({ page: 404, eligibility: 404, pdf: 404 })
        expect((await listed(bob)).sort()).toEqual(ids)
        expect((await adminCard(ids[0])).customer_id).toBe(bob.id)
        // Checked once more under the new generation, then skipped again.
        const next = await cache.get({ key: OWNER_CHECK_KEYS.generation })
        expect(next).not.toEqual(generation)
        expect(await cache.get({ key: OWNER_CHECK_KEYS.checked(bob.id) })).toEqual(next)
      })

      it("staff transfer an order to a guest: the previous account holder gets 404 and the guest customer owns the cards", async () => {
        const [first] = anaOrder.cards.map((c) => c.id)
        const res = await settle(api.post(`/admin/orders/${anaOrder.order_id}/transfer/guest`, { email: "new.guest@example.com" }, staff()) as Promise<Res>)
        expect(res.status).toBe(200)
        expect(await cardReads(ana, first)).toEqual({ page: 404, eligibility: 404, pdf: 404 })
        const { data } = await api.get(`/admin/orders/${anaOrder.order_id}?fields=id,customer_id,customer.email`, staff())
        expect(data.order.customer.email).toBe("new.guest@example.com")
        expect((await adminCard(first)).customer_id).toBe(data.order.customer_id)
      })

      it("the job moves the cards of a transferred order before anyone reads them (staff lists, claim e-mails)", async () => {
        const [first] = anaOrder.cards.map((c) => c.id)
        const { warranty_claim: claim } = await file(ana, first)
        await adminOrderTransfer(anaOrder.order_id, carol.id, "ana@example.com")
        const [before] = await warranty().listWarrantyCards({ id: first })
        expect(before.customer_id).toBe(ana.id)
        await syncTransferredOrderCardsJob(container)
        const [after] = await warranty().listWarrantyCards({ id: first })
        expect(after.customer_id).toBe(carol.id)
        const [claimAfter] = await warranty().listWarrantyClaims({ id: claim.id })
        expect(claimAfter.customer_id).toBe(carol.id)
        // Run again: nothing left to move, nothing logged twice.
        await syncTransferredOrderCardsJob(container)
        expect((await owners(first)).warranty_card_owners).toHaveLength(2)
      })

      it("a card handed on to a second owner is not pulled back by a later order transfer", async () => {
        const [resold, kept] = anaOrder.cards.map((c) => c.id)
        expect((await staffTransfer(resold, { customer_id: carol.id })).status).toBe(200)
        await adminOrderTransfer(anaOrder.order_id, bob.id, "ana@example.com")
        expect(await listed(bob)).toEqual([kept])
        expect(await listed(carol)).toEqual([resold])
        expect((await adminCard(resold)).customer_id).toBe(carol.id)
      })

      it("option order_transfer_email off: no e-mail is sent (the shop sends its own)", async () => {
        await withOptions({ order_transfer_email: false }, async () => {
          await requestOrderTransfer(bob, anaOrder.order_id)
          const mails = await container.resolve(Modules.NOTIFICATION).listNotifications({ template: "order-transfer-requested" })
          expect(mails).toEqual([])
        })
      })
    })

    describe("a second owner (issue 11 s.3)", () => {
      it("staff hand a card to another customer: same dates, the new owner files, the old one gets 404, the log names who", async () => {
        const [id] = anaOrder.cards.map((c) => c.id)
        const before = await adminCard(id)
        const res = await staffTransfer(id, { customer_id: carol.id, note: "Resold at the counter" })
        expect(res.status).toBe(200)
        expect(res.data.warranty_card).toMatchObject({
          id,
          customer_id: carol.id,
          starts_on: before.starts_on,
          ends_on: before.ends_on,
          battery_ends_on: before.battery_ends_on,
          status: "active",
        })
        expect(await cardReads(ana, id)).toEqual({ page: 404, eligibility: 404, pdf: 404 })
        expect(await cardReads(carol, id)).toEqual({ page: "ok", eligibility: "ok", pdf: "ok" })
        expect((await file(carol, id)).warranty_claim.status).toBe("submitted")
        const log = (await owners(id)).warranty_card_owners
        expect(log).toMatchObject([
          { source: "sale", customer_id: ana.id, actor: "system", customer: { email: "ana@example.com" } },
          {
            source: "admin_transfer",
            customer_id: carol.id,
            previous_customer_id: ana.id,
            actor: "admin",
            actor_id: admin.user.id,
            actor_email: "admin@example.com",
            note: "Resold at the counter",
            source_label: "Mutat de personal",
          },
        ])
      })

      it("staff transfer: bad input is a 400 naming the field; an unknown card 404; same owner, open claim: 400; option off: 403", async () => {
        const [id, other] = anaOrder.cards.map((c) => c.id)
        const missing = await staffTransfer(id, {})
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("customer_id")
        const unknown = await staffTransfer(id, { customer_id: "cus_nobody" })
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("customer_id")
        expect((await staffTransfer("wcard_nope", { customer_id: carol.id })).status).toBe(404)
        const same = await staffTransfer(id, { customer_id: ana.id })
        expect(same.status).toBe(400)
        expect(same.data.message).toContain("already belongs")
        const { warranty_claim } = await file(ana, other)
        const open = await staffTransfer(other, { customer_id: carol.id })
        expect(open.status).toBe(400)
        expect(open.data.message).toContain(warranty_claim.ticket_number)
        await withOptions({ card_transfers: false }, async () => {
          const off = await staffTransfer(id, { customer_id: carol.id })
          expect(off.status).toBe(403)
          expect(off.data.message).toContain("card_transfers")
        })
      })

      it("the owner hands the card on by e-mail; the new owner accepts with the one-time token, signed in as that address", async () => {
        const [id] = anaOrder.cards.map((c) => c.id)
        const { transfer, token } = await startCardTransfer(ana, id, "carol@example.com")
        expect(transfer).toMatchObject({ warranty_card_id: id, email: "carol@example.com", status: "requested" })
        expect(transfer).not.toHaveProperty("token_hash")
        const state = await ana.warranty.cards.transfer(id)
        expect(state).toMatchObject({ card_transfers: true, warranty_card_transfer: { id: transfer.id } })
        // Stored hashed: the plugin's row never holds the token.
        const [row] = await warranty().listWarrantyCardTransfers({ id: transfer.id })
        expect(row.token_hash).not.toContain(token)
        expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/)

        const wrongAccount = await refused(bob.warranty.cards.acceptTransfer(id, { token }))
        expect(wrongAccount.status).toBe(403)
        const wrongToken = await refused(carol.warranty.cards.acceptTransfer(id, { token: `${token}x` }))
        expect(wrongToken.status).toBe(400)
        expect(wrongToken.message).toContain("token")

        const { warranty_card } = await carol.warranty.cards.acceptTransfer(id, { token })
        expect(warranty_card).toMatchObject({ id, status: "active" })
        expect(await cardReads(ana, id)).toEqual({ page: 404, eligibility: 404, pdf: 404 })
        expect(await listed(carol)).toEqual([id])
        const reused = await refused(carol.warranty.cards.acceptTransfer(id, { token }))
        expect(reused.status).toBe(400)
        expect(reused.message).toContain("already used")
        expect((await file(carol, id)).warranty_claim.status).toBe("submitted")
        expect((await owners(id)).warranty_card_owners).toMatchObject([
          { source: "sale", customer_id: ana.id },
          { source: "card_transfer", customer_id: carol.id, actor: "customer", actor_id: carol.id, previous_customer_id: ana.id },
        ])
      })

      it("an expired link, a canceled one, and a link superseded by a newer one are refused", async () => {
        const [id] = anaOrder.cards.map((c) => c.id)
        const first = await startCardTransfer(ana, id, "carol@example.com")
        await warranty().updateWarrantyCardTransfers({ id: first.transfer.id, expires_at: new Date(Date.now() - 60_000) })
        expect((await refused(carol.warranty.cards.acceptTransfer(id, { token: first.token }))).message).toContain("expired")

        const second = await startCardTransfer(ana, id, "carol@example.com")
        const third = await startCardTransfer(ana, id, "carol@example.com")
        expect((await refused(carol.warranty.cards.acceptTransfer(id, { token: second.token }))).message).toContain("canceled")
        await ana.warranty.cards.cancelTransfer(id)
        expect((await ana.warranty.cards.transfer(id)).warranty_card_transfer).toBeNull()
        expect((await refused(carol.warranty.cards.acceptTransfer(id, { token: third.token }))).message).toContain("canceled")
        expect(await listed(ana)).toContain(id)
      })

      it("the owner's request: bad e-mail 400, own e-mail 400, someone else's card 404, open claim 400, option off 403", async () => {
        const [id, other] = anaOrder.cards.map((c) => c.id)
        const bad = await refused(ana.warranty.cards.requestTransfer(id, { email: "not-an-address" }))
        expect(bad.status).toBe(400)
        expect(bad.message).toContain("email")
        expect((await refused(ana.warranty.cards.requestTransfer(id, { email: "ANA@example.com" }))).status).toBe(400)
        expect((await refused(bob.warranty.cards.requestTransfer(id, { email: "carol@example.com" }))).status).toBe(404)
        expect(await outcome(bob.warranty.cards.transfer(id))).toBe(404)

        const { warranty_claim } = await file(ana, other)
        const open = await refused(ana.warranty.cards.requestTransfer(other, { email: "carol@example.com" }))
        expect(open.status).toBe(400)
        expect(open.message).toContain(warranty_claim.ticket_number)

        const pending = await startCardTransfer(ana, id, "carol@example.com")
        await withOptions({ card_transfers: false }, async () => {
          expect((await ana.warranty.cards.transfer(id)).card_transfers).toBe(false)
          const off = await refused(ana.warranty.cards.requestTransfer(id, { email: "carol@example.com" }))
          expect(off.status).toBe(403)
          expect(off.message).toContain("card_transfers")
          // A link sent before the shop turned transfers off no longer works either.
          expect((await refused(carol.warranty.cards.acceptTransfer(id, { token: pending.token }))).status).toBe(403)
        })
      })

      it("a claim opened after the link was sent stops the accept until it is closed", async () => {
        const [id] = anaOrder.cards.map((c) => c.id)
        const { token } = await startCardTransfer(ana, id, "carol@example.com")
        const { warranty_claim } = await file(ana, id)
        const blocked = await refused(carol.warranty.cards.acceptTransfer(id, { token }))
        expect(blocked.status).toBe(400)
        expect(blocked.message).toContain(warranty_claim.ticket_number)
        await ana.warranty.claims.cancel(warranty_claim.id)
        expect((await carol.warranty.cards.acceptTransfer(id, { token })).warranty_card.id).toBe(id)
      })
    })
  },
})
