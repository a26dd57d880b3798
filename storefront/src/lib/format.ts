import { texts, type Locale } from "./catalogue"

/** The BCP 47 tag Intl formats a language's numbers and dates with (the PDFs declare the same). */
const tag = (locale: Locale) => texts(locale).format.language_tag

/** Medusa 2 amounts are in the currency's main unit (2100 RON is 2100). */
export function money(amount: number | null | undefined, currency: string | null | undefined, locale: Locale) {
  if (amount === null || amount === undefined || !currency) {
    return "–"
  }
  return new Intl.NumberFormat(tag(locale), { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/** A calendar day (`YYYY-MM-DD`, in the shop's zone): shown as that day, whatever the browser's zone. */
export function day(value: string | null | undefined, locale: Locale) {
  if (!value) {
    return "–"
  }
  const [y, m, d] = value.slice(0, 10).split("-").map(Number)
  return new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d))
  )
}

/** A moment (ISO date-time), in the shop's time zone. */
export function moment(value: string | Date | null | undefined, locale: Locale) {
  if (!value) {
    return "–"
  }
  return new Intl.DateTimeFormat(tag(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Bucharest",
  }).format(new Date(value))
}

/** The shop's calendar day of a moment (for "expires on"). */
export function momentDay(value: string | null | undefined, locale: Locale) {
  if (!value) {
    return "–"
  }
  return new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Bucharest" }).format(
    new Date(value)
  )
}
