import { CalendarDate, computeEndDates } from "./dates"

export type CardStatus = "pending" | "active" | "expired" | "void"

/**
 * The status a reader sees on `today` (R1.2, R3.4). The daily job stores `expired`, but an API
 * read never shows an expired card as `active` even before the job has run.
 */
export function effectiveStatus(
  card: { status: CardStatus | string; ends_on?: CalendarDate | null },
  today: CalendarDate
): CardStatus {
  if (card.status === "active" && card.ends_on && card.ends_on < today) {
    return "expired"
  }
  return card.status as CardStatus
}

/**
 * R3: the fields a card gets when it starts (or its start is corrected): the end dates follow the
 * start (R3.4, R4.1) and the stored status follows the end date, so a corrected start can bring
 * an expired card back to `active` or make an old one `expired` at once.
 */
export function startedCard(
  card: { id: string; months: number; battery_days: number },
  starts_on: CalendarDate,
  issued_at: Date,
  today: CalendarDate
) {
  const dates = computeEndDates(starts_on, card.months, card.battery_days)
  return {
    id: card.id,
    status: (dates.ends_on < today ? "expired" : "active") as CardStatus,
    issued_at,
    starts_on,
    ...dates,
  }
}

/**
 * Turns the `status` filter into database filters that agree with what readers see: a stored
 * `active` card past its end day is `expired` (R3.4) even before the daily job stored it.
 */
export function statusFilter(status: string | string[] | undefined, today: string): Record<string, unknown> | null {
  if (!status) {
    return null
  }
  const wanted = Array.isArray(status) ? status : [status]
  const branches: Record<string, unknown>[] = wanted.map((s) => {
    if (s === "active") {
      return { status: "active", ends_on: { $gte: today } }
    }
    if (s === "expired") {
      return { $or: [{ status: "expired" }, { status: "active", ends_on: { $lt: today } }] }
    }
    return { status: s }
  })
  return branches.length === 1 ? branches[0] : { $or: branches }
}

