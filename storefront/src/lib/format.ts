import type { WarrantyLocale } from "medusa-plugin-warranty/client"

const INTL: Record<WarrantyLocale, string> = { ro: "ro-RO", en: "en-GB" }

/** Medusa 2 amounts are in the currency's main unit (2100 RON is 2100). */
export function money(amount: number | null | undefined, currency: string | null | undefined, locale: WarrantyLocale) {
  if (amount === null || amount === undefined || !currency) {
    return "–"
  }
  return new Intl.NumberFormat(INTL[locale], { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

/** A calendar day (`YYYY-MM-DD`, in the shop's zone): shown as that day, whatever the browser's zone. */
export function day(value: string | null | undefined, locale: WarrantyLocale) {
  if (!value) {
    return "–"
  }
  const [y, m, d] = value.slice(0, 10).split("-").map(Number)
  return new Intl.DateTimeFormat(INTL[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d))
  )
}

/** A moment (ISO date-time), in the shop's time zone. */
export function moment(value: string | Date | null | undefined, locale: WarrantyLocale) {
  if (!value) {
    return "–"
  }
  return new Intl.DateTimeFormat(INTL[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Bucharest",
  }).format(new Date(value))
}

/** The shop's calendar day of a moment (for "expires on"). */
export function momentDay(value: string | null | undefined, locale: WarrantyLocale) {
  if (!value) {
    return "–"
  }
  return new Intl.DateTimeFormat(INTL[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Bucharest" }).format(
    new Date(value)
  )
}
