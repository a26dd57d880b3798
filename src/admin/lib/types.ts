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
  | "offered"
  | "recycling"
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

export type ClaimFeeStatus = "due" | "paid" | "waived"
/** How a fee was settled: paid online, at the till, or waived by staff. */
export type ClaimFeeSettledVia = "online" | "counter" | "waiver"

/** R8.4: a fee the claim made due and how it was settled. */
export type ClaimFee = Money & {
  kind: "diagnostic"
  status: ClaimFeeStatus
  reason: string | null
  created_at?: string
  /** The Medusa payment collection the shopper pays online. */
  payment_collection_id?: string | null
  payment_id?: string | null
  settled_at?: string | null
  settled_via?: ClaimFeeSettledVia | null
  /** A till receipt number (counter) or the waiver's reason. */
  reference?: string | null
}

/** R8.2 same model, R8.3 a valuation, R8.5 a trade-in credit. */
export type OfferKind = "replacement" | "valuation" | "trade_in"
/** What the shopper may choose. */
export type OfferOption = "replacement" | "credit" | "credit_with_top_up" | "refund" | "trade_in"
/** `replaced`: staff made a new offer over this one. */
export type OfferStatus = "open" | "accepted" | "declined" | "expired" | "replaced"
/** R8.3: the list price of the variant, or a market value with its source. */
export type ValueBasis = "list_price" | "market_value"
/** R8.5: why a trade-in instead of a repair. */
export type TradeInReason = "unrepairable" | "parts_withdrawn" | "end_of_life" | "repair_too_costly"

/** R8.2-R8.5: the resolution offer made to the shopper and their answer. */
export type ClaimOffer = {
  kind: OfferKind
  status: OfferStatus
  options: OfferOption[]
  /** The valuation or trade-in credit; null for a replacement. */
  value: Money | null
  basis: ValueBasis | null
  basis_note: string | null
  trade_in_reason: TradeInReason | null
  replacement_variant_id: string | null
  suggested_product_ids: string[]
  note: string | null
  made_at: string
  expires_at: string
  decided_at: string | null
  accepted_option: OfferOption | null
  /** R8.5: a trade-in shopper who wants the broken device back. */
  return_device: boolean
  decline_reason: string | null
}

/** What Medusa made for the outcome and what became of the device (R8.2-R8.5). */
export type ClaimResolution = {
  option?: OfferOption
  product_id?: string | null
  variant_id?: string | null
  /** R8.3 a/b, R8.5: the single-use promotion holding the credit. */
  credit?: {
    promotion_id: string
    campaign_id: string | null
    code: string
    amount: number
    currency_code: string
    expires_at: string | null
  }
  /** R8.3 b: the cart with the product and the code applied; the shopper pays the rest. */
  cart_id?: string
  /** R8.3 c: the refund on the original order's payment. */
  refund?: { payment_id: string; refund_id: string | null; amount: number; currency_code: string }
  /** R8.2: the order exchange on the original order. */
  exchange?: { exchange_id: string; return_id: string | null; new_line_item_id: string | null }
  new_card_id?: string
  old_card_id?: string
  /** R8.5: an order paid (partly) with the credit: another device was bought. */
  device_bought_order_id?: string | null
  recycled_at?: string | null
}

export type ClaimReturnDetails = { name: string; phone: string; address: ClaimAddress; confirmed_at: string | null }
export type ClaimReturnShipment = {
  carrier: string
  tracking_number: string
  shipped_at: string | null
  /** R6.2, R8.5: who pays the return postage. */
  paid_by?: "customer" | "shop" | null
}
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
  offer: ClaimOffer | null
  offer_expires_at: string | null
  offer_reminded_at: string | null
  resolution: ClaimResolution | null
  resolved_at: string | null
  recycled_at: string | null
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
export type MakeOfferBody = {
  kind: OfferKind
  /** Without a currency, the order's. */
  value?: { amount: number; currency_code?: string }
  basis?: ValueBasis
  basis_note?: string
  trade_in_reason?: TradeInReason
  replacement_variant_id?: string
  suggested_product_ids?: string[]
  expires_at?: string
  note?: string
}
export type MarkFeePaidBody = { reference?: string }
export type WaiveFeeBody = { reason: string }

/**
 * The body each admin move's route takes: POST /admin/warranty-claims/:id/<path>, the path being
 * the move with dashes unless `CLAIM_MOVE_PATHS` (hooks/warranty-claims.ts) names another.
 */
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
  make_offer: MakeOfferBody
  mark_fee_paid: MarkFeePaidBody
  waive_fee: WaiveFeeBody
  recycle: ClaimNoteBody
}

/** The moves staff make from the admin; a claim's `allowed_moves` may also name customer or system moves. */
export type AdminClaimMove = keyof ClaimMoveBodies
