/** Warranty cards (R1-R5): one per sold unit, read by the shopper and by staff. */
import type { WarrantyDefectCode } from "./claim-codes"
import type {
  AdminWarrantyShopper,
  WarrantyCalendarDate,
  WarrantyDateTime,
  WarrantyPageParams,
  WarrantyPaginatedResponse,
  WarrantySortOrder,
} from "./common"

export type WarrantyCardStatus = "pending" | "active" | "expired" | "void"
export type WarrantyCoverage = "full" | "manufacturing_defects"
export type WarrantyProductKind = "device" | "accessory"
/** How the unit reached the shopper; it decides the card's start (R3). */
export type WarrantyDeliveryKind = "pickup" | "courier"
export type BatteryReadingSource = "sale" | "intake" | "repair" | "customer_report"
export type BatteryKind = "original" | "oem"

/** R4.6: a battery-health reading as the shopper sees it (not who recorded it, nor staff notes). */
export type StoreWarrantyBatteryReading = {
  id: string
  /** Null when the device shows no percentage (R4.5: OEM batteries may not). */
  percent: number | null
  measured_at: WarrantyDateTime
  source: BatteryReadingSource
  battery_kind: BatteryKind
}

export type AdminWarrantyBatteryReading = StoreWarrantyBatteryReading & {
  /** The user who recorded it. */
  recorded_by: string
  note: string | null
  warranty_card_id: string
  created_at: WarrantyDateTime
  updated_at: WarrantyDateTime
  deleted_at: WarrantyDateTime | null
}

/** The card's columns a shopper may read (the default `fields` of the store routes). */
export type StoreWarrantyCard = {
  id: string
  card_number: string
  order_id: string
  line_item_id: string
  unit_index: number
  product_id: string | null
  variant_id: string | null
  product_title: string
  variant_title: string | null
  sku: string | null
  /** IMEI or serial, once staff set it. */
  serial_number: string | null
  months: number
  battery_days: number
  coverage: WarrantyCoverage
  kind: WarrantyProductKind
  delivery_kind: WarrantyDeliveryKind
  issued_at: WarrantyDateTime | null
  /** Null until the card starts (handover or invoice, R3). */
  starts_on: WarrantyCalendarDate | null
  ends_on: WarrantyCalendarDate | null
  battery_ends_on: WarrantyCalendarDate | null
  /** As of today: an active card past its end reads `expired` (R3.4). */
  status: WarrantyCardStatus
  void_reason: string | null
  /** R4.5: a model that takes OEM batteries (which may show no health percentage). */
  oem_battery_model: boolean
  /** R4.2: the battery health measured at sale. */
  sale_battery_health: number | null
  /**
   * The unit has a battery the shop reads and covers (a phone, or an accessory with a battery
   * cover): without one, show no battery dates, readings or fields.
   */
  has_battery: boolean
  created_at: WarrantyDateTime
  updated_at: WarrantyDateTime
  /** On the list only when `fields` asks for it. */
  battery_health_records?: StoreWarrantyBatteryReading[]
}

/** R5.1-R5.3, R4.5: what a card covers, in the reader's language. */
export type WarrantyCardCoverageDetails = {
  /** R5.1 covered functions of a phone, or R5.2 the single `manufacturing_defect` of an accessory. */
  covered: { code: WarrantyDefectCode; label: string }[]
  /** R5.3: the statutory rights stay whole. */
  statement: string
  /** R4.5: what a "non-genuine part" message means, on OEM-battery models; else null. */
  battery_note: string | null
}

export type StoreWarrantyCardDetail = Omit<StoreWarrantyCard, "battery_health_records"> &
  WarrantyCardCoverageDetails & { battery_health_records: StoreWarrantyBatteryReading[] }

export type WarrantyCardSortField =
  | "created_at"
  | "updated_at"
  | "card_number"
  | "product_title"
  | "unit_index"
  | "status"
  | "starts_on"
  | "ends_on"

/** `GET /store/warranty-cards` */
export type StoreWarrantyCardListParams = WarrantyPageParams & {
  order?: WarrantySortOrder<WarrantyCardSortField>
  order_id?: string
  status?: WarrantyCardStatus | WarrantyCardStatus[]
  /** Medusa's field selection, comma-separated. */
  fields?: string
}

/** `GET /store/warranty-cards` */
export type StoreWarrantyCardListResponse = WarrantyPaginatedResponse<{ warranty_cards: StoreWarrantyCard[] }>

/** `GET /store/warranty-cards/:id` */
export type StoreWarrantyCardParams = { fields?: string }

/** `GET /store/warranty-cards/:id` */
export type StoreWarrantyCardResponse = { warranty_card: StoreWarrantyCardDetail }

// ---------------------------------------------------------------------------------------------
// Admin

/** A start-date correction staff made, with its reason (R3). */
export type AdminWarrantyCardCorrection = {
  id: string
  field: string
  previous_value: string | null
  value: string | null
  reason: string
  recorded_by: string
  warranty_card_id: string
  created_at: WarrantyDateTime
  updated_at: WarrantyDateTime
  deleted_at: WarrantyDateTime | null
}

export type AdminWarrantyCard = Omit<StoreWarrantyCard, "battery_health_records"> & {
  customer_id: string | null
  voided_at: WarrantyDateTime | null
  /** R4.3: sold under the battery threshold, the shop owes a replacement. */
  battery_replacement_due: boolean
  battery_health_records: AdminWarrantyBatteryReading[]
}

export type AdminWarrantyCardDetail = AdminWarrantyCard &
  WarrantyCardCoverageDetails & { corrections: AdminWarrantyCardCorrection[] }

/** `GET /admin/warranty-cards` */
export type AdminWarrantyCardListParams = WarrantyPageParams & {
  order?: WarrantySortOrder<WarrantyCardSortField>
  /** Card number (any case, spaces or dashes), IMEI/serial, product, SKU, or the shopper's name, e-mail or phone; partial. */
  q?: string
  order_id?: string | string[]
  customer_id?: string | string[]
  product_id?: string | string[]
  serial_number?: string
  card_number?: string
  status?: WarrantyCardStatus | WarrantyCardStatus[]
  /** R4.3: the replacement list. */
  battery_replacement_due?: boolean
  fields?: string
}

/** `GET /admin/warranty-cards` */
/** A card in the staff list: with its shopper, named (null for a guest's card). */
export type AdminWarrantyCardListItem = AdminWarrantyCard & { customer: AdminWarrantyShopper | null }

export type AdminWarrantyCardListResponse = WarrantyPaginatedResponse<{ warranty_cards: AdminWarrantyCardListItem[] }>

/** `GET` and `POST /admin/warranty-cards/:id` */
export type AdminWarrantyCardResponse = { warranty_card: AdminWarrantyCardDetail }

/** `POST /admin/warranty-cards/:id`: set the IMEI/serial (R1.2), or correct the start date with a reason (R3). */
export type AdminUpdateWarrantyCardBody = {
  /** A 15-digit serial is an IMEI and must pass the Luhn check; null clears it. */
  serial_number?: string | null
  starts_on?: WarrantyCalendarDate
  /** Required with `starts_on`. */
  reason?: string
}

/** `POST /admin/warranty-cards/:id/battery-health` (R4.6) */
export type AdminRecordBatteryHealthBody = {
  percent: number | null
  source: BatteryReadingSource
  battery_kind?: BatteryKind
  measured_at?: WarrantyDateTime
  note?: string
}

/** `POST /admin/warranty-cards/:id/battery-health` (201) */
export type AdminBatteryHealthRecordResponse = { battery_health_record: AdminWarrantyBatteryReading }

/** `POST /admin/warranty-cards/:id/void` */
export type AdminVoidWarrantyCardBody = { reason: string }

/** `POST /admin/warranty-cards/:id/void`: the card's own columns, without its relations. */
export type AdminVoidWarrantyCardResponse = {
  warranty_card: Omit<AdminWarrantyCard, "battery_health_records"> & {
    /** The fulfilment whose shipment or handover started the card (R3). */
    fulfillment_id: string | null
    deleted_at: WarrantyDateTime | null
  }
}

/** `POST /admin/orders/:id/warranty-invoice` (R3.2) */
export type AdminRecordWarrantyInvoiceBody = { issued_on: WarrantyCalendarDate }

/** `POST /admin/orders/:id/warranty-invoice` */
export type AdminWarrantyInvoiceResponse = {
  warranty_invoice: {
    id: string
    order_id: string
    issued_on: WarrantyCalendarDate
    recorded_by: string
    created_at: WarrantyDateTime
    updated_at: WarrantyDateTime
    deleted_at: WarrantyDateTime | null
  }
}
