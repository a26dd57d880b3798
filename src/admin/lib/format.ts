import type {
  WarrantyBatteryFinding as BatteryFinding,
  AdminWarrantyBatteryReading as BatteryHealthRecord,
  BatteryKind,
  BatteryReadingSource,
  WarrantyClaimActor as ClaimActor,
  WarrantyClaimAddress as ClaimAddress,
  WarrantyClaimCover as ClaimCover,
  WarrantyClaimDeliveryMethod as ClaimDeliveryMethod,
  WarrantyClaimFee as ClaimFee,
  WarrantyClaimFeeSettledVia as ClaimFeeSettledVia,
  WarrantyClaimFeeStatus as ClaimFeeStatus,
  WarrantyClaimStatus as ClaimStatus,
  WarrantyExclusionReason as ExclusionReason,
  WarrantyExtensionReason as ExtensionReason,
  WarrantyOfferKind as OfferKind,
  WarrantyOfferOption as OfferOption,
  WarrantyOfferStatus as OfferStatus,
  WarrantyProductKind as ProductKind,
  WarrantyTradeInReason as TradeInReason,
  WarrantyValueBasis as ValueBasis,
  AdminWarrantyCard as WarrantyCard,
  WarrantyCardStatus,
  WarrantyCoverage,
} from "../../types"

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

// ---------------------------------------------------------------------------------------------
// Warranty claims (issue 3)

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  submitted: "Submitted",
  received: "Received",
  diagnosing: "Diagnosing",
  awaiting_customer: "Awaiting customer",
  repairing: "Repairing",
  at_manufacturer: "At manufacturer",
  ready: "Ready",
  awaiting_return_details: "Awaiting return details",
  returning: "Returning",
  rejected: "Rejected",
  unrepairable: "Unrepairable",
  offered: "Offered",
  recycling: "To recycle",
  closed: "Closed",
  canceled: "Canceled",
}

export const CLAIM_STATUS_COLORS: Record<ClaimStatus, "green" | "red" | "blue" | "orange" | "grey" | "purple"> = {
  submitted: "grey",
  received: "blue",
  diagnosing: "blue",
  awaiting_customer: "orange",
  repairing: "purple",
  at_manufacturer: "purple",
  ready: "green",
  awaiting_return_details: "orange",
  returning: "blue",
  rejected: "red",
  unrepairable: "red",
  offered: "orange",
  recycling: "purple",
  closed: "grey",
  canceled: "grey",
}

export const CLAIM_COVER_LABELS: Record<ClaimCover, string> = {
  commercial: "Commercial warranty",
  legal: "Legal guarantee",
  battery: "Battery warranty",
  paid: "Paid service",
}

/** The same, short, for table cells. */
export const CLAIM_COVER_SHORT_LABELS: Record<ClaimCover, string> = {
  commercial: "Commercial",
  legal: "Legal",
  battery: "Battery",
  paid: "Paid",
}

/** R9 (Art. 12) in the order of the rules: the select shows them numbered 1-20. */
export const EXCLUSION_REASON_LABELS: Record<ExclusionReason, string> = {
  card_mismatch: "Card data does not match the product",
  card_missing: "Warranty card (or its copy) missing",
  warranty_expired: "Warranty period expired",
  outside_repair: "Repair or modification attempted outside the workshop",
  non_original_parts: "Non-original consumables or materials",
  normal_wear: "Normal wear, periodic checks or maintenance",
  misuse_software: "Unofficial or beta software, rooting, sun or cold exposure",
  seals_broken: "Warranty seals, patches or factory labels broken",
  transport_or_handling: "Transport, storage, electrical fault or careless handling",
  force_majeure: "Force majeure (surge, storm, flood, fire)",
  other_devices: "Caused by other modules or devices used with it",
  software_or_malware: "Software update or malware",
  impact_liquid_damage: "Impact marks, heavy dirt, liquid or visible mechanical damage",
  touch_screen_force: "Excessive force or metal objects on the touch screen",
  imei_tampered: "IMEI changed, opened by another service or stickers removed",
  improper_use: "Physical damage from improper use and care",
  user_damage: "User damage: broken screen, USB or SIM slot",
  water_damage: "Water or humidity damage",
  screen_misuse: "Screen damage from misuse (yellow spot, pinch streaks)",
  screen_burn_in: "Screen burn-in (ghost image)",
}

export const EXCLUSION_REASONS = Object.keys(EXCLUSION_REASON_LABELS) as ExclusionReason[]

/** "13. Impact marks, ..." : staff cite the point of Art. 12. */
export function exclusionLabel(reason: ExclusionReason | string): string {
  const index = EXCLUSION_REASONS.indexOf(reason as ExclusionReason)
  return index < 0 ? reason : `${index + 1}. ${EXCLUSION_REASON_LABELS[reason as ExclusionReason]}`
}

/** R5.1 / R5.2: the defect codes a claim names (texts.ts COVERED_FUNCTIONS, in English). */
export const DEFECT_LABELS: Record<string, string> = {
  original_phone: "Original phone",
  no_liquid_contact: "No liquid contact",
  display: "Display",
  touch_screen: "Touch screen",
  biometric_unlock: "Fingerprint or face unlock",
  battery: "Battery",
  light_sensor: "Light sensor",
  proximity_sensor: "Proximity sensor",
  microphone: "Microphone",
  speaker: "Speaker",
  audio_jack: "Audio jack",
  menu_button: "Menu button",
  power_button: "Power button",
  volume_buttons: "Volume buttons",
  silent_switch: "Silent switch",
  vibration: "Vibration",
  wifi: "Wi-Fi",
  bluetooth: "Bluetooth",
  flashlight: "Flashlight",
  gsm_navigation: "GSM signal and navigation",
  cameras: "Cameras",
  autofocus: "Autofocus",
  charging_port: "Charging port",
  sim_slot: "SIM slot",
  manufacturing_defect: "Manufacturing defect",
}

export const EXTENSION_REASON_LABELS: Record<ExtensionReason, string> = {
  manufacturer_service: "Sent to the manufacturer's authorised service",
  no_replacement: "No replacement product available",
}

export const BATTERY_FINDING_LABELS: Record<BatteryFinding, string> = {
  failure: "Battery failure (defect)",
  wear: "Wear (health dropped with use)",
}

export const DELIVERY_METHOD_LABELS: Record<ClaimDeliveryMethod, string> = {
  drop_off: "Drop-off at the service",
  courier: "Courier",
}

export const ACTOR_LABELS: Record<ClaimActor, string> = {
  customer: "Customer",
  admin: "Staff",
  system: "System",
}

/** What each move did, as the timeline says it. */
export const CLAIM_MOVE_LABELS: Record<string, string> = {
  submit: "Claim filed",
  // R11.4: a log line, not a move.
  add_photos: "Photos added",
  receive: "Device received",
  cancel: "Canceled by the customer",
  diagnose: "Diagnosed",
  quote: "Quote sent",
  accept_quote: "Quote accepted",
  decline_quote: "Quote declined",
  start_repair: "Repair started",
  send_to_manufacturer: "Sent to the manufacturer",
  mark_ready: "Ready",
  request_return_details: "Return details requested",
  confirm_return_details: "Return details confirmed",
  ship_return: "Return shipped",
  reject: "Rejected",
  mark_unrepairable: "Marked unrepairable",
  extend: "Service period extended",
  note: "Note",
  mark_overdue: "Overdue",
  close: "Closed",
  make_offer: "Offer made",
  accept_offer: "Offer accepted",
  accept_trade_in: "Trade-in accepted",
  accept_trade_in_return: "Trade-in accepted, device to be returned",
  decline_offer: "Offer declined",
  expire_offer: "Offer expired",
  remind_offer: "Reminded of the offer",
  recycle: "Device recycled",
  pay_fee: "Fee paid online",
  mark_fee_paid: "Fee paid at the counter",
  waive_fee: "Fee waived",
}

/** "some_code" as "Some code": the fallback for a code without a label. */
export function humanize(code: string): string {
  const text = code.replace(/[_-]+/g, " ").trim()
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function claimProductLabel(claim: { product_title: string; variant_title: string | null }): string {
  return claim.variant_title ? `${claim.product_title} · ${claim.variant_title}` : claim.product_title
}

/** Amounts are in the currency's main unit (20 = 20 EUR), as Medusa stores them. */
export function formatMoney(amount: number, currencyCode: string): string {
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

/** An instant (ISO date-time) as the staff member's local date and time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  return date.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  })
}

export function addressLines(address: ClaimAddress | null | undefined): string[] {
  if (!address) {
    return []
  }
  return [
    address.address_1,
    address.address_2,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    [address.province, address.country_code?.toUpperCase()].filter(Boolean).join(", "),
  ].filter((line): line is string => Boolean(line))
}

// ---------------------------------------------------------------------------------------------
// Claim outcomes (issue 4: R8.2-R8.5)

/** The offer kinds in the shop's words; the rule each applies goes in a tooltip (OFFER_KIND_RULES). */
export const OFFER_KIND_LABELS: Record<OfferKind, string> = {
  replacement: "Replacement, same model",
  valuation: "Valuation",
  trade_in: "Trade-in credit",
}
export const OFFER_KIND_RULES: Record<OfferKind, string> = { replacement: "R8.2", valuation: "R8.3", trade_in: "R8.5" }
export const offerKindLabel = (kind: OfferKind): string => OFFER_KIND_LABELS[kind] ?? kind

export const OFFER_KINDS = Object.keys(OFFER_KIND_LABELS) as OfferKind[]

export const OFFER_OPTION_LABELS: Record<OfferOption, string> = {
  replacement: "Replacement unit",
  credit: "Credit for another product",
  credit_with_top_up: "Credit toward a dearer product",
  refund: "Refund",
  trade_in: "Trade-in credit",
}

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  open: "Open",
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
  replaced: "Replaced",
}

export const OFFER_STATUS_COLORS: Record<OfferStatus, "green" | "red" | "orange" | "grey"> = {
  open: "orange",
  accepted: "green",
  declined: "red",
  expired: "grey",
  replaced: "grey",
}

export const VALUE_BASIS_LABELS: Record<ValueBasis, string> = {
  list_price: "List price of the variant",
  market_value: "Current market value",
}

export const VALUE_BASES = Object.keys(VALUE_BASIS_LABELS) as ValueBasis[]

export const TRADE_IN_REASON_LABELS: Record<TradeInReason, string> = {
  unrepairable: "Cannot be repaired",
  parts_withdrawn: "Parts withdrawn",
  end_of_life: "End of life",
  repair_too_costly: "Repair costs too much of its value",
}

export const TRADE_IN_REASONS = Object.keys(TRADE_IN_REASON_LABELS) as TradeInReason[]

export const FEE_STATUS_LABELS: Record<ClaimFeeStatus, string> = {
  due: "Due",
  paid: "Paid",
  waived: "Waived",
}

export const FEE_STATUS_COLORS: Record<ClaimFeeStatus, "orange" | "green" | "grey"> = {
  due: "orange",
  paid: "green",
  waived: "grey",
}

export const FEE_SETTLED_VIA_LABELS: Record<ClaimFeeSettledVia, string> = {
  online: "Paid online",
  counter: "Paid at the counter",
  waiver: "Waived by staff",
}

/** The fees still owed, one sum per currency ("€20.00"); a dash when none is due. */
export function dueFeesLabel(fees: ClaimFee[] | null | undefined): string {
  const totals = new Map<string, number>()
  for (const fee of fees ?? []) {
    if (fee.status === "due") {
      totals.set(fee.currency_code, (totals.get(fee.currency_code) ?? 0) + fee.amount)
    }
  }
  return [...totals].map(([currency, amount]) => formatMoney(amount, currency)).join(" + ") || "-"
}

const DAY_MS = 24 * 60 * 60 * 1000

/** An offer's expiry from now: "expires in 3 days", "expires in less than a day", or "expired". */
export function expiryLabel(expiresAt: string | null | undefined, now: Date = new Date()): string {
  if (!expiresAt) {
    return "-"
  }
  const left = new Date(expiresAt).getTime() - now.getTime()
  if (Number.isNaN(left)) {
    return expiresAt
  }
  if (left <= 0) {
    return "expired"
  }
  const days = Math.floor(left / DAY_MS)
  if (days === 0) {
    return "expires in less than a day"
  }
  return `expires in ${days} ${days === 1 ? "day" : "days"}`
}
