import type { CalendarDate } from "./dates"

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
