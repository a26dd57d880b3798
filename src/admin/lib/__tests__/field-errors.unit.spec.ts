import { splitFieldErrors } from "../field-errors"

describe("the API's 400 messages onto a drawer's fields", () => {
  it("a rule's `field: message` goes under that field, whole (its own '; ' kept)", () => {
    const message = "currency_code: the order was paid in RON; quote in RON, or confirm a quote in EUR with confirm_other_currency"
    expect(splitFieldErrors(message, ["amount", "currency_code"])).toEqual({
      fields: { currency_code: "The order was paid in RON; quote in RON, or confirm a quote in EUR with confirm_other_currency" },
      general: null,
    })
  })

  it("Medusa's schema problems are split, worded plainly, and each put under its field", () => {
    const message = "Invalid request: Value for field 'amount' too big, expected at most: '100000'; estimated_days must be a whole number"
    expect(splitFieldErrors(message, ["amount", "estimated_days"])).toEqual({
      fields: { amount: "Must be at most 100000", estimated_days: "Must be a whole number" },
      general: null,
    })
  })

  it("what names no field of the drawer stays a general message for the drawer's body", () => {
    expect(splitFieldErrors("status: the diagnosis did not find the defect covered", ["note"])).toEqual({
      fields: {},
      general: "status: the diagnosis did not find the defect covered",
    })
    expect(splitFieldErrors("Invalid request: Unrecognized fields: 'x'; note must be text", ["note"])).toEqual({
      fields: { note: "Must be text" },
      general: "Unrecognized fields: 'x'",
    })
  })
})
