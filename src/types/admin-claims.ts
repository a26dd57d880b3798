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
  WarrantyCalendarDate,
  WarrantyDateTime,
  WarrantyPageParams,
  WarrantyPaginatedResponse,
  WarrantySortOrder,
} from "./common"
import type { AdminMakeWarrantyOfferBody } from "./offers"

export type AdminWarrantyClaimEvent = {
  id: string
  claim_id: string
  move: WarrantyClaimMove | "submit"
  from_status: WarrantyClaimStatus | null
  to_status: WarrantyClaimStatus
  actor: WarrantyClaimActor
  actor_id: string | null
  /** What the move recorded (its input and what it decided). */
  data: Record<string, unknown> | null
  visible_to_customer: boolean
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
}

/** One claim with its card and its whole log (oldest first). */
export type AdminWarrantyClaimDetail = Omit<AdminWarrantyClaim, "warranty_card"> & {
  warranty_card: WarrantyClaimCard | null
  events: AdminWarrantyClaimEvent[]
}

/** `GET /admin/warranty-claims` */
export type AdminWarrantyClaimListParams = WarrantyPageParams & {
  order?: WarrantySortOrder<WarrantyClaimSortField>
  /** Ticket or IMEI, partial (also the card's IMEI set after filing). */
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

/** `POST /admin/warranty-claims/:id/receive` (R7.1) */
export type AdminReceiveWarrantyClaimBody = {
  accessories_received?: string[]
  original_packaging: boolean
  seals_intact: boolean
  damage_notes?: string | null
  /** Becomes an `intake` reading on the card (R4.6). */
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
  currency_code: string
  parts_to_order?: string[]
  estimated_days: number
}

/** `start-repair`, `send-to-manufacturer`, `close`, `recycle` */
export type AdminWarrantyClaimNoteOptionalBody = { note?: string | null }
/** `mark-ready`: a `repair` reading on the card with `battery_percent`. */
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
