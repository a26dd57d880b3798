import { planClaimMove, type MoveSettings, type PlannedClaim, type Quote } from "../rules/claim-moves"
import { offerOptionStates, optionProblem, type Offer, type OfferFacts } from "../rules/claim-offers"
import { customerAnswers } from "../rules/customer-answers"

/** An order that can carry out every option: captured, delivered, the replacement in stock. */
const READY: OfferFacts = {
  order_currency: "ron",
  order_canceled: false,
  has_customer: true,
  card_void: false,
  payment_authorized_only: false,
  refundable: 2025,
  payment_captured: true,
  unit_delivered: true,
  has_fulfillment_location: true,
  has_shipping_option: true,
  replacement: { published: true, in_stock: true, name: "iPhone 12 128GB" },
}
const RON = (amount: number) => ({ amount, currency_code: "ron" })
const NOW = "2026-02-20T10:00:00.000Z"

const OFFER: Offer = {
  kind: "valuation",
  status: "open",
  options: ["credit", "credit_with_top_up", "refund"],
  value: RON(1500),
  basis: "market_value",
  basis_note: "listings",
  trade_in_reason: null,
  replacement_variant_id: null,
  reservation_ids: [],
  suggested_product_ids: [],
  note: null,
  made_at: "2026-02-19T10:00:00.000Z",
  expires_at: "2026-03-05T10:00:00.000Z",
  decided_at: null,
  accepted_option: null,
  return_device: false,
  decline_reason: null,
}

const QUOTE: Quote = {
  amount: 350,
  currency_code: "ron",
  parts_to_order: [],
  estimated_days: 7,
  diagnostic_fee: { amount: 20, currency_code: "eur" },
  decision: "pending",
  decided_at: null,
}

function claimIn(status: string, over: Partial<PlannedClaim> = {}): PlannedClaim {
  return {
    id: "wclm_1",
    status,
    delivery_method: "drop_off",
    defects: ["display"],
    covers: [],
    due_on: "2026-03-01",
    received_on: "2026-02-14",
    filed_on: "2026-02-14",
    exclusion_reason: null,
    diagnosis: null,
    quote: null,
    fees: [],
    extensions: [],
    return_details: null,
    return_shipment: null,
    locale: "ro",
    ...over,
  }
}

const SETTINGS: MoveSettings = {
  today: "2026-02-20",
  now: NOW,
  legal_guarantee_months: 24,
  service_days: 30,
  legal_remedy_days: 15,
  legal_remedy_day_unit: "calendar",
  diagnostic_fee: { amount: 20, currency_code: "eur" },
}

describe("R8.2-R8.5 an option can be accepted only when carrying it out would work", () => {
  it("R8.2 a replacement needs the payment captured (the way out named), the unit delivered and a unit in stock", () => {
    expect(optionProblem("replacement", null, READY)).toBeNull()
    const authorized = optionProblem("replacement", null, { ...READY, payment_authorized_only: true })
    expect(authorized).toMatchObject({ code: "payment_not_captured", field: "kind" })
    expect(authorized?.message).toMatch(/Capture the payment on the order first, or offer a valuation/)
    expect(optionProblem("replacement", null, { ...READY, replacement: { published: true, in_stock: false, name: "iPhone 12 128GB" } })).toMatchObject({
      code: "out_of_stock",
      field: "replacement_variant_id",
      message: "replacement_variant_id: no unit of iPhone 12 128GB is in stock; offer a valuation instead (R8.3)",
    })
    expect(optionProblem("replacement", null, { ...READY, unit_delivered: false })?.code).toBe("unit_not_delivered")
    expect(optionProblem("replacement", null, { ...READY, order_canceled: true })?.code).toBe("order_canceled")
    expect(optionProblem("replacement", null, { ...READY, card_void: true })?.code).toBe("card_void")
    expect(optionProblem("replacement", null, { ...READY, replacement: { published: false, in_stock: true, name: "x" } })?.code).toBe("variant_unavailable")
  })

  it("R8.3(c) a refund needs a captured payment with at least the value left to refund", () => {
    expect(optionProblem("refund", RON(1500), READY)).toBeNull()
    expect(optionProblem("refund", RON(1500), { ...READY, payment_captured: false, refundable: 0 })?.code).toBe("payment_not_captured")
    expect(optionProblem("refund", RON(1500), { ...READY, refundable: 1425 })).toMatchObject({ code: "nothing_to_refund", field: "value.amount" })
    expect(optionProblem("refund", RON(1500), { ...READY, refundable: 1425 })?.message).toMatch(/1425 RON is still refundable/)
  })

  it("R8.3 R8.5 a credit needs the shopper's account, the order's currency, and no authorized-only payment (the settled unit's return would cancel it)", () => {
    const unpaid = { ...READY, payment_captured: false, payment_authorized_only: true, refundable: 0 }
    expect(optionProblem("credit", RON(100), unpaid)?.code).toBe("payment_not_captured")
    expect(optionProblem("trade_in", RON(100), unpaid)?.code).toBe("payment_not_captured")
    // Nothing captured and nothing authorized (e.g. a manual payment yet to come): the credit is possible.
    expect(optionProblem("credit", RON(100), { ...READY, payment_captured: false, refundable: 0 })).toBeNull()
    expect(optionProblem("credit", RON(100), { ...READY, has_customer: false })?.code).toBe("no_customer")
    expect(optionProblem("credit", { amount: 100, currency_code: "eur" }, READY)).toMatchObject({ code: "currency_mismatch", field: "value.currency_code" })
  })

  it("each option of an open offer has its own state; a closed offer blocks them all", () => {
    const states = offerOptionStates(OFFER, { ...READY, payment_captured: false, refundable: 0 }, true)
    expect(states).toEqual([
      { option: "credit", can_accept: true, reason: null },
      { option: "credit_with_top_up", can_accept: true, reason: null },
      { option: "refund", can_accept: false, reason: "payment_not_captured" },
    ])
    expect(offerOptionStates(OFFER, READY, false).map((s) => s.reason)).toEqual(["offer_closed", "offer_closed", "offer_closed"])
  })
})

describe("Answers staff record for the shopper (R7.3, R8.2-R8.5)", () => {
  it("R7.3 R8.4 a pending quote can be accepted or declined; nothing else is due", () => {
    expect(customerAnswers(claimIn("awaiting_customer", { quote: QUOTE }), NOW, false)).toEqual(["accept_quote", "decline_quote"])
    expect(customerAnswers(claimIn("repairing", { quote: { ...QUOTE, decision: "accepted" } }), NOW, false)).toEqual([])
  })

  it("R8.2-R8.5 an open offer can be declined, and accepted only before its time with an option that works", () => {
    const offered = claimIn("offered", { offer: OFFER })
    expect(customerAnswers(offered, NOW, true)).toEqual(["accept_offer", "decline_offer"])
    expect(customerAnswers(offered, NOW, false)).toEqual(["decline_offer"])
    expect(customerAnswers(offered, "2026-03-06T00:00:00.000Z", true)).toEqual(["decline_offer"])
  })

  it("the log entry of a recorded answer is the shopper's, with the channel and the staff member who recorded it", () => {
    const claim = claimIn("awaiting_customer", { quote: QUOTE })
    const card = { status: "active", void_reason: null, starts_on: "2026-01-10", ends_on: "2028-01-10", battery_ends_on: null, kind: "device", coverage: "full" } as const
    const plan = planClaimMove(claim, card, "accept_quote", "customer", { recorded: { channel: "phone", recorded_by: "user_1" } }, SETTINGS)
    expect(plan.data).toMatchObject({ channel: "phone", recorded_by: "user_1" })
    expect(planClaimMove(claim, card, "accept_quote", "customer", {}, SETTINGS).data).not.toHaveProperty("channel")
    // Staff cannot answer as themselves: the table has no admin edge for it.
    expect(() => planClaimMove(claim, card, "accept_quote", "admin", { recorded: { channel: "phone", recorded_by: "user_1" } }, SETTINGS)).toThrow(/cannot be moved/)
  })
})
