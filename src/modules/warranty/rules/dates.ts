import { TZDate } from "@date-fns/tz"
import { addDays, addMonths, format } from "date-fns"

/** An ISO instant `days` whole days (of 24 h) after another: offer and credit expiries. */
export function instantAfterDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString()
}

/** A calendar date, `YYYY-MM-DD`, in the shop's time zone. */
export type CalendarDate = string

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isCalendarDate(value: string): boolean {
  const m = CALENDAR_DATE.exec(value)
  if (!m) {
    return false
  }
  const d = new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), "UTC")
  return format(d, "yyyy-MM-dd") === value
}

function toUtcDay(value: CalendarDate): TZDate {
  const m = CALENDAR_DATE.exec(value)
  if (!m || !isCalendarDate(value)) {
    throw new Error(`not a calendar date: ${value}`)
  }
  return new TZDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), "UTC")
}

/** The calendar day an instant falls on in the given time zone (R3.4). */
export function dayIn(instant: Date, timeZone: string): CalendarDate {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd")
}

/**
 * R3.4: end = start + months, on the same day of the month or the last day of the month when
 * there is none (31 Jan + 1 month = 28/29 Feb). R4.1: battery end = start + battery days.
 */
export function computeEndDates(
  starts_on: CalendarDate,
  months: number,
  battery_days: number
): { ends_on: CalendarDate; battery_ends_on: CalendarDate } {
  const start = toUtcDay(starts_on)
  return {
    ends_on: format(addMonths(start, months), "yyyy-MM-dd"),
    battery_ends_on: format(addDays(start, battery_days), "yyyy-MM-dd"),
  }
}

export function addCalendarDays(day: CalendarDate, days: number): CalendarDate {
  return format(addDays(toUtcDay(day), days), "yyyy-MM-dd")
}

/** R3.4: a card is valid through the whole of its end day, so `on <= ends_on`. */
export function isWithin(on: CalendarDate, from: CalendarDate, through: CalendarDate): boolean {
  return from <= on && on <= through
}
