import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { WARRANTY_MODULE } from ".."
import WarrantyModuleService from "../service"
import { markClaimsOverdue } from "../overdue-sweep"
import { CLOCK_STATES } from "../rules/claim-transitions"
import { planClaimMove, type MoveSettings, type PlannedClaim } from "../rules/claim-moves"
import { OVERDUE_SWEEP_STATUSES } from "../../../workflows/steps/mark-claims-overdue"

jest.setTimeout(60 * 1000)

const TODAY = "2026-11-30"
const NOW = new Date("2026-11-29T22:20:00.000Z")

let seq = 0
/** A claim on its own card (a card holds one open claim), in `status`, due on `due_on`. */
async function claimIn(service: WarrantyModuleService, status: string, due_on: string | null, over: Record<string, unknown> = {}) {
  seq++
  const [card] = await service.createWarrantyCards([
    {
      card_number: `WC-2026-${String(seq).padStart(6, "0")}`,
      order_id: `order_${seq}`,
      line_item_id: `ordli_${seq}`,
      unit_index: 0,
      product_title: "iPhone 13",
      months: 24,
      battery_days: 180,
      coverage: "full" as const,
      kind: "device" as const,
      delivery_kind: "courier" as const,
      status: "active" as const,
      starts_on: "2026-01-10",
      ends_on: "2028-01-09",
    },
  ])
  const [claim] = await service.createWarrantyClaims([
    {
      ticket_number: `WR-2026-${String(seq).padStart(6, "0")}`,
      warranty_card_id: card.id,
      order_id: card.order_id,
      customer_id: "cus_1",
      product_title: "iPhone 13",
      product_kind: "device" as const,
      defects: ["display"],
      description: "Screen flickers",
      delivery_method: "drop_off" as const,
      contact: {},
      acknowledgements: {},
      status: status as never,
      cover: "commercial" as const,
      covers: [],
      filed_covers: [],
      filed_on: "2026-10-01",
      received_on: due_on ? "2026-10-02" : null,
      due_on,
      submitted_at: new Date("2026-10-01T09:00:00Z"),
      version: 2,
      ...over,
    },
  ])
  return claim
}

moduleIntegrationTestRunner<WarrantyModuleService>({
  moduleName: WARRANTY_MODULE,
  resolve: "./src/modules/warranty",
  moduleOptions: { time_zone: "Europe/Bucharest" },
  testSuite: ({ service }) => {
    const sweep = (limit = 100) => service.markClaimsOverdue({ statuses: OVERDUE_SWEEP_STATUSES, today: TODAY, now: NOW, limit })

    it("R7.1 the sweep takes its states from the transition table: exactly the clock states", () => {
      expect([...OVERDUE_SWEEP_STATUSES].sort()).toEqual([...CLOCK_STATES].sort())
    })

    it("R7.1, R11.2 one pass marks exactly the claims past their due day whose clock runs and who were not told", async () => {
      const late = await claimIn(service, "received", "2026-11-29")
      const lateRepairing = await claimIn(service, "repairing", "2026-11-01")
      const dueToday = await claimIn(service, "received", TODAY)
      const lateButDone = await claimIn(service, "unrepairable", "2026-11-01")
      const told = await claimIn(service, "diagnosing", "2026-11-20", { overdue_notified_at: new Date("2026-11-21T00:20:00Z") })
      const notReceived = await claimIn(service, "submitted", null)

      const marked = await sweep()
      // Earliest due day first.
      expect(marked.map((c) => c.id)).toEqual([lateRepairing.id, late.id])
      expect(marked[0]).toMatchObject({ ticket_number: lateRepairing.ticket_number, customer_id: "cus_1", status: "repairing", due_on: "2026-11-01", version: 3 })

      const after = await service.listWarrantyClaims({ id: [late.id, lateRepairing.id, dueToday.id, lateButDone.id, told.id, notReceived.id] })
      const byId = new Map(after.map((c) => [c.id, c]))
      for (const c of [late, lateRepairing]) {
        expect(byId.get(c.id)!.overdue_notified_at?.toISOString()).toBe(NOW.toISOString())
        // The version moves on as after any move: a move planned on the older read is refused.
        expect(byId.get(c.id)!.version).toBe(3)
        expect(byId.get(c.id)!.status).toBe(c.status)
      }
      for (const c of [dueToday, lateButDone, notReceived]) {
        expect(byId.get(c.id)!.overdue_notified_at).toBeNull()
        expect(byId.get(c.id)!.version).toBe(2)
      }
      expect(byId.get(told.id)!.overdue_notified_at?.toISOString()).toBe("2026-11-21T00:20:00.000Z")

      const events = await service.listClaimEvents({ claim_id: [late.id, lateRepairing.id, dueToday.id, lateButDone.id, told.id] })
      expect(events.map((e) => e.claim_id).sort()).toEqual([late.id, lateRepairing.id].sort())
      expect(events.map((e) => e.id).sort()).toEqual(marked.map((c) => c.event_id).sort())
    })

    it("R7.1 each claim's log entry is what the mark_overdue move plans for it (hidden, by the system, with the due day)", async () => {
      const late = await claimIn(service, "at_manufacturer", "2026-11-10")
      const [marked] = await sweep()
      const [event] = await service.listClaimEvents({ claim_id: late.id })
      const plan = planClaimMove(
        { ...(late as unknown as PlannedClaim), status: "at_manufacturer", due_on: "2026-11-10" },
        { status: "active", void_reason: null, starts_on: "2026-01-10", ends_on: "2028-01-09", battery_ends_on: null, kind: "device", coverage: "full" },
        "mark_overdue",
        "system",
        {},
        { today: TODAY, now: NOW.toISOString() } as MoveSettings
      )
      expect(event).toMatchObject({
        id: marked.event_id,
        move: "mark_overdue",
        from_status: plan.from,
        to_status: plan.to,
        actor: "system",
        actor_id: null,
        visible_to_customer: plan.visible_to_customer,
        data: plan.data,
      })
      expect(plan.patch).toEqual({ overdue_notified_at: NOW.toISOString() })
      expect(event.created_at.toISOString()).toBe(NOW.toISOString())
    })

    it("R7.1 a second run tells nobody twice; a new due day after an extension (R7.2) is marked again", async () => {
      const late = await claimIn(service, "received", "2026-11-15")
      expect(await sweep()).toHaveLength(1)
      expect(await sweep()).toHaveLength(0)
      // The extend move clears the notice stamp with its new due day; when that passes too, a new notice.
      await service.updateWarrantyClaims({ id: late.id, due_on: "2026-11-28", overdue_notified_at: null })
      const again = await sweep()
      expect(again.map((c) => c.id)).toEqual([late.id])
      expect((await service.listClaimEvents({ claim_id: late.id, move: "mark_overdue" })).map((e) => e.data)).toEqual(
        expect.arrayContaining([{ due_on: "2026-11-15" }, { due_on: "2026-11-28" }])
      )
    })

    it("a pass takes at most `limit` claims, earliest due first; the next pass takes the rest", async () => {
      const claims = []
      for (const due of ["2026-11-20", "2026-11-05", "2026-11-12"]) {
        claims.push(await claimIn(service, "received", due))
      }
      expect((await sweep(2)).map((c) => c.due_on)).toEqual(["2026-11-05", "2026-11-12"])
      expect((await sweep(2)).map((c) => c.due_on)).toEqual(["2026-11-20"])
      expect(await sweep(2)).toEqual([])
    })

    it("the compensation undoes the pass for claims nobody moved since, and leaves a claim moved meanwhile as it is", async () => {
      const a = await claimIn(service, "received", "2026-11-10")
      const b = await claimIn(service, "diagnosing", "2026-11-11")
      const marked = await sweep()
      expect(marked).toHaveLength(2)
      // A clerk moved b after the sweep (its version moved on).
      await service.updateWarrantyClaims({ id: b.id, status: "repairing" as never, version: 4 })

      expect(await service.revertClaimsOverdue(marked.map(({ id, version, event_id }) => ({ id, version, event_id })))).toBe(1)
      const [ra, rb] = await Promise.all([service.retrieveWarrantyClaim(a.id), service.retrieveWarrantyClaim(b.id)])
      expect(ra.overdue_notified_at).toBeNull()
      expect(ra.version).toBe(2)
      expect(await service.listClaimEvents({ claim_id: a.id })).toHaveLength(0)
      expect(rb.overdue_notified_at).not.toBeNull()
      expect(rb.version).toBe(4)
      expect(await service.listClaimEvents({ claim_id: b.id })).toHaveLength(1)
      // Undone, a is marked again by the next run.
      expect((await sweep()).map((c) => c.id)).toEqual([a.id])
    })

    it("issue 12 (P4) set-based: 1,500 overdue claims are marked by the same three statements as one", async () => {
      const calls: string[] = []
      const rows = Array.from({ length: 1500 }, (_, i) => ({
        id: `wclm_${i}`,
        ticket_number: `WR-2026-${i}`,
        customer_id: null,
        status: "received",
        due_on: "2026-11-01",
        version: 1,
      }))
      const manager = {
        execute: async <T>(sql: string): Promise<T[]> => {
          calls.push(sql.trim().split(/\s+/)[0])
          return (calls.length === 1 ? rows : []) as T[]
        },
      }
      const marked = await markClaimsOverdue(manager, { statuses: ["received"], today: TODAY, now: NOW, limit: 5000 })
      expect(marked).toHaveLength(1500)
      expect(new Set(marked.map((c) => c.event_id)).size).toBe(1500)
      expect(marked.every((c) => /^wcev_[0-9A-Z]{26}$/.test(c.event_id) && c.version === 2)).toBe(true)
      expect(calls).toEqual(["SELECT", "UPDATE", "INSERT"])
    })
  },
})
