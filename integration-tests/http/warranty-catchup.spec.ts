import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ok, settle, staffDesk, type Res } from "../fixtures/desk"
import { createAdmin, seedShop, TestShop } from "../fixtures/shop"
import { Api, checkout, registerShopper, Shopper } from "../fixtures/store"
import { WARRANTY_MODULE } from "../../src/modules/warranty"
import type WarrantyModuleService from "../../src/modules/warranty/service"
import catchUpWarrantyCardsJob, { catchUpWindow } from "../../src/jobs/catch-up-warranty-cards"
import { findUncardedOrdersWorkflow } from "../../src/workflows/find-uncarded-orders"

jest.setTimeout(240 * 1000)

/**
 * Issue 12, R1.1: the catch-up job gives cards to recent orders whose `order.placed` was lost
 * (Medusa can drop events a workflow releases while Redis restarts); a lost event is played here
 * by removing an order's cards after it was handled.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let container: MedusaContainer
    let shop: TestShop
    let admin: { headers: Record<string, string> }
    let ana: Shopper
    let phone: string
    const desk = staffDesk(api, () => ({ container, shop, admin }), { timeout: 60_000 })
    const warranty = () => container.resolve<WarrantyModuleService>(WARRANTY_MODULE)
    const sql = async (text: string, params: unknown[] = []) => {
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as {
        raw: (q: string, p: unknown[]) => Promise<{ rows: unknown[] }>
      }
      return (await pg.raw(text, params)).rows
    }
    const cardsOf = (order_id: string) => warranty().listWarrantyCards({ order_id }, { order: { unit_index: "ASC" } })
    const forgetCards = (order_id: string) => sql(`DELETE FROM warranty_card WHERE order_id = ?`, [order_id])

    async function placed(quantity: number) {
      const event = desk.wait("order.placed")
      const { order } = await checkout(api, shop, ana, [{ variant_id: phone, quantity }], "courier")
      await event
      return order.id as string
    }

    /** Runs the job the way Medusa's scheduler does and returns the line it logged. */
    async function runJob() {
      const logger = container.resolve("logger")
      const info = jest.spyOn(logger, "info")
      await catchUpWarrantyCardsJob(container, { scheduledFor: new Date() })
      const line = info.mock.calls.map((c) => String(c[0])).find((m) => m.includes("catch-up-warranty-cards ran"))
      info.mockRestore()
      return line ?? ""
    }

    /** Orders: one carded, one whose event was lost, one canceled (cards gone), one older than the window (cards gone). */
    const ids = { carded: "", lost: "", canceled: "", old: "" }

    beforeAll(async () => {
      container = getContainer()
      shop = await seedShop(container, [{ title: "iPhone 12", variants: ["128GB"], price: 2000, stock: 200 }])
      admin = await createAdmin(container)
      ana = await registerShopper(api, shop, "ana@example.com")
      phone = shop.products["iPhone 12"].variants["128GB"]
      ids.old = await placed(1)
      await forgetCards(ids.old)
      await sql(`UPDATE "order" SET created_at = now() - interval '3 days' WHERE id = ?`, [ids.old])
      ids.carded = await placed(1)
      ids.canceled = await placed(1)
      const canceled = desk.wait("order.canceled")
      await ok(settle(api.post(`/admin/orders/${ids.canceled}/cancel`, {}, { headers: admin.headers }) as Promise<Res>))
      await canceled
      await forgetCards(ids.canceled)
      ids.lost = await placed(2)
      await forgetCards(ids.lost)
    })

    afterEach(() => {
      delete process.env.WARRANTY_CATCHUP_GRACE_MINUTES
      delete process.env.WARRANTY_CATCHUP_WINDOW_HOURS
    })

    it("R1.1 an order whose order.placed was lost gets its cards on the job's run; a carded, a canceled and an older order are left alone", async () => {
      process.env.WARRANTY_CATCHUP_GRACE_MINUTES = "0"
      const carded = await cardsOf(ids.carded)
      expect(carded).toHaveLength(1)

      const line = await runJob()
      expect(line).toMatch(/: 1 order\(s\) caught up with 2 card\(s\) \(3 recent order\(s\) checked\)$/)

      const caught = await cardsOf(ids.lost)
      expect(caught.map((c) => [c.unit_index, c.status])).toEqual([[0, "pending"], [1, "pending"]])
      expect(new Set(caught.map((c) => c.card_number)).size).toBe(2)
      // The carded order keeps its one card, unchanged.
      expect((await cardsOf(ids.carded)).map((c) => [c.id, c.card_number, String(c.updated_at)])).toEqual(
        carded.map((c) => [c.id, c.card_number, String(c.updated_at)])
      )
      expect(await cardsOf(ids.canceled)).toHaveLength(0)
      expect(await cardsOf(ids.old)).toHaveLength(0)

      // A second run finds nothing left to do and issues no second card.
      expect(await runJob()).toMatch(/: 0 order\(s\) caught up with 0 card\(s\)/)
      expect(await cardsOf(ids.lost)).toHaveLength(2)
    })

    it("R1.1 orders placed within the grace time are left to their own order.placed; a wider window reaches the older order", async () => {
      // Default grace (10 minutes): every order here is younger, so none is touched.
      expect(await runJob()).toMatch(/: 0 order\(s\) caught up with 0 card\(s\) \(3 recent order\(s\) checked\)$/)
      expect(await cardsOf(ids.lost)).toHaveLength(0)

      process.env.WARRANTY_CATCHUP_GRACE_MINUTES = "0"
      process.env.WARRANTY_CATCHUP_WINDOW_HOURS = "96"
      expect(await runJob()).toMatch(/: 2 order\(s\) caught up with 3 card\(s\) \(4 recent order\(s\) checked\)$/)
      expect(await cardsOf(ids.old)).toHaveLength(1)
    })

    it("the walk reads one page at a time, newest first, and ends at the window's edge", async () => {
      process.env.WARRANTY_CATCHUP_GRACE_MINUTES = "0"
      const found: string[] = []
      let before: number | null = null
      let pages = 0
      do {
        const { result } = await findUncardedOrdersWorkflow(container).run({
          input: { before_display_id: before, ...catchUpWindow(new Date()), take: 1 },
        })
        found.push(...result.order_ids)
        before = result.next_before_display_id
        pages++
      } while (before !== null && pages < 10)
      // Lost (newest), canceled, carded, then the old order ends the walk on the fourth page.
      expect(found).toEqual([ids.lost])
      expect(pages).toBe(4)
    })

    it("a malformed window names its variable", () => {
      process.env.WARRANTY_CATCHUP_WINDOW_HOURS = "two days"
      expect(() => catchUpWindow(new Date())).toThrow(/^WARRANTY_CATCHUP_WINDOW_HOURS must be a number/)
    })
  },
})
