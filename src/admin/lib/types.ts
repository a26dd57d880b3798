// The shapes the plugin's admin API returns (src/api/admin). Kept here as plain types: the
// dashboard bundle must not import server code such as the module's data models.

export type WarrantyCardStatus = "pending" | "active" | "expired" | "void"
export type WarrantyCoverage = "full" | "manufacturing_defects"
export type ProductKind = "device" | "accessory"
export type DeliveryKind = "pickup" | "courier"
export type BatteryReadingSource = "sale" | "intake" | "repair" | "customer_report"
export type BatteryKind = "original" | "oem"

export type BatteryHealthRecord = {
  id: string
  /** Null when the device shows no percentage (R4.5: OEM batteries may not). */
  percent: number | null
  measured_at: string
  source: BatteryReadingSource
  battery_kind: BatteryKind
  recorded_by: string
  note: string | null
}

export type WarrantyCard = {
  id: string
  card_number: string
  order_id: string
  line_item_id: string
  unit_index: number
  product_id: string | null
  variant_id: string | null
  customer_id: string | null
  product_title: string
  variant_title: string | null
  sku: string | null
  serial_number: string | null
  months: number
  battery_days: number
  coverage: WarrantyCoverage
  kind: ProductKind
  delivery_kind: DeliveryKind
  issued_at: string | null
  /** Calendar dates, YYYY-MM-DD, in the shop's time zone. */
  starts_on: string | null
  ends_on: string | null
  battery_ends_on: string | null
  status: WarrantyCardStatus
  void_reason: string | null
  oem_battery_model: boolean
  sale_battery_health: number | null
  battery_replacement_due: boolean
  battery_health_records?: BatteryHealthRecord[]
}

export type WarrantyCardListParams = {
  order_id?: string
  customer_id?: string
  product_id?: string
  status?: WarrantyCardStatus | WarrantyCardStatus[]
  q?: string
  battery_replacement_due?: boolean
  limit?: number
  offset?: number
  order?: string
}

export type WarrantyCardListResponse = {
  warranty_cards: WarrantyCard[]
  count: number
  offset: number
  limit: number
}

export type WarrantyCardResponse = { warranty_card: WarrantyCard }

export type UpdateWarrantyCardBody = {
  serial_number?: string | null
  starts_on?: string
  reason?: string
}

export type RecordBatteryHealthBody = {
  percent: number | null
  source: BatteryReadingSource
  battery_kind?: BatteryKind
  measured_at?: string
  note?: string
}

export type WarrantyTerms = {
  months: number
  battery_days: number
  coverage: WarrantyCoverage
  kind: ProductKind
}

export type WarrantyPolicy = WarrantyTerms & { id: string }

export type WarrantyPolicyResponse = {
  warranty_policy: {
    product_id: string
    variant_id: string | null
    /** The product's (or variant's) own row; null when it has none. */
    policy: WarrantyPolicy | null
    effective: WarrantyTerms & { source: "variant" | "product" | "default" }
  }
}

export type UpsertWarrantyPolicyBody = {
  months: number
  battery_days?: number
  coverage?: WarrantyCoverage
  kind?: ProductKind
}

export type WarrantyInvoiceResponse = {
  warranty_invoice: { id: string; order_id: string; issued_on: string }
}

// ---------------------------------------------------------------------------------------------
// Warranty claims (issue 3): the shapes of /admin/warranty-claims.

export type ClaimStatus =
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
  | "closed"
  | "canceled"

/** R11.3: the free covers a claim can be under. */
export type ClaimCoverKind = "legal" | "commercial" | "battery"
/** The main cover of a claim; `paid` when no free cover applies. */
export type ClaimCover = ClaimCoverKind | "paid"
export type ClaimCoverPeriod = { kind: ClaimCoverKind; until: string }

/** R9 (Art. 12): the reasons a defect is not covered, in the order of the rules. */
export type ExclusionReason =
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

export type ClaimDeliveryMethod = "drop_off" | "courier"
export type ClaimActor = "customer" | "admin" | "system"
export type BatteryFinding = "failure" | "wear"
export type ExtensionReason = "manufacturer_service" | "no_replacement"

export type ClaimAddress = {
  address_1: string
  address_2?: string | null
  city: string
  postal_code: string
  province?: string | null
  country_code: string
}

export type Money = { amount: number; currency_code: string }

export type ClaimContact = { name: string; contact_person: string; phone: string; address: ClaimAddress }

export type ClaimAcknowledgements = {
  data_backup: boolean
  lock_removed: boolean
  films_removed: boolean
  accessories_included: boolean
  accessories: string[]
}

export type ClaimExtension = { reason: ExtensionReason; due_on: string; note: string | null; created_at: string }

export type ClaimIntake = {
  accessories_received: string[]
  original_packaging: boolean
  seals_intact: boolean
  damage_notes: string | null
  battery_percent: number | null
}

export type ClaimDiagnosis = {
  findings: string
  covered: boolean
  exclusion_reason: ExclusionReason | null
  battery_finding: BatteryFinding | null
}

export type ClaimQuote = Money & {
  parts_to_order: string[]
  estimated_days: number
  diagnostic_fee: Money
  decision: "pending" | "accepted" | "declined"
  decided_at: string | null
}

export type ClaimFee = Money & { kind: "diagnostic"; status: string; reason: string | null }

export type ClaimReturnDetails = { name: string; phone: string; address: ClaimAddress; confirmed_at: string | null }
export type ClaimReturnShipment = { carrier: string; tracking_number: string; shipped_at: string | null }
export type ClaimRejection = { reason: ExclusionReason; note: string | null }

export type ClaimEvent = {
  id: string
  claim_id?: string
  move: string
  from_status: ClaimStatus | null
  to_status: ClaimStatus
  actor: ClaimActor
  actor_id: string | null
  data: Record<string, unknown> | null
  visible_to_customer: boolean
  created_at: string
}

export type WarrantyClaim = {
  id: string
  ticket_number: string
  warranty_card_id: string
  order_id: string
  customer_id: string | null
  product_id: string | null
  variant_id: string | null
  product_title: string
  variant_title: string | null
  serial_number: string | null
  product_kind: ProductKind
  defects: string[]
  description: string
  delivery_method: ClaimDeliveryMethod
  contact: ClaimContact | null
  acknowledgements: ClaimAcknowledgements
  status: ClaimStatus
  covers: ClaimCoverPeriod[]
  cover: ClaimCover
  filed_covers: ClaimCoverPeriod[]
  locale: "ro" | "en"
  /** Calendar dates, YYYY-MM-DD, in the shop's time zone. */
  received_on: string | null
  due_on: string | null
  due_basis: "commercial" | "legal" | null
  extensions: ClaimExtension[] | null
  overdue: boolean
  overdue_notified_at: string | null
  intake: ClaimIntake | null
  diagnosis: ClaimDiagnosis | null
  exclusion_reason: ExclusionReason | null
  quote: ClaimQuote | null
  fees: ClaimFee[] | null
  return_details: ClaimReturnDetails | null
  return_shipment: ClaimReturnShipment | null
  rejection: ClaimRejection | null
  submitted_at: string
  received_at: string | null
  diagnosed_at: string | null
  quoted_at: string | null
  repair_started_at: string | null
  ready_at: string | null
  returned_at: string | null
  closed_at: string | null
  canceled_at: string | null
  version: number
  created_at: string
  updated_at: string
}

/** The card fields the claim detail carries. */
export type ClaimCard = Pick<
  WarrantyCard,
  "id" | "card_number" | "serial_number" | "status" | "starts_on" | "ends_on" | "battery_ends_on" | "months" | "kind" | "coverage"
>

/** The admin detail adds the event log (oldest first), the card and the moves open to staff now. */
export type WarrantyClaimDetail = WarrantyClaim & {
  events: ClaimEvent[]
  warranty_card: ClaimCard | null
  allowed_moves: string[]
}

export type WarrantyClaimListParams = {
  status?: ClaimStatus | ClaimStatus[]
  cover?: ClaimCover | ClaimCover[]
  overdue?: boolean
  warranty_card_id?: string
  customer_id?: string
  product_id?: string
  order_id?: string
  q?: string
  order?: "due_on" | "-due_on" | "created_at" | "-created_at"
  limit?: number
  offset?: number
}

export type WarrantyClaimListResponse = {
  warranty_claims: WarrantyClaim[]
  count: number
  offset: number
  limit: number
}

export type WarrantyClaimResponse = { warranty_claim: WarrantyClaimDetail }

export type ReceiveClaimBody = {
  accessories_received?: string[]
  original_packaging: boolean
  seals_intact: boolean
  damage_notes?: string
  battery_percent?: number | null
}

export type DiagnoseClaimBody = {
  findings: string
  covered: boolean
  exclusion_reason?: ExclusionReason
  battery_finding?: BatteryFinding
}

export type QuoteClaimBody = {
  amount: number
  currency_code: string
  parts_to_order?: string[]
  estimated_days: number
}

export type ClaimNoteBody = { note?: string }
export type MarkReadyClaimBody = { note?: string; battery_percent?: number }
export type ExtendClaimBody = { reason: ExtensionReason; due_on: string; note?: string }
export type RejectClaimBody = { reason: ExclusionReason; note?: string; charge_diagnostic_fee?: boolean }
export type ShipReturnClaimBody = { carrier: string; tracking_number: string }
export type AddClaimNoteBody = { note: string; visible_to_customer?: boolean }

/** The body each admin move's route takes (POST /admin/warranty-claims/:id/<move, dashed>). */
export type ClaimMoveBodies = {
  receive: ReceiveClaimBody
  diagnose: DiagnoseClaimBody
  quote: QuoteClaimBody
  start_repair: ClaimNoteBody
  send_to_manufacturer: ClaimNoteBody
  mark_ready: MarkReadyClaimBody
  mark_unrepairable: { note: string }
  extend: ExtendClaimBody
  reject: RejectClaimBody
  ship_return: ShipReturnClaimBody
  close: ClaimNoteBody
  note: AddClaimNoteBody
}

/** The moves staff make from the admin; a claim's `allowed_moves` may also name customer or system moves. */
export type AdminClaimMove = keyof ClaimMoveBodies
