/** Warranty and repair claims (R5-R9, R11): what a claim records, as both the shopper and staff read it. */
import type { WarrantyCardStatus, WarrantyCoverage, WarrantyProductKind } from "./cards"
import type {
  WarrantyBatteryFinding,
  WarrantyClaimCover,
  WarrantyClaimCoverKind,
  WarrantyClaimDeliveryMethod,
  WarrantyClaimMove,
  WarrantyClaimStatus,
  WarrantyDefectCode,
  WarrantyEligibilityReasonCode,
  WarrantyExclusionReason,
  WarrantyExtensionReason,
} from "./claim-codes"
import type { WarrantyCalendarDate, WarrantyDateTime, WarrantyLocale, WarrantyMoney } from "./common"
import type { WarrantyClaimOffer, WarrantyClaimResolution } from "./offers"

/** One cover that applies, and its last day. */
export type WarrantyCoverPeriod = { kind: WarrantyClaimCoverKind; until: WarrantyCalendarDate }

// ---------------------------------------------------------------------------------------------
// Eligibility (R11.3)

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
  /** R8.4: the fee in the order's currency a decline makes due; null when the shop set none for it. */
  diagnostic_fee: WarrantyMoney | null
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
  /** R4.1: 0 when the card has no battery cover. */
  battery_days: number
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

export type WarrantyClaimSortField = "created_at" | "updated_at" | "due_on" | "ticket_number" | "status"

/** The address fields of a body: `country_code` in any case (stored lower case). */
export type WarrantyClaimAddressBody = WarrantyClaimAddress
