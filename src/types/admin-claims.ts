/** The service desk's claims: the list, one claim with its log, and every staff move. */
import type {
  WarrantyBatteryFinding,
  WarrantyClaimActor,
  WarrantyClaimCover,
  WarrantyClaimMove,
  WarrantyClaimStatus,
  WarrantyExclusionReason,
  WarrantyExtensionReason,
} from "./claim-codes"
import type { WarrantyClaimBase, WarrantyClaimCard, WarrantyClaimListCard, WarrantyClaimSortField } from "./claims"
import type {
  AdminWarrantyShopper,
  WarrantyCalendarDate,
  WarrantyDateTime,
  WarrantyLocale,
  WarrantyMoney,
  WarrantyPageParams,
  WarrantyPaginatedResponse,
  WarrantySortOrder,
} from "./common"
import type { AdminMakeWarrantyOfferBody, WarrantyCustomerAnswer, WarrantyOfferOptionState } from "./offers"

export type AdminWarrantyClaimEvent = {
  id: string
  claim_id: string
  /** `add_photos` (R11.4) is a log line without a status change: `data` names the photos. */
  move: WarrantyClaimMove | "submit" | "add_photos"
  from_status: WarrantyClaimStatus | null
  to_status: WarrantyClaimStatus
  actor: WarrantyClaimActor
  actor_id: string | null
  /** What the move recorded (its input and what it decided). */
  data: Record<string, unknown> | null
  visible_to_customer: boolean
  /**
   * Who made the move, as a person reads it: the staff member's name (else e-mail) for `admin`,
   * the shopper's name for `customer`, "System" for jobs; never an id.
   */
  actor_name: string
  /**
   * A staff answer recorded on the shopper's behalf (`data.channel`, `data.recorded_by`): the
   * staff member who recorded it; else null.
   */
  recorded_by_name: string | null
  created_at: WarrantyDateTime
  updated_at: WarrantyDateTime
  deleted_at: WarrantyDateTime | null
}

/** A claim in the service desk's list. */
export type AdminWarrantyClaim = WarrantyClaimBase & {
  /** Bumped by every move. */
  version: number
  overdue_notified_at: WarrantyDateTime | null
  deleted_at: WarrantyDateTime | null
  warranty_card: WarrantyClaimListCard | null
  /** The Medusa customer who filed it (`customer_id`), named; null for a guest. */
  customer: AdminWarrantyShopper | null
}

/** One claim with its card and its whole log (oldest first). */
export type AdminWarrantyClaimDetail = Omit<AdminWarrantyClaim, "warranty_card"> & {
  warranty_card: WarrantyClaimCard | null
  events: AdminWarrantyClaimEvent[]
  /** The shopper's answers staff may record now (given at the counter, on the phone or by e-mail). */
  customer_answers: WarrantyCustomerAnswer[]
  /** The open offer's options and whether accepting each would work now; null without an open offer. */
  offer_options: WarrantyOfferOptionState[] | null
  /** The unit has a battery (see `StoreWarrantyCard.has_battery`): else no battery fields or lines. */
  has_battery: boolean
  /** The claim's order's currency (lower case): quotes and offers default to it. Null if the order is gone. */
  order_currency_code: string | null
  /**
   * R8.4: the diagnostic fee a declined quote or a rejection would make due, in the order's
   * currency; null when the shop set no fee for that currency (then no fee can be made due).
   */
  diagnostic_fee: WarrantyMoney | null
  /**
   * R9, R11.3: does a free cover apply on the filing day, given the diagnosis' battery finding
   * (`none`: no battery finding)? Where it does, a "not covered" diagnosis needs an exclusion reason.
   */
  free_cover_by_battery_finding: Record<"none" | WarrantyBatteryFinding, boolean>
}

/** `GET /admin/warranty-claims` */
export type AdminWarrantyClaimListParams = WarrantyPageParams & {
  order?: WarrantySortOrder<WarrantyClaimSortField>
  /**
   * Ticket (any case, spaces or dashes), IMEI/serial (grouped with spaces or dashes; also the
   * card's IMEI set after filing), product, or the shopper's name, e-mail or phone; partial.
   */
  q?: string
  status?: WarrantyClaimStatus | WarrantyClaimStatus[]
  /** The main cover. */
  cover?: WarrantyClaimCover | WarrantyClaimCover[]
  overdue?: boolean
  warranty_card_id?: string | string[]
  customer_id?: string | string[]
  product_id?: string | string[]
  order_id?: string | string[]
}

/** `GET /admin/warranty-claims` */
export type AdminWarrantyClaimListResponse = WarrantyPaginatedResponse<{ warranty_claims: AdminWarrantyClaim[] }>

/** `GET /admin/warranty-claims/:id` and every admin move. */
export type AdminWarrantyClaimResponse = { warranty_claim: AdminWarrantyClaimDetail }

/**
 * `GET /admin/warranty-claims/:id/intake-receipt` (409 before receipt) and `/handover-receipt`
 * (409 while in service): PDFs in the claim's language unless `locale` names another.
 */
export type AdminWarrantyClaimReceiptParams = { locale?: WarrantyLocale }

/** `POST /admin/warranty-claims/:id/receive` (R7.1) */
export type AdminReceiveWarrantyClaimBody = {
  accessories_received?: string[]
  original_packaging: boolean
  seals_intact: boolean
  damage_notes?: string | null
  /**
   * A percentage becomes an `intake` reading on the card (R4.6); left out or null, no reading is
   * recorded. Refused (400) on a product without a battery (`has_battery` false).
   */
  battery_percent?: number | null
}

/** `POST /admin/warranty-claims/:id/diagnose` */
export type AdminDiagnoseWarrantyClaimBody = {
  findings: string
  covered: boolean
  exclusion_reason?: WarrantyExclusionReason | null
  battery_finding?: WarrantyBatteryFinding | null
}

/** `POST /admin/warranty-claims/:id/quote` (R7.3: 3-30 days) */
export type AdminQuoteWarrantyClaimBody = {
  amount: number
  /** The order's currency; another one needs `confirm_other_currency` (else 400 naming `currency_code`). */
  currency_code: string
  parts_to_order?: string[]
  estimated_days: number
  /** Quote in another currency than the order's on purpose. */
  confirm_other_currency?: boolean
}

/** `start-repair`, `send-to-manufacturer`, `close`, `recycle` */
export type AdminWarrantyClaimNoteOptionalBody = { note?: string | null }
/** `mark-ready`: a percentage becomes a `repair` reading on the card (none when left out; refused without a battery). */
export type AdminMarkReadyWarrantyClaimBody = { note?: string | null; battery_percent?: number | null }
/** `mark-unrepairable` */
export type AdminMarkUnrepairableWarrantyClaimBody = { note: string }
/** `extend` (R7.2) */
export type AdminExtendWarrantyClaimBody = { reason: WarrantyExtensionReason; due_on: WarrantyCalendarDate; note?: string | null }
/** `reject` (R9, optionally the R8.4 fee) */
export type AdminRejectWarrantyClaimBody = {
  reason: WarrantyExclusionReason
  note?: string | null
  charge_diagnostic_fee?: boolean
}
/** `ship-return` (R7.4) */
export type AdminShipReturnWarrantyClaimBody = { carrier: string; tracking_number: string }
/** `note`: hidden from the shopper unless `visible_to_customer`. */
export type AdminWarrantyClaimNoteBody = { note: string; visible_to_customer?: boolean }
/** `fee/mark-paid` (R8.4, at the counter) */
export type AdminMarkWarrantyClaimFeePaidBody = { reference?: string | null }
/** `fee/waive` (R8.4) */
export type AdminWaiveWarrantyClaimFeeBody = { reason: string }

/**
 * The body each staff move's route takes: `POST /admin/warranty-claims/:id/<path>`, the path being
 * the move with dashes (`make_offer` is `offer`, `mark_fee_paid` is `fee/mark-paid`, `waive_fee`
 * is `fee/waive`). Every one answers `AdminWarrantyClaimResponse`.
 */
export type AdminWarrantyClaimMoveBodies = {
  receive: AdminReceiveWarrantyClaimBody
  diagnose: AdminDiagnoseWarrantyClaimBody
  quote: AdminQuoteWarrantyClaimBody
  start_repair: AdminWarrantyClaimNoteOptionalBody
  send_to_manufacturer: AdminWarrantyClaimNoteOptionalBody
  mark_ready: AdminMarkReadyWarrantyClaimBody
  mark_unrepairable: AdminMarkUnrepairableWarrantyClaimBody
  extend: AdminExtendWarrantyClaimBody
  reject: AdminRejectWarrantyClaimBody
  ship_return: AdminShipReturnWarrantyClaimBody
  close: AdminWarrantyClaimNoteOptionalBody
  note: AdminWarrantyClaimNoteBody
  make_offer: AdminMakeWarrantyOfferBody
  mark_fee_paid: AdminMarkWarrantyClaimFeePaidBody
  waive_fee: AdminWaiveWarrantyClaimFeeBody
  recycle: AdminWarrantyClaimNoteOptionalBody
}

/** The moves staff make from the dashboard; `allowed_moves` may also name the shopper's or the system's. */
export type AdminWarrantyClaimMove = keyof AdminWarrantyClaimMoveBodies
