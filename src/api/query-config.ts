import { SHOPPER_CARD_COLUMNS } from "../modules/warranty/shopper-card-rows"
/**
 * Fields a shopper may see on a card (and ask for with `fields`): the card columns the module's
 * one-query page reads (issue 12, P1), written once there.
 */
export const STORE_CARD_FIELDS: string[] = [...SHOPPER_CARD_COLUMNS]

/** A shopper sees the readings, not who recorded them or the staff's notes. */
const STORE_BATTERY_FIELDS = [
  "battery_health_records.id",
  "battery_health_records.percent",
  "battery_health_records.measured_at",
  "battery_health_records.source",
  "battery_health_records.battery_kind",
]

export const storeCardListQueryConfig = {
  defaults: STORE_CARD_FIELDS,
  allowed: [...STORE_CARD_FIELDS, ...STORE_BATTERY_FIELDS],
  isList: true,
}

export const storeCardQueryConfig = {
  defaults: [...STORE_CARD_FIELDS, ...STORE_BATTERY_FIELDS],
  allowed: [...STORE_CARD_FIELDS, ...STORE_BATTERY_FIELDS],
  isList: false,
}

const ADMIN_CARD_FIELDS = [
  ...STORE_CARD_FIELDS,
  "customer_id",
  "unit_index",
  "voided_at",
  "battery_replacement_due",
  "updated_at",
  "battery_health_records.*",
]

export const adminCardListQueryConfig = { defaults: ADMIN_CARD_FIELDS, isList: true }
export const adminCardQueryConfig = { defaults: [...ADMIN_CARD_FIELDS, "corrections.*"], isList: false }
