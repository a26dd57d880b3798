import { parseWarrantyOptions } from "../options"
import { applySettingsPatch, mergeSettings, parseShopSetting, sameValue, settingsPatchSchema } from "../rules/settings"

const options = parseWarrantyOptions({ service_phone: "+40 711 111 111", diagnostic_fee: [{ amount: 20, currency_code: "eur" }] })

describe("Issue 11 s.6 shop settings: the plugin options are the defaults, the stored overrides win", () => {
  it("R6.8 with nothing stored the settings are the options", () => {
    const merged = mergeSettings(options, {})
    expect(merged.settings).toEqual(options)
    expect(merged.overridden).toEqual([])
    expect(merged.ignored).toEqual([])
  })

  it("R2.1 R6.8 R8.4 an override replaces its option only; the others stay the options'", () => {
    const merged = mergeSettings(options, {
      service_phone: "+40 722 222 222",
      default_warranty_months: 12,
      diagnostic_fee: [{ amount: 100, currency_code: "ron" }],
    })
    expect(merged.settings.service_phone).toBe("+40 722 222 222")
    expect(merged.settings.default_warranty_months).toBe(12)
    expect(merged.settings.diagnostic_fee).toEqual([{ amount: 100, currency_code: "ron" }])
    expect(merged.settings.offer_valid_days).toBe(options.offer_valid_days)
    expect(merged.settings.time_zone).toBe(options.time_zone)
    // Listed in the page's order, whatever order they were stored in.
    expect(merged.overridden).toEqual(["service_phone", "default_warranty_months", "diagnostic_fee"])
  })

  it("R3.4 a stored key that is not a shop setting (time zone, number prefixes) or that the options' schema refuses now is left out", () => {
    const merged = mergeSettings(options, { time_zone: "Europe/London", card_number_prefix: "XX", legal_remedy_days: 0, surprise: 1 })
    expect(merged.settings.time_zone).toBe(options.time_zone)
    expect(merged.settings.card_number_prefix).toBe(options.card_number_prefix)
    expect(merged.settings.legal_remedy_days).toBe(options.legal_remedy_days)
    expect(merged.ignored.sort()).toEqual(["card_number_prefix", "legal_remedy_days", "surprise", "time_zone"])
  })

  it("R8.4 a value is read as the option reads it: one fee object is a list of one", () => {
    const merged = mergeSettings(options, { diagnostic_fee: { amount: 25, currency_code: "eur" } })
    expect(merged.settings.diagnostic_fee).toEqual([{ amount: 25, currency_code: "eur" }])
  })

  it("R6.8 a bad value is named with the options' own words", () => {
    expect(parseShopSetting("service_hours", { opens: "9", closes: "18:00" })).toEqual({ ok: false, problems: ["service_hours.opens: must be HH:MM"] })
    const fee = parseShopSetting("diagnostic_fee", [{ amount: 1, currency_code: "eur" }, { amount: 2, currency_code: "eur" }])
    expect(fee).toEqual({ ok: false, problems: ["diagnostic_fee: names a currency twice: give one fee per currency"] })
    expect(() => parseWarrantyOptions({ service_hours: { opens: "9", closes: "18:00" } })).toThrow("service_hours.opens: must be HH:MM")
  })

  it("a patch sets, resets (null) and logs each changed key from -> to; an unchanged value logs nothing", () => {
    const stored = { service_phone: "+40 722 222 222", offer_valid_days: 10 }
    const { overrides, changes } = applySettingsPatch(options, stored, {
      service_phone: null,
      offer_valid_days: 10,
      credit_valid_days: 30,
    })
    expect(overrides).toEqual({ offer_valid_days: 10, credit_valid_days: 30 })
    expect(changes).toEqual([
      { key: "service_phone", from: "+40 722 222 222", to: "+40 711 111 111", reset: true },
      { key: "credit_valid_days", from: options.credit_valid_days, to: 30, reset: false },
    ])
    expect(applySettingsPatch(options, stored, { offer_valid_days: 10 }).changes).toEqual([])
  })

  it("setting a value equal to the default still overrides it (a later change of the option no longer applies)", () => {
    const { overrides, changes } = applySettingsPatch(options, {}, { offer_valid_days: options.offer_valid_days })
    expect(overrides).toEqual({ offer_valid_days: options.offer_valid_days })
    expect(changes).toEqual([{ key: "offer_valid_days", from: options.offer_valid_days, to: options.offer_valid_days, reset: false }])
  })

  it("the request body: each key checked as its option, null resets, other keys refused", () => {
    const schema = settingsPatchSchema()
    expect(schema.parse({ version: 3, service_phone: null, diagnostic_fee: { amount: 5, currency_code: "eur" } })).toEqual({
      version: 3,
      service_phone: null,
      diagnostic_fee: [{ amount: 5, currency_code: "eur" }],
    })
    const bad = schema.safeParse({ version: 3, legal_remedy_day_unit: "weeks" })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0].message).toMatch(/^legal_remedy_day_unit: /)
    expect(schema.safeParse({ version: 3, time_zone: "Europe/London" }).success).toBe(false)
    expect(schema.safeParse({ service_phone: "+40 700" }).success).toBe(false)
  })

  it("values compare by content, not key order", () => {
    expect(sameValue({ opens: "09:00", closes: "18:00" }, { closes: "18:00", opens: "09:00" })).toBe(true)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
  })
})
