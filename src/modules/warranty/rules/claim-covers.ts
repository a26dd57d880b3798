import { TZDate } from "@date-fns/tz"
import { addBusinessDays, format } from "date-fns"
import { texts, type Locale } from "../../../i18n"
import { ACCESSORY_DEFECT_CODE, DEFECT_CODES, DEVICE_DEFECT_CODES, type EligibilityReasonCode } from "../codes"
import type { ClaimCover } from "../models/warranty-claim"
import { CLOCK_STATES } from "./claim-transitions"
import { addCalendarDays, CalendarDate, computeEndDates } from "./dates"

/** The model's covers as string values; `paid` means none of the free ones. */
export type MainCover = `${ClaimCover}`
export type CoverKind = Exclude<MainCover, "paid">
export type Cover = { kind: CoverKind; until: CalendarDate }

export type EligibilityReason = { code: EligibilityReasonCode; message: string }
export type Eligibility = {
  on: CalendarDate
  covers: Cover[]
  /** A free cover applies (R11.3). */
  covered: boolean
  /** A claim may be filed on the card at all (not void, started). */
  fileable: boolean
  reasons: EligibilityReason[]
}

export type CoverCard = {
  status: string
  void_reason?: string | null
  starts_on?: CalendarDate | null
  ends_on?: CalendarDate | null
  battery_ends_on?: CalendarDate | null
  kind: "device" | "accessory" | string
  coverage: "full" | "manufacturing_defects" | string
}

export type CoverSettings = { legal_guarantee_months: number }

function reason(code: EligibilityReasonCode, locale: Locale, arg = ""): EligibilityReason {
  return { code, message: texts(locale).claim.eligibility[code](arg) }
}

/** R5.1/R5.2: accessories (or manufacturing-defects cover) name the single kind; phones the Art. 2 list. */
export function defectCodesFor(card: Pick<CoverCard, "kind" | "coverage">): string[] {
  if (card.kind === "accessory" || card.coverage === "manufacturing_defects") {
    return [ACCESSORY_DEFECT_CODE]
  }
  return [...DEVICE_DEFECT_CODES]
}

const ALL_DEFECT_CODES = new Set<string>(DEFECT_CODES)

/** What is wrong with a list of defect codes for this card, or null (R5.1, R5.2). */
export function defectsProblem(card: Pick<CoverCard, "kind" | "coverage">, defects: string[]): string | null {
  if (!defects.length) {
    return "name at least one defect"
  }
  const unknown = defects.filter((d) => !ALL_DEFECT_CODES.has(d))
  if (unknown.length) {
    return `unknown defect code(s): ${unknown.join(", ")}`
  }
  const allowed = defectCodesFor(card)
  const wrong = defects.filter((d) => !allowed.includes(d))
  if (wrong.length) {
    const what = allowed.length === 1 ? `only "${allowed[0]}" for an accessory (R5.2)` : "one of the phone functions of R5.1"
    return `${wrong.join(", ")} not in the list for this product: use ${what}`
  }
  return null
}

/**
 * R11.3: every cover that applies to these defects on `on`. `legal` runs from delivery (the card's
 * start, R3) for the statutory months (R11.1); `commercial` is the card (R1-R3, R5); `battery` is
 * R4.1, for a battery that fails, never for wear (R4.4). None of them means a paid service.
 */
export function assessCovers(
  card: CoverCard,
  defects: string[],
  on: CalendarDate,
  settings: CoverSettings,
  locale: Locale,
  battery_finding?: "failure" | "wear" | null
): Eligibility {
  const result: Eligibility = { on, covers: [], covered: false, fileable: false, reasons: [] }
  if (card.status === "void") {
    result.reasons.push(reason("card_void", locale, card.void_reason ?? "void"))
    return result
  }
  if (!card.starts_on || !card.ends_on) {
    result.reasons.push(reason("card_not_started", locale))
    return result
  }
  if (on < card.starts_on) {
    result.reasons.push(reason("before_start", locale, card.starts_on))
    return result
  }
  result.fileable = true

  const legalUntil = computeEndDates(card.starts_on, settings.legal_guarantee_months, 0).ends_on
  if (settings.legal_guarantee_months > 0 && on <= legalUntil) {
    result.covers.push({ kind: "legal", until: legalUntil })
  } else {
    result.reasons.push(reason("legal_ended", locale, legalUntil))
  }

  if (on <= card.ends_on) {
    const allowed = defectCodesFor(card)
    const outside = defects.filter((d) => !allowed.includes(d))
    if (outside.length) {
      result.reasons.push(reason("commercial_not_covered", locale, outside.join(", ")))
    } else {
      result.covers.push({ kind: "commercial", until: card.ends_on })
    }
  } else {
    result.reasons.push(reason("commercial_ended", locale, card.ends_on))
  }

  if (defects.includes("battery") && card.kind !== "accessory" && card.battery_ends_on) {
    if (battery_finding === "wear") {
      result.reasons.push(reason("battery_wear", locale))
    } else if (on <= card.battery_ends_on) {
      result.covers.push({ kind: "battery", until: card.battery_ends_on })
    } else {
      result.reasons.push(reason("battery_ended", locale, card.battery_ends_on))
    }
  }

  result.covered = result.covers.length > 0
  if (!result.covered) {
    result.reasons.push(reason("paid_service", locale))
  }
  return result
}

/** The cover a claim is listed under: the card first, then the law, then the battery; else paid. */
export function mainCover(covers: Cover[]): MainCover {
  for (const kind of ["commercial", "legal", "battery"] as const) {
    if (covers.some((c) => c.kind === kind)) {
      return kind
    }
  }
  return "paid"
}

export type DeadlineSettings = {
  service_days: number
  legal_remedy_days: number
  legal_remedy_day_unit: "calendar" | "working"
  /** R11.2: where the legal limit is counted from; the service period (R7.1) always runs from receipt. */
  legal_remedy_from?: "receipt" | "filing"
}

function addWorkingDays(day: CalendarDate, days: number): CalendarDate {
  const [y, m, d] = day.split("-").map(Number)
  return format(addBusinessDays(new TZDate(y, m - 1, d, "UTC"), days), "yyyy-MM-dd")
}

/**
 * R7.1, R11.2, R11.3: the service deadline is the strictest limit that applies: the legal remedy
 * limit under the legal cover, else the service period (which also binds paid work, Art. 11.1).
 * The legal limit runs from receipt, or from the filing day (when the consumer told the seller)
 * when `legal_remedy_from` is `filing`.
 */
export function serviceDue(
  received_on: CalendarDate,
  covers: Cover[],
  settings: DeadlineSettings,
  filed_on: CalendarDate = received_on
): { due_on: CalendarDate; due_basis: "legal" | "commercial" } {
  const service = { due_on: addCalendarDays(received_on, settings.service_days), due_basis: "commercial" as const }
  if (!covers.some((c) => c.kind === "legal")) {
    return service
  }
  const from = settings.legal_remedy_from === "filing" ? filed_on : received_on
  const legal_due =
    settings.legal_remedy_day_unit === "working"
      ? addWorkingDays(from, settings.legal_remedy_days)
      : addCalendarDays(from, settings.legal_remedy_days)
  return legal_due <= service.due_on ? { due_on: legal_due, due_basis: "legal" } : service
}

/** R8.4, R11.3: a fee may be charged only when no free cover applies or staff recorded an R9 exclusion. */
export function feeAllowed(covers: Cover[], exclusion_reason: string | null | undefined): boolean {
  return covers.length === 0 || !!exclusion_reason
}

/** A claim is overdue on `today` when its clock still runs and its due day has passed (R7.1, R11.2). */
export function isOverdue(
  claim: { status: string; due_on?: CalendarDate | null },
  today: CalendarDate,
  clockStates: readonly string[] = CLOCK_STATES
): boolean {
  return !!claim.due_on && claim.due_on < today && clockStates.includes(claim.status)
}

/** The database filter that agrees with `isOverdue` (true) or its opposite (false). */
export function overdueFilter(today: CalendarDate, overdue: boolean): Record<string, unknown> {
  return overdue
    ? { due_on: { $lt: today }, status: { $in: CLOCK_STATES } }
    : { $or: [{ due_on: null }, { due_on: { $gte: today } }, { status: { $nin: CLOCK_STATES } }] }
}
