import { isClaimCreditCode } from "../steps/create-claim-credit"

/** R8.5 / issue 12: the order.placed credit check starts its workflow only for a claim's credit code. */
describe("isClaimCreditCode", () => {
  it("R8.5 knows the claims' credit codes, whatever their case", () => {
    expect(isClaimCreditCode("CREDIT-7K2PQRSTUV")).toBe(true)
    expect(isClaimCreditCode("credit-7k2pqrstuv")).toBe(true)
  })

  it("R8.5 another promotion's code or none is not one", () => {
    expect(isClaimCreditCode("SUMMER10")).toBe(false)
    expect(isClaimCreditCode("MY-CREDIT-10")).toBe(false)
    expect(isClaimCreditCode("")).toBe(false)
    expect(isClaimCreditCode(null)).toBe(false)
    expect(isClaimCreditCode(undefined)).toBe(false)
  })
})
