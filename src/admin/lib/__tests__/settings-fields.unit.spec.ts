import { splitFieldErrors } from "../field-errors"
import { displayValue, fromForm, perSettingMessage, toForm } from "../settings-fields"

describe("Settings -> Warranty form (issue 11 s.6)", () => {
  it("R6.8 a nested problem lands under its setting, saying which part", () => {
    const message = "Invalid request: service_hours.opens: must be HH:MM; diagnostic_fee.1.amount: Too small: expected number to be >=0; service_phone: Too small: expected string to have >=3 characters"
    const split = splitFieldErrors(perSettingMessage(message), ["service_hours", "diagnostic_fee", "service_phone"] as const)
    expect(split.fields).toEqual({
      service_hours: "Opens: must be HH:MM",
      diagnostic_fee: "Row 2 amount: Too small: expected number to be >=0",
      service_phone: "Too small: expected string to have >=3 characters",
    })
    expect(split.general).toBeNull()
  })

  it("a stale version and unknown keys stay general messages", () => {
    const stale = "version: the warranty settings were changed by someone else meanwhile (now version 3); reload them and make your change again"
    expect(splitFieldErrors(perSettingMessage(stale), ["service_phone"] as const).general).toBe(stale)
  })

  it("R8.4 R4.5 form values go to the API as the option reads them; what is not a number goes as typed for the API to name", () => {
    expect(fromForm("fees", [{ amount: "20", currency_code: " eur " }])).toEqual([{ amount: 20, currency_code: "eur" }])
    expect(fromForm("int", "12")).toBe(12)
    expect(fromForm("int", "twelve")).toBe("twelve")
    expect(fromForm("models", "iPhone 11\n\n iPhone 12 \n")).toEqual(["iPhone 11", "iPhone 12"])
    const address = { name: "S", address_1: "A 1", postal_code: "1", city: "C", country_code: "ro" }
    expect(fromForm("address", toForm("address", address))).toEqual(address)
    expect(displayValue("diagnostic_fee", [])).toBe("none")
    expect(displayValue("service_hours", { opens: "09:00", closes: "18:00" })).toBe("09:00-18:00")
  })
})
