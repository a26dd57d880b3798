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

/**
 * R1.2: a 15-digit serial is an IMEI and must pass the Luhn check; any other serial is free text.
 * Returns the problem, or null when the value is acceptable.
 */
export function serialNumberProblem(value: string): string | null {
  const v = value.trim()
  if (!v.length) {
    return "must not be empty"
  }
  if (/^\d{15}$/.test(v) && !passesLuhn(v)) {
    return "is not a valid IMEI: the 15-digit Luhn check fails"
  }
  return null
}
