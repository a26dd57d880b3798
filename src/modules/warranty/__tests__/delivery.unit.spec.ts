import { optionProblem, type OfferFacts } from "../rules/claim-offers"
import { expectedDeliveryKind, kindOfFulfillmentSet } from "../rules/delivery"

const option = (profile: string, type: string) => ({ shipping_profile_id: profile, service_zone: { fulfillment_set: { type } } })

describe("R3.1 R3.2 delivery kind per unit", () => {
  it("R3.3 a pickup fulfilment set is in-store pickup, anything else courier", () => {
    expect(kindOfFulfillmentSet("pickup")).toBe("pickup")
    expect(kindOfFulfillmentSet("shipping")).toBe("courier")
    expect(kindOfFulfillmentSet(null)).toBe("courier")
  })

  it("R3.1 R3.2 each item takes the kind of the method of its own shipping profile", () => {
    const methods = [option("sp_phones", "pickup"), option("sp_accessories", "shipping")]
    expect(expectedDeliveryKind("sp_phones", methods)).toBe("pickup")
    expect(expectedDeliveryKind("sp_accessories", methods)).toBe("courier")
  })

  it("R3.3 an item no method matches is pickup only when every method is a pickup", () => {
    expect(expectedDeliveryKind("sp_other", [option("sp_a", "pickup")])).toBe("pickup")
    expect(expectedDeliveryKind(null, [option("sp_a", "pickup"), option("sp_b", "shipping")])).toBe("courier")
    expect(expectedDeliveryKind(null, [])).toBe("courier")
  })
})

describe("R8.3 R8.5 a settled unit's return needs a captured payment", () => {
  const AUTHORIZED: OfferFacts = {
    order_currency: "ron",
    order_canceled: false,
    has_customer: true,
    card_void: false,
    payment_authorized_only: true,
    refundable: 0,
    payment_captured: false,
    unit_delivered: true,
    has_fulfillment_location: true,
    has_shipping_option: true,
    replacement: null,
  }

  it("R8.5 a trade-in or credit on an authorized-only order is blocked (the return would cancel the payment)", () => {
    for (const o of ["trade_in", "credit", "credit_with_top_up"] as const) {
      expect(optionProblem(o, { amount: 800, currency_code: "ron" }, AUTHORIZED)).toMatchObject({ code: "payment_not_captured", field: "kind" })
    }
    expect(optionProblem("trade_in", { amount: 800, currency_code: "ron" }, { ...AUTHORIZED, payment_authorized_only: false, payment_captured: true })).toBeNull()
  })
})
