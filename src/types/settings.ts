/** The shop's own settings (Settings -> Warranty): plugin options as defaults, staff's overrides on top. */
import type { WarrantyDateTime, WarrantyMoney } from "./common"

export type WarrantyServiceAddress = {
  name: string
  address_1: string
  address_2?: string
  postal_code: string
  city: string
  country_code: string
}

/** The settings staff can change, with the plugin options of the same names as defaults. */
export type WarrantyShopSettings = {
  /** Printed on the card, the parcel label and the receipts. */
  shop_name: string
  /** R6.5: where devices are sent or dropped off. */
  service_address: WarrantyServiceAddress
  /** R6.8 */
  service_phone: string
  /** R6.8: Monday to Friday, `HH:MM`. */
  service_hours: { opens: string; closes: string }
  /** R2.1: copied onto each new card (R2.3). */
  default_warranty_months: number
  /** R4.1 */
  battery_warranty_days: number
  /** R4.2-R4.4 */
  battery_health_threshold: number
  /** R4.5 */
  oem_battery_models: string[]
  /** R7.6 */
  extend_warranty_by_repair_time: boolean
  /** R8.2 */
  replacement_fresh_term: boolean
  /** R11.1 */
  legal_guarantee_months: number
  /** R11.2 */
  legal_remedy_days: number
  legal_remedy_day_unit: "calendar" | "working"
  legal_remedy_from: "receipt" | "filing"
  /** R7.1 */
  service_days: number
  /** R8.4: one fee per currency. */
  diagnostic_fee: WarrantyMoney[]
  /** R8.2-R8.5 */
  offer_valid_days: number
  offer_reminder_days: number
  /** R8.3(a), R8.5 */
  credit_valid_days: number
  /** R8.5: a share of the device's value, above 0 and at most 1. */
  trade_in_repair_cost_share: number
  /** R11.4: photos a shopper may attach to one claim. */
  max_claim_photos: number
  /** Issue 11 s.3: cards may be handed to a new owner (off: refused). */
  card_transfers: boolean
  /** Issue 11 s.3: hours a card transfer's e-mailed link stays valid. */
  card_transfer_valid_hours: number
}

export type WarrantyShopSettingKey = keyof WarrantyShopSettings

/** One changed key of a save: the effective value before and after; `reset` when it went back to the plugin option. */
export type WarrantySettingChangeLine = {
  key: WarrantyShopSettingKey
  from: unknown
  to: unknown
  reset: boolean
}

/** One save, newest first in the log. */
export type AdminWarrantySettingChange = {
  id: string
  version: number
  /** The admin user's id, with their name or e-mail when the user still exists. */
  changed_by: string
  changed_by_name: string | null
  created_at: WarrantyDateTime
  changes: WarrantySettingChangeLine[]
}

/** `GET /admin/warranty-settings` and the answer of `POST`. */
export type AdminWarrantySettingsResponse = {
  warranty_settings: {
    /** Send it back with a change; a save by someone else meanwhile makes yours a 409. */
    version: number
    /** What applies now to new cards and claims. */
    values: WarrantyShopSettings
    /** The plugin options (what "reset to default" goes back to). */
    defaults: WarrantyShopSettings
    /** The keys set in the dashboard (the others follow the plugin options). */
    overridden: WarrantyShopSettingKey[]
    updated_at: WarrantyDateTime | null
    /** The last 50 saves, newest first. */
    changes: AdminWarrantySettingChange[]
  }
}

/**
 * `POST /admin/warranty-settings`: the version read and any settings to change; `null` resets one
 * to the plugin option. Each value is checked as the plugin option is (a 400 names the field:
 * `service_hours.opens: must be HH:MM`); any other key is a 400 too.
 */
export type AdminUpdateWarrantySettingsBody = { version: number } & {
  [K in WarrantyShopSettingKey]?: (K extends "diagnostic_fee" ? WarrantyMoney | WarrantyMoney[] : WarrantyShopSettings[K]) | null
}
