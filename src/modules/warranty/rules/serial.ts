/** Luhn check digit test, as IMEIs use it. */
export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) {
        d -= 9
      }
    }
    sum += d
  }
  return sum % 10 === 0
}

/** An IMEI written with spaces or dashes (`35 693803 564380 9`) is stored as its 15 digits. */
export function normalizeSerialNumber(value: string): string {
  const v = value.trim()
  const digits = v.replace(/[\s-]/g, "")
  return /^\d{15}$/.test(digits) ? digits : v
}

/**
 * R1.2: a 15-digit serial is an IMEI and must pass the Luhn check; any other serial is free text.
 * Returns the problem, or null when the value is acceptable.
 */
export function serialNumberProblem(value: string): string | null {
  const v = normalizeSerialNumber(value)
  if (!v.length) {
    return "must not be empty"
  }
  if (/^\d{15}$/.test(v) && !passesLuhn(v)) {
    return "is not a valid IMEI: the 15-digit Luhn check fails"
  }
  return null
}
