import { z } from "@medusajs/framework/zod"
import { isCalendarDate } from "../../modules/warranty/rules/dates"

/**
 * The date and date-time fields of every plugin route, written once. `Date.parse` rolls an
 * impossible day over (`2024-02-30` becomes 1 March) instead of refusing it, so each part is
 * checked here: a day that does not exist in its month, hour 24, minute 60, an offset past
 * ±14:00 are a 400 naming the field (Medusa prints a custom issue's message as it is).
 */

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/i

/**
 * An ISO 8601 date-time with its offset (`2026-03-01T10:00:00Z`, `...+02:00`) naming a moment
 * that exists. Without an offset the moment would depend on the server's own time zone.
 */
export function isIsoDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value)
  if (!m) {
    return false
  }
  const [, day, hh, mm, ss = "00", zone, oh = "00", om = "00"] = m
  if (!isCalendarDate(day) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    return false
  }
  if (zone.toUpperCase() !== "Z" && (Number(oh) > 14 || Number(om) > 59)) {
    return false
  }
  return !Number.isNaN(Date.parse(value))
}

/** A calendar date field, `YYYY-MM-DD`, that exists (no 30 February). */
export const calendarDate = (field: string) =>
  z.string({ message: `${field} must be a calendar date written YYYY-MM-DD` }).refine(isCalendarDate, {
    message: `${field} must be a calendar date written YYYY-MM-DD that exists`,
  })

/** A date-time field (ISO 8601 with an offset) naming a moment that exists. */
export const isoDateTime = (field: string) =>
  z.string({ message: `${field} must be an ISO 8601 date-time` }).refine(isIsoDateTime, {
    message: `${field} must be an ISO 8601 date-time with its offset (2026-03-01T10:00:00Z) naming a day and time that exist`,
  })
