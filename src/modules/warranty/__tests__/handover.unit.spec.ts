import { handoverOutcome, hasBeenReceived } from "../rules/handover"

const received = { received_on: "2026-03-09" }

describe("what a handover receipt says became of the device", () => {
  it("R7.1 nothing is received before the workshop has the device", () => {
    expect(hasBeenReceived({ received_on: null })).toBe(false)
    expect(hasBeenReceived(received)).toBe(true)
  })

  it("nothing to hand over before receipt, while in service, or once canceled", () => {
    expect(handoverOutcome({ status: "submitted", received_on: null })).toBeNull()
    expect(handoverOutcome({ status: "canceled", received_on: null })).toBeNull()
    for (const status of ["received", "diagnosing", "awaiting_customer", "repairing", "at_manufacturer", "offered"]) {
      expect({ status, outcome: handoverOutcome({ ...received, status }) }).toEqual({ status, outcome: null })
    }
  })

  it("R8.1 a device marked ready was repaired, until and after it is closed", () => {
    const ready_at = "2026-03-12T10:00:00Z"
    for (const status of ["ready", "awaiting_return_details", "returning", "closed"]) {
      expect(handoverOutcome({ ...received, status, ready_at })).toBe("repaired")
    }
  })

  it("R8.4 R9 a refused, unrepairable or declined claim goes back unrepaired", () => {
    for (const status of ["rejected", "unrepairable", "returning", "closed"]) {
      expect(handoverOutcome({ ...received, status })).toBe("returned_unrepaired")
    }
  })

  it("R8.2 R8.3 R8.5 an accepted offer decides the outcome", () => {
    expect(handoverOutcome({ ...received, status: "closed", resolution: { option: "replacement" } })).toBe("replaced")
    for (const option of ["credit", "credit_with_top_up", "refund"]) {
      expect(handoverOutcome({ ...received, status: "closed", resolution: { option } })).toBe("valued")
    }
    const tradeIn = { ...received, offer: { status: "accepted", accepted_option: "trade_in" } }
    expect(handoverOutcome({ ...tradeIn, status: "recycling" })).toBe("recycled")
    expect(handoverOutcome({ ...tradeIn, status: "closed", recycled_at: "2026-03-20T10:00:00Z" })).toBe("recycled")
    // The shopper wanted the broken device back.
    expect(handoverOutcome({ ...tradeIn, status: "returning" })).toBe("returned_unrepaired")
  })
})
