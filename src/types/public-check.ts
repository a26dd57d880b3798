/** The public warranty check by IMEI (issue 11 s.4): what anyone with a shop's publishable key may read. */
import type { WarrantyCalendarDate } from "./common"
import type { WarrantyCardStatus } from "./cards"

/** `GET /store/warranty-check?imei=`: the phone's 15-digit IMEI (spaces or dashes between groups allowed). */
export type StoreWarrantyCheckParams = { imei: string }

/**
 * What the check shows about a card: nothing personal (no name, order, e-mail, card number or
 * id). `pending` until the unit is delivered (then no dates yet); never `void` (a void card reads
 * as "no warranty found").
 */
export type StoreWarrantyCheck = {
  product_title: string
  status: Exclude<WarrantyCardStatus, "void">
  /** The last day of the warranty (R3.4), in the shop's time zone; null while pending. */
  ends_on: WarrantyCalendarDate | null
  /** The last day of the battery warranty (R4.1); null while pending. */
  battery_ends_on: WarrantyCalendarDate | null
}

/**
 * `GET /store/warranty-check`: 200 with the card; 404 "no warranty found" for an unknown IMEI
 * and for a void card alike; 400 naming `imei`; 429 with `Retry-After` (seconds) past the
 * per-address limit.
 */
export type StoreWarrantyCheckResponse = { warranty_check: StoreWarrantyCheck }
