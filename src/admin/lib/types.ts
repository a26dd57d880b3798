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
