import { isImei, isPrefixedNumber, phonePattern, shopperFilter } from "../search-terms"

// Issue 12 (P3): what a clerk types that can name no shopper is not looked up among Medusa's
// customers (each such look-up reads every customer's phone or name: a full scan at 600,000).
describe("search terms that name no shopper", () => {
  it("R1.2 a 15-digit number passing the Luhn check is an IMEI, typed plain or in groups, never a phone", () => {
    expect(isImei("356938035643809")).toBe(true)
    expect(isImei("35 693803 564380 9")).toBe(true)
    expect(isImei("35-693803-564380-9")).toBe(true)
    expect(phonePattern("356938035643809")).toBeNull()
    expect(shopperFilter("35 693803 564380 9")).toBeNull()
    // One digit off fails the check: it may still be a (long) phone number.
    expect(isImei("356938035643808")).toBe(false)
    expect(phonePattern("356938035643808")).not.toBeNull()
    // A Romanian mobile stays a phone.
    expect(isImei("+40 712 345 678")).toBe(false)
    expect(phonePattern("+40 712 345 678")).not.toBeNull()
  })

  it("a ticket or card number typed with its prefix, in any case and with any separators, names no shopper", () => {
    for (const q of ["WR-2026-000042", "wr 2026 000042", "WR2026000042", "wc-2025-001337"]) {
      expect(isPrefixedNumber(q, ["WR", "WC"])).toBe(true)
      expect(shopperFilter(q, ["WR", "WC"])).toBeNull()
    }
    // Without the prefixes given, or with letters after the prefix, it is read as words.
    expect(shopperFilter("WR-2026-000042")).not.toBeNull()
    expect(isPrefixedNumber("Wright", ["WR"])).toBe(false)
    expect(shopperFilter("Wright", ["WR"])).not.toBeNull()
  })
})
