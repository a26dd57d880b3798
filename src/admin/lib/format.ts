import type {
  BatteryHealthRecord,
  BatteryKind,
  BatteryReadingSource,
  ProductKind,
  WarrantyCard,
  WarrantyCardStatus,
  WarrantyCoverage,
} from "./types"

export const STATUS_LABELS: Record<WarrantyCardStatus, string> = {
  pending: "Pending",
  active: "Active",
  expired: "Expired",
  void: "Void",
}

export const STATUS_COLORS: Record<WarrantyCardStatus, "orange" | "green" | "grey" | "red"> = {
  pending: "orange",
  active: "green",
  expired: "grey",
  void: "red",
}

export const SOURCE_LABELS: Record<BatteryReadingSource, string> = {
  sale: "At sale",
  intake: "Service intake",
  repair: "After repair",
  customer_report: "Customer report",
}

export const BATTERY_KIND_LABELS: Record<BatteryKind, string> = {
  original: "Original",
  oem: "OEM",
}

export const COVERAGE_LABELS: Record<WarrantyCoverage, string> = {
  full: "Full (phone functions, Art. 2)",
  manufacturing_defects: "Manufacturing defects only",
}

export const KIND_LABELS: Record<ProductKind, string> = {
  device: "Device",
  accessory: "Accessory",
}

/** A YYYY-MM-DD calendar date as "22 Nov 2026"; it is a day, not an instant, so no time zone shift. */
export function formatDay(day: string | null | undefined): string {
  if (!day) {
    return "-"
  }
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) {
    return day
  }
  return date.toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" })
}

/** An instant (ISO date-time) as the staff member's local date. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })
}

/** Today as YYYY-MM-DD in the browser's time zone (the default of date inputs). */
export function todayDay(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function latestReading(card: WarrantyCard): BatteryHealthRecord | null {
  const records = card.battery_health_records ?? []
  if (!records.length) {
    return null
  }
  return [...records].sort((a, b) => new Date(b.measured_at).getTime() - new Date(a.measured_at).getTime())[0]
}

export function formatPercent(percent: number | null): string {
  return percent === null ? "No % shown" : `${percent}%`
}

/** A 15-digit serial is an IMEI (R1.2); anything else is the maker's serial number. */
export function serialLabel(serial: string): string {
  return /^\d{15}$/.test(serial) ? `IMEI ${serial}` : `S/N ${serial}`
}

export function productLabel(card: WarrantyCard): string {
  return card.variant_title ? `${card.product_title} · ${card.variant_title}` : card.product_title
}

export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Something went wrong"
}
