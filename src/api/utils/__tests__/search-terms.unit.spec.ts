import { likePattern, numberForms, phonePattern, serialForms, shopperFilter } from "../search-terms"

describe("search terms: what a clerk types, read the ways it is stored", () => {
  it("a ticket typed in lower case, with spaces or without separators finds WR-2026-000042", () => {
    expect(numberForms("wr 2026 000042", ["WR"])).toContain("wr-2026-000042")
    expect(numberForms("WR2026000042", ["WR"])).toContain("WR-2026-000042")
    expect(numberForms("wr2026000042", ["WR"])).toContain("WR-2026-000042")
    expect(numberForms("  WR-2026-000042 ", ["WR"])).toEqual(["WR-2026-000042"])
    // Without the prefix: the year and the sequence.
    expect(numberForms("2026000042", ["WR"])).toContain("2026-000042")
    // A partial number stays partial.
    expect(numberForms("000042", ["WR"])).toEqual(["000042"])
  })

  it("an IMEI typed in groups with spaces or dashes is searched as its digits", () => {
    expect(serialForms("35 209900 176148 1")).toContain("352099001761481")
    expect(serialForms("35-209900-176148-1")).toContain("352099001761481")
    expect(serialForms("C02XK1ZQJGH5")).toEqual(["C02XK1ZQJGH5"])
    expect(serialForms("sn px8 0042")).toContain("sn-px8-0042")
  })

  it("a phone number in any format matches the stored digits in order, national 0 or not", () => {
    const re = new RegExp(phonePattern("0712 345 678") as string)
    expect(re.test("+40712345678")).toBe(true)
    expect(re.test("+40 712 345 678")).toBe(true)
    expect(re.test("+40 712 345 679")).toBe(false)
    expect(phonePattern("Popescu")).toBeNull()
    expect(phonePattern("12 34")).toBeNull()
  })

  it("LIKE wildcards typed by the clerk are taken literally", () => {
    expect(likePattern("50%_off\\")).toBe("%50\\%\\_off\\\\%")
  })

  it("names and e-mails search customers word by word; an IMEI or bare number names no customer", () => {
    const filter = shopperFilter("Andrei Popescu") as { $and: unknown[] }
    expect(filter.$and).toHaveLength(2)
    expect(shopperFilter("ana@example.com")).toHaveProperty("$and")
    expect(shopperFilter("2026")).toBeNull()
    expect(shopperFilter("+40 712 345 678")).toEqual({ phone: { $re: phonePattern("+40 712 345 678") } })
  })
})
