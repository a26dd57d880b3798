/** Warranty and repair claims (R5-R9, R11): filing, reading, and every move of the claim. */
import type { WarrantyProductKind, WarrantyCardStatus, WarrantyCoverage } from "./cards"
import type {
  WarrantyCalendarDate,
  WarrantyDateTime,
  WarrantyLocale,
  WarrantyMoney,
  WarrantyPageParams,
  WarrantyPaginatedResponse,
  WarrantySortOrder,
} from "./common"
import type { AdminMakeWarrantyOfferBody, WarrantyClaimOffer, WarrantyClaimResolution } from "./offers"

/** Every status a claim can be in (the transition table decides every move between them). */
export type WarrantyClaimStatus =
  | "submitted"
  | "received"
  | "diagnosing"
  | "awaiting_customer"
  | "repairing"
  | "at_manufacturer"
  | "ready"
  | "awaiting_return_details"
  | "returning"
  | "rejected"
  | "unrepairable"
  | "offered"
  | "recycling"
  | "closed"
  | "canceled"

/** Every move of the transition table (`allowed_moves` names these). */
export type WarrantyClaimMove =
  | "receive"
  | "cancel"
  | "diagnose"
  | "start_repair"
  | "quote"
  | "accept_quote"
  | "decline_quote"
  | "reject"
  | "mark_unrepairable"
  | "send_to_manufacturer"
  | "mark_ready"
  | "request_return_details"
  | "confirm_return_details"
  | "ship_return"
  | "close"
  | "extend"
  | "note"
  | "mark_overdue"
  | "make_offer"
  | "accept_offer"
  | "accept_trade_in"
  | "accept_trade_in_return"
  | "decline_offer"
  | "expire_offer"
  | "remind_offer"
  | "recycle"
  | "pay_fee"
  | "mark_fee_paid"
  | "waive_fee"

export type WarrantyClaimActor = "customer" | "admin" | "system"

/** R11.3: the free covers a claim can be under. */
export type WarrantyClaimCoverKind = "legal" | "commercial" | "battery"
/** The main cover of a claim: commercial, else legal, else battery; `paid` when none applies. */
export type WarrantyClaimCover = WarrantyClaimCoverKind | "paid"
/** One cover that applies, and its last day. */
export type WarrantyCoverPeriod = { kind: WarrantyClaimCoverKind; until: WarrantyCalendarDate }

/** R5.1: the covered functions of a phone; R5.2: `manufacturing_defect` is an accessory's only one. */
export type WarrantyDefectCode =
  | "original_phone"
  | "no_liquid_contact"
  | "display"
  | "touch_screen"
  | "biometric_unlock"
  | "battery"
  | "light_sensor"
  | "proximity_sensor"
  | "microphone"
  | "speaker"
  | "audio_jack"
  | "menu_button"
  | "power_button"
  | "volume_buttons"
  | "silent_switch"
  | "vibration"
  | "wifi"
  | "bluetooth"
  | "flashlight"
  | "gsm_navigation"
  | "cameras"
  | "autofocus"
  | "charging_port"
  | "sim_slot"
  | "manufacturing_defect"

/** R6.2: how the device reaches the service. */
export type WarrantyClaimDeliveryMethod = "drop_off" | "courier"

/** R9 (Art. 12): the reasons a defect is not covered, in the order of the terms. */
export type WarrantyExclusionReason =
  | "card_mismatch"
  | "card_missing"
  | "warranty_expired"
  | "outside_repair"
  | "non_original_parts"
  | "normal_wear"
  | "misuse_software"
  | "seals_broken"
  | "transport_or_handling"
  | "force_majeure"
  | "other_devices"
  | "software_or_malware"
  | "impact_liquid_damage"
  | "touch_screen_force"
  | "imei_tampered"
  | "improper_use"
  | "user_damage"
  | "water_damage"
  | "screen_misuse"
  | "screen_burn_in"

/** R7.2: why a service period may be extended. */
export type WarrantyExtensionReason = "manufacturer_service" | "no_replacement"
/** R4.4: a battery that fails is covered, wear is not. */
export type WarrantyBatteryFinding = "failure" | "wear"

// ---------------------------------------------------------------------------------------------
// Eligibility (R11.3)

/** Why a cover does not apply, or why a card cannot be claimed on. */
export type WarrantyEligibilityReasonCode =
  | "card_void"
  | "card_not_started"
  | "before_start"
  | "legal_ended"
  | "commercial_ended"
  | "commercial_not_covered"
  | "battery_ended"
  | "battery_wear"
  | "paid_service"

export type WarrantyEligibility = {
  on: WarrantyCalendarDate
  covers: WarrantyCoverPeriod[]
  /** A free cover applies; false means a paid service, which needs the shopper's yes (R11.3). */
  covered: boolean
  /** A claim may be filed on the card at all (not void, started). */
  fileable: boolean
  /** In the reader's language. */
  reasons: { code: WarrantyEligibilityReasonCode; message: string }[]
}

/** `GET /store|admin/warranty-cards/:id/eligibility`: `defects` comma-separated (`display,battery`). */
export type WarrantyEligibilityParams = { defects: string; on?: WarrantyCalendarDate }

/** `GET /store|admin/warranty-cards/:id/eligibility` */
export type WarrantyEligibilityResponse = { eligibility: WarrantyEligibility }
export type StoreWarrantyEligibilityResponse = WarrantyEligibilityResponse
export type AdminWarrantyEligibilityResponse = WarrantyEligibilityResponse

// ---------------------------------------------------------------------------------------------
// What a claim records

export type WarrantyClaimAddress = {
  address_1: string
  address_2?: string | null
  city: string
  postal_code: string
  province?: string | null
  /** Two letters, lower case. */
  country_code: string
}

/** R6.5: who the label names as sender (it defaults from the order's shipping address). */
export type WarrantyClaimContact = { name: string; contact_person: string; phone: string; address: WarrantyClaimAddress }

/** R6.3 (all true) and R6.4, as the shopper confirmed them. */
export type WarrantyClaimAcknowledgements = {
  data_backup: true
  lock_removed: true
  films_removed: true
  accessories_included: boolean
  accessories: string[]
}

/** R7.2 */
export type WarrantyClaimExtension = {
  reason: WarrantyExtensionReason
  due_on: WarrantyCalendarDate
  previous_due_on?: WarrantyCalendarDate | null
  note: string | null
  created_at: WarrantyDateTime
}

export type WarrantyClaimIntake = {
  accessories_received: string[]
  original_packaging: boolean
  seals_intact: boolean
  damage_notes: string | null
  battery_percent: number | null
}

export type WarrantyClaimDiagnosis = {
  findings: string
  covered: boolean
  exclusion_reason: WarrantyExclusionReason | null
  battery_finding: WarrantyBatteryFinding | null
  /** What would apply had the shopper filed on the diagnosis day: on record, not binding. */
  covers_on_diagnosis_day?: WarrantyCoverPeriod[]
  diagnosed_on?: WarrantyCalendarDate
}

/** R7.3: a paid repair quote; declining it makes the diagnostic fee due (R8.4). */
export type WarrantyClaimQuote = WarrantyMoney & {
  parts_to_order: string[]
  estimated_days: number
  diagnostic_fee: WarrantyMoney
  decision: "pending" | "accepted" | "declined"
  decided_at: WarrantyDateTime | null
}

export type WarrantyClaimFeeStatus = "due" | "paid" | "waived"
/** How a fee was settled: paid online, at the till, or waived by staff. */
export type WarrantyClaimFeeSettledVia = "online" | "counter" | "waiver"

/** R8.4: a fee the claim made due, and how it was settled. */
export type WarrantyClaimFee = WarrantyMoney & {
  kind: "diagnostic"
  status: WarrantyClaimFeeStatus
  /** What made it due: `quote_declined` or `rejected`. */
  reason: string
  created_at: WarrantyDateTime
  /** The Medusa payment collection the shopper pays online. */
  payment_collection_id?: string | null
  payment_id?: string | null
  settled_at?: WarrantyDateTime | null
  settled_via?: WarrantyClaimFeeSettledVia | null
  /** A till receipt number (counter) or the waiver's reason. */
  reference?: string | null
}

/** R9: the reason, and its text in the reader's language (`message`). */
export type WarrantyClaimRejection = {
  reason: WarrantyExclusionReason
  note: string | null
  /** The wording the shopper was given at the time, in every language. */
  text?: Partial<Record<WarrantyLocale, string>>
  /** `reason` in the reader's language. */
  message: string | null
}

/** R7.4: where and to whom the device goes back. */
export type WarrantyClaimReturnDetails = {
  name: string
  phone: string
  address: WarrantyClaimAddress
  confirmed_at: WarrantyDateTime
}

export type WarrantyClaimReturnShipment = {
  carrier: string
  tracking_number: string
  shipped_at: WarrantyDateTime
  /** R6.2, R8.5: who pays the return postage. */
  paid_by: "customer" | "shop"
}

/** The card fields a claim's detail carries. */
export type WarrantyClaimCard = {
  id: string
  card_number: string
  serial_number: string | null
  status: WarrantyCardStatus
  starts_on: WarrantyCalendarDate | null
  ends_on: WarrantyCalendarDate | null
  battery_ends_on: WarrantyCalendarDate | null
  months: number
  kind: WarrantyProductKind
  coverage: WarrantyCoverage
}

/** The card fields a claim in a list carries. */
export type WarrantyClaimListCard = Pick<WarrantyClaimCard, "id" | "card_number" | "serial_number">

/** The claim's record, as both the shopper and staff read it. */
export type WarrantyClaimBase = {
  id: string
  /** The shopper's ticket, e.g. `WC-2026-000012`. */
  ticket_number: string
  warranty_card_id: string
  order_id: string
  customer_id: string | null
  product_id: string | null
  variant_id: string | null
  product_title: string
  variant_title: string | null
  serial_number: string | null
  product_kind: WarrantyProductKind
  /** R5.1 function codes, or `manufacturing_defect` (R5.2). */
  defects: WarrantyDefectCode[]
  description: string
  delivery_method: WarrantyClaimDeliveryMethod
  contact: WarrantyClaimContact
  acknowledgements: WarrantyClaimAcknowledgements
  /** The language the shopper filed in (their e-mails are in it). */
  locale: WarrantyLocale
  status: WarrantyClaimStatus
  /** The status in the reader's language. */
  status_label: string
  cover: WarrantyClaimCover
  /** Every cover that applies to the defects on the filing day (re-assessed at diagnosis). */
  covers: WarrantyCoverPeriod[]
  /** The covers as assessed at filing. */
  filed_covers: WarrantyCoverPeriod[]
  filed_on: WarrantyCalendarDate
  received_on: WarrantyCalendarDate | null
  /** The day the service must be done by (R7.1, R11.2). */
  due_on: WarrantyCalendarDate | null
  due_basis: "commercial" | "legal" | null
  /** The due day passed while the service clock runs. */
  overdue: boolean
  extensions: WarrantyClaimExtension[] | null
  intake: WarrantyClaimIntake | null
  diagnosis: WarrantyClaimDiagnosis | null
  exclusion_reason: WarrantyExclusionReason | null
  quote: WarrantyClaimQuote | null
  fees: WarrantyClaimFee[] | null
  rejection: WarrantyClaimRejection | null
  return_details: WarrantyClaimReturnDetails | null
  return_shipment: WarrantyClaimReturnShipment | null
  /** R8.2-R8.5: the current resolution offer. */
  offer: WarrantyClaimOffer | null
  offer_expires_at: WarrantyDateTime | null
  offer_reminded_at: WarrantyDateTime | null
  /** What Medusa made for the outcome. */
  resolution: WarrantyClaimResolution | null
  resolved_at: WarrantyDateTime | null
  recycled_at: WarrantyDateTime | null
  submitted_at: WarrantyDateTime
  received_at: WarrantyDateTime | null
  diagnosed_at: WarrantyDateTime | null
  quoted_at: WarrantyDateTime | null
  repair_started_at: WarrantyDateTime | null
  ready_at: WarrantyDateTime | null
  returned_at: WarrantyDateTime | null
  closed_at: WarrantyDateTime | null
  canceled_at: WarrantyDateTime | null
  created_at: WarrantyDateTime
  updated_at: WarrantyDateTime
  /** The moves the reader may make now (the table's moves that also pass the claim's guards). */
  allowed_moves: WarrantyClaimMove[]
}

// ---------------------------------------------------------------------------------------------
// Store

/** One entry of the shopper's timeline: a move they can see, labelled in their language. */
export type StoreWarrantyClaimTimelineEntry = {
  move: WarrantyClaimMove | "submit"
  status: WarrantyClaimStatus
  label: string
  note: string | null
  created_at: WarrantyDateTime
}

/** A claim in the shopper's list. */
export type StoreWarrantyClaim = WarrantyClaimBase & {
  warranty_card: WarrantyClaimListCard | null
  /** R5.3: the statutory rights stay whole. */
  statement: string
}

/** One claim as the shopper reads it. */
export type StoreWarrantyClaimDetail = Omit<StoreWarrantyClaim, "warranty_card"> & {
  warranty_card: WarrantyClaimCard | null
  /** Oldest first. */
  timeline: StoreWarrantyClaimTimelineEntry[]
}

export type WarrantyClaimSortField = "created_at" | "updated_at" | "due_on" | "ticket_number" | "status"

/** `GET /store/warranty-claims` */
export type StoreWarrantyClaimListParams = WarrantyPageParams & {
  order?: WarrantySortOrder<WarrantyClaimSortField>
  order_id?: string
  warranty_card_id?: string
  status?: WarrantyClaimStatus | WarrantyClaimStatus[]
}

/** `GET /store/warranty-claims` */
export type StoreWarrantyClaimListResponse = WarrantyPaginatedResponse<{ warranty_claims: StoreWarrantyClaim[] }>

/**
 * `GET /store/warranty-claims/:id`, `POST /store/warranty-claims` (201) and every store move
 * (quote accept/decline, return details, cancel, offer accept/decline, fee pay).
 */
export type StoreWarrantyClaimResponse = { warranty_claim: StoreWarrantyClaimDetail }

/** The address fields of a body: `country_code` in any case (stored lower case). */
export type WarrantyClaimAddressBody = WarrantyClaimAddress

/** `POST /store/warranty-claims` (R6.1) */
export type StoreCreateWarrantyClaimBody = {
  warranty_card_id: string
  /** R5.1 codes of a phone (the card's `covered` list), or `["manufacturing_defect"]` for an accessory (R5.2). */
  defects: WarrantyDefectCode[]
  /** Up to 2000 characters. */
  description: string
  delivery_method: WarrantyClaimDeliveryMethod
  /** R6.5: defaults from the order's shipping address; a given `address` replaces it whole. */
  contact?: {
    name?: string
    contact_person?: string
    phone?: string
    address?: WarrantyClaimAddressBody
  }
  acknowledgements: {
    /** R6.3: each must be `true`. */
    data_backup: true
    lock_removed: true
    films_removed: true
    /** R6.4 */
    accessories_included: boolean
    accessories?: string[]
  }
  /** R11.3: required (`true`) when no free cover applies. */
  paid_service_accepted?: boolean
}

/** `POST /store/warranty-claims/:id/return-details` (R7.4) */
export type StoreWarrantyClaimReturnDetailsBody = { name: string; phone: string; address: WarrantyClaimAddressBody }

/** `POST /store/warranty-claims/:id/cancel`, before intake. */
export type StoreCancelWarrantyClaimBody = { reason?: string | null }

/** `POST /store/warranty-claims/:id/quote/accept` and `/quote/decline` take no fields. */
export type StoreWarrantyClaimEmptyBody = Record<string, never>

/** `POST /store/warranty-claims/:id/fee/pay` (R8.4) */
export type StorePayWarrantyClaimFeeBody = {
  /** The payment provider of the session to create when the storefront has not; default `pp_system_default`. */
  provider_id?: string
}

// ---------------------------------------------------------------------------------------------
// Admin

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
