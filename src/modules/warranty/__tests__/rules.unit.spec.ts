import { computeEndDates, dayIn, isCalendarDate } from "../rules/dates"
import { effectiveStatus, startedCard, statusFilter } from "../rules/status"
import { mergePolicy, resolvePolicy } from "../rules/policy"
import { normalizeSerialNumber, passesLuhn, serialNumberProblem } from "../rules/serial"
import { isOemBatteryModel, saleReadingNeedsReplacement } from "../rules/battery"
import { coveredItems } from "../rules/coverage"
import { DEFAULT_OEM_BATTERY_MODELS, parseWarrantyOptions, placeholderOptionKeys, unknownOptionKeys } from "../options"
import { diagnosticFeeFor } from "../rules/fees"
import { hasBattery } from "../rules/has-battery"

describe("R3.4 end dates", () => {
  it("R3.4 adds calendar months on the same day", () => {
    expect(computeEndDates("2026-03-15", 24, 90).ends_on).toBe("2028-03-15")
  })
  it("R3.4 clamps 31 Jan + 1 month to the last day of February (common year)", () => {
    expect(computeEndDates("2027-01-31", 1, 0).ends_on).toBe("2027-02-28")
  })
  it("R3.4 clamps 31 Jan + 1 month to 29 Feb in a leap year", () => {
    expect(computeEndDates("2028-01-31", 1, 0).ends_on).toBe("2028-02-29")
  })
  it("R3.4 29 Feb + 12 months is 28 Feb of the next year", () => {
    expect(computeEndDates("2028-02-29", 12, 0).ends_on).toBe("2029-02-28")
  })
  it("R3.4 29 Feb + 48 months lands on 29 Feb again", () => {
    expect(computeEndDates("2028-02-29", 48, 0).ends_on).toBe("2032-02-29")
  })
  it("R3.4 31 Aug + 6 months is 28 Feb", () => {
    expect(computeEndDates("2026-08-31", 6, 0).ends_on).toBe("2027-02-28")
  })
  it("R4.1 battery end is start + 90 days, across a year end", () => {
    expect(computeEndDates("2026-11-22", 24, 90).battery_ends_on).toBe("2027-02-20")
  })
  it("R4.1 battery days across a leap day", () => {
    expect(computeEndDates("2028-02-01", 24, 90).battery_ends_on).toBe("2028-05-01")
  })
  it("rejects impossible calendar dates", () => {
    expect(isCalendarDate("2027-02-29")).toBe(false)
    expect(isCalendarDate("2028-02-29")).toBe(true)
    expect(isCalendarDate("2026-13-01")).toBe(false)
    expect(() => computeEndDates("2026-02-30", 1, 1)).toThrow()
  })
})

describe("R3.4 time-zone day boundaries", () => {
  it("R3.4 22:30 UTC on 31 Dec is already 1 Jan in Bucharest (winter, UTC+2)", () => {
    expect(dayIn(new Date("2026-12-31T22:30:00Z"), "Europe/Bucharest")).toBe("2027-01-01")
    expect(dayIn(new Date("2026-12-31T21:59:59Z"), "Europe/Bucharest")).toBe("2026-12-31")
  })
  it("R3.4 summer time (UTC+3): 21:00 UTC is the next day", () => {
    expect(dayIn(new Date("2026-07-14T21:00:00Z"), "Europe/Bucharest")).toBe("2026-07-15")
    expect(dayIn(new Date("2026-07-14T20:59:59Z"), "Europe/Bucharest")).toBe("2026-07-14")
  })
  it("R3.4 the same instant is another day in another shop zone", () => {
    expect(dayIn(new Date("2026-07-14T23:30:00Z"), "America/New_York")).toBe("2026-07-14")
  })
  it("R3.4 a card is active through the whole end day, expired the day after", () => {
    const card = { status: "active", ends_on: "2028-11-22" }
    expect(effectiveStatus(card, "2028-11-22")).toBe("active")
    expect(effectiveStatus(card, "2028-11-23")).toBe("expired")
  })
  it("R1.2 pending and void cards keep their status whatever the day", () => {
    expect(effectiveStatus({ status: "pending", ends_on: null }, "2099-01-01")).toBe("pending")
    expect(effectiveStatus({ status: "void", ends_on: "2020-01-01" }, "2099-01-01")).toBe("void")
  })
})

describe("R2 policy precedence", () => {
  const defaults = { default_warranty_months: 24, battery_warranty_days: 90 }
  const policies = [
    { product_id: "p1", variant_id: null, months: 12, battery_days: 60, coverage: "full" as const, kind: "device" as const },
    { product_id: "p1", variant_id: "v2", months: 6, battery_days: 30, coverage: "full" as const, kind: "device" as const },
    { product_id: "p3", variant_id: null, months: 24, battery_days: 0, coverage: "manufacturing_defects" as const, kind: "accessory" as const },
  ]
  it("R2.1 no policy: the plugin default of 24 months", () => {
    expect(resolvePolicy(policies, "p9", "v9", defaults)).toMatchObject({ months: 24, battery_days: 90, source: "default" })
  })
  it("R2.2 product policy applies to a variant without its own", () => {
    expect(resolvePolicy(policies, "p1", "v1", defaults)).toMatchObject({ months: 12, battery_days: 60, source: "product" })
  })
  it("R2.2 variant policy wins over the product's", () => {
    expect(resolvePolicy(policies, "p1", "v2", defaults)).toMatchObject({ months: 6, battery_days: 30, source: "variant" })
  })
  it("R5.2 an accessory policy carries manufacturing-defects coverage", () => {
    expect(resolvePolicy(policies, "p3", null, defaults)).toMatchObject({ coverage: "manufacturing_defects", kind: "accessory" })
  })
})

describe("R1.2 serial numbers and IMEI", () => {
  it("accepts a valid IMEI", () => {
    expect(passesLuhn("490154203237518")).toBe(true)
    expect(serialNumberProblem("490154203237518")).toBeNull()
  })
  it("rejects a 15-digit IMEI whose Luhn check fails", () => {
    expect(serialNumberProblem("490154203237519")).toMatch(/Luhn/)
  })
  it("accepts other serials as free text", () => {
    expect(serialNumberProblem("F2LXK0ABHG7F")).toBeNull()
  })
})

describe("R4 battery", () => {
  it("R4.5 recognises the OEM-battery iPhone models and nothing else", () => {
    expect(isOemBatteryModel("iPhone 12 128GB", DEFAULT_OEM_BATTERY_MODELS)).toBe(true)
    expect(isOemBatteryModel("Apple iPhone XR", DEFAULT_OEM_BATTERY_MODELS)).toBe(true)
    expect(isOemBatteryModel("iPhone SE 2020", DEFAULT_OEM_BATTERY_MODELS)).toBe(true)
    expect(isOemBatteryModel("iPhone 15 Pro", DEFAULT_OEM_BATTERY_MODELS)).toBe(false)
    expect(isOemBatteryModel("iPhone 13", DEFAULT_OEM_BATTERY_MODELS)).toBe(false)
    expect(isOemBatteryModel("iPhone SE 2022", DEFAULT_OEM_BATTERY_MODELS)).toBe(false)
    expect(isOemBatteryModel("Samsung Galaxy S24", DEFAULT_OEM_BATTERY_MODELS)).toBe(false)
  })
  it("R4.3 a sale reading under 85% means a replacement at the shop's cost; 85% does not", () => {
    expect(saleReadingNeedsReplacement(84, 85)).toBe(true)
    expect(saleReadingNeedsReplacement(85, 85)).toBe(false)
    expect(saleReadingNeedsReplacement(null, 85)).toBe(false)
  })
})

describe("R5 coverage", () => {
  it("R5.1 a phone is covered for the Art. 2 functions", () => {
    const items = coveredItems("device", "full", "en")
    expect(items.map((i) => i.code)).toEqual(expect.arrayContaining(["display", "battery", "sim_slot", "charging_port"]))
    expect(items).toHaveLength(24)
  })
  it("R5.2 an accessory is covered for manufacturing defects only", () => {
    expect(coveredItems("accessory", "manufacturing_defects", "ro")).toEqual([
      { code: "manufacturing_defect", label: "Defecte de fabricație" },
    ])
  })
})

describe("plugin options", () => {
  it("defaults come from the shop's terms", () => {
    expect(parseWarrantyOptions({})).toMatchObject({
      default_warranty_months: 24,
      battery_warranty_days: 90,
      battery_health_threshold: 85,
      time_zone: "Europe/Bucharest",
      card_number_prefix: "WC",
    })
  })
  it("a bad option fails with a message naming it", () => {
    expect(() => parseWarrantyOptions({ default_warranty_months: -1, time_zone: "Mars/Base" })).toThrow(
      /default_warranty_months.*time_zone|time_zone.*default_warranty_months/
    )
    expect(unknownOptionKeys({ default_warranty_month: 12, database: {} })).toEqual(["default_warranty_month"])
  })
  it("R8.4 the diagnostic fee is a list, one per currency; a single object is a list of one (20 EUR by default)", () => {
    expect(parseWarrantyOptions({}).diagnostic_fee).toEqual([{ amount: 20, currency_code: "eur" }])
    expect(parseWarrantyOptions({ diagnostic_fee: { amount: 100, currency_code: "ron" } }).diagnostic_fee).toEqual([
      { amount: 100, currency_code: "ron" },
    ])
    const both = [
      { amount: 20, currency_code: "eur" },
      { amount: 100, currency_code: "ron" },
    ]
    expect(parseWarrantyOptions({ diagnostic_fee: both }).diagnostic_fee).toEqual(both)
    expect(diagnosticFeeFor(both, "RON")).toEqual({ amount: 100, currency_code: "ron" })
    expect(diagnosticFeeFor(both, "usd")).toBeNull()
    expect(diagnosticFeeFor(both, null)).toBeNull()
  })
  it("R8.4 a diagnostic fee option naming a currency twice, or of the wrong shape, fails with a message naming it", () => {
    const twice = [
      { amount: 100, currency_code: "ron" },
      { amount: 90, currency_code: "ron" },
    ]
    expect(() => parseWarrantyOptions({ diagnostic_fee: twice })).toThrow(/diagnostic_fee: names a currency twice/)
    expect(() => parseWarrantyOptions({ diagnostic_fee: { amount: 20, currency_code: "EUR" } })).toThrow(
      /diagnostic_fee\.currency_code: must be a lower-case ISO 4217 code such as eur/
    )
    expect(() => parseWarrantyOptions({ diagnostic_fee: 20 })).toThrow(
      /diagnostic_fee: must be \{ amount, currency_code \} or a list of them, one per currency/
    )
  })
  it("R6.5 R6.8 the service's address and phone left at their placeholders are named for the start-up warning", () => {
    expect(placeholderOptionKeys({})).toEqual(["service_address", "service_phone"])
    expect(placeholderOptionKeys(undefined)).toEqual(["service_address", "service_phone"])
    expect(placeholderOptionKeys({ service_phone: "+40 21 000 0000" })).toEqual(["service_address"])
    const address = { name: "Swipe Service", address_1: "Str. Lipscani 1", postal_code: "030031", city: "București", country_code: "ro" }
    expect(placeholderOptionKeys({ service_address: address, service_phone: "+40 21 000 0000" })).toEqual([])
  })
})

describe("R2.2 R5.2 policy changes", () => {
  const defaults = { default_warranty_months: 24, battery_warranty_days: 90 }
  const accessory = { months: 24, battery_days: 0, coverage: "manufacturing_defects" as const, kind: "accessory" as const }
  it("R5.2 a variant's own months on an accessory keep the accessory's cover", () => {
    expect(mergePolicy({ months: 6 }, accessory, defaults)).toEqual({ ...accessory, months: 6 })
  })
  it("R5.2 turning a product into an accessory takes the accessory defaults", () => {
    expect(mergePolicy({ months: 12, kind: "accessory" }, null, defaults)).toEqual({
      months: 12,
      kind: "accessory",
      coverage: "manufacturing_defects",
      battery_days: 0,
    })
  })
  it("R2.2 a phone without a policy gets full cover and the default battery days", () => {
    expect(mergePolicy({ months: 12 }, null, defaults)).toEqual({ months: 12, kind: "device", coverage: "full", battery_days: 90 })
  })
})

describe("R3 starting a card", () => {
  const card = { id: "wcard_1", months: 24, battery_days: 90 }
  it("R3.4 a start moves both end dates and makes the card active", () => {
    expect(startedCard(card, "2026-11-22", new Date("2026-11-22T10:00:00Z"), "2026-11-22")).toMatchObject({
      status: "active",
      starts_on: "2026-11-22",
      ends_on: "2028-11-22",
      battery_ends_on: "2027-02-20",
    })
  })
  it("R3.4 a corrected start in the past can make the card expired at once, and a later one brings it back", () => {
    expect(startedCard(card, "2023-01-10", new Date(), "2026-11-22").status).toBe("expired")
    expect(startedCard(card, "2025-01-10", new Date(), "2026-11-22").status).toBe("active")
  })
})

describe("R3.4 status filter agrees with what readers see", () => {
  it("active means stored active and not past the end day; expired includes stored-active cards past it", () => {
    expect(statusFilter("active", "2026-11-22")).toEqual({ status: "active", ends_on: { $gte: "2026-11-22" } })
    expect(statusFilter("expired", "2026-11-22")).toEqual({
      $or: [{ status: "expired" }, { status: "active", ends_on: { $lt: "2026-11-22" } }],
    })
    expect(statusFilter(["pending", "void"], "2026-11-22")).toEqual({ $or: [{ status: "pending" }, { status: "void" }] })
  })
})

describe("R1.2 IMEI written with separators", () => {
  it("is checked and stored as its 15 digits", () => {
    expect(normalizeSerialNumber("35-693803-564380-9")).toBe("356938035643809")
    expect(serialNumberProblem("35 693803 564380 8")).toMatch(/Luhn/)
    expect(normalizeSerialNumber(" F2LXK0-ABHG7F ")).toBe("F2LXK0-ABHG7F")
  })
})

describe("hasBattery", () => {
  it("R4 R5.2 a phone has a battery; an accessory has none unless its policy gives it battery days", () => {
    expect(hasBattery({ kind: "device", battery_days: 90 })).toBe(true)
    expect(hasBattery({ kind: "device" })).toBe(true)
    expect(hasBattery({ kind: "accessory", battery_days: 0 })).toBe(false)
    expect(hasBattery({ kind: "accessory" })).toBe(false)
    expect(hasBattery({ kind: "accessory", battery_days: 90 })).toBe(true)
  })
})
