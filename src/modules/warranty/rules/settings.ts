import { z } from "@medusajs/framework/zod"
import { formatOptionIssue, WarrantyOptions, WarrantyOptionsSchema } from "../options"

/**
 * The plugin options that are the shop's own: staff change them under Settings -> Warranty, and
 * the options in `medusa-config` are their defaults. Options that describe the installation stay
 * options only (see OPTION_ONLY_KEYS).
 */
export const SHOP_SETTING_KEYS = [
  // The shop and its service (R6.5, R6.8); the card and the parcel label print them.
  "shop_name",
  "service_address",
  "service_phone",
  "service_hours",
  // The commercial warranty's terms, copied onto each new card (R2.1, R2.3, R4.1-R4.5, R7.6, R8.2).
  "default_warranty_months",
  "battery_warranty_days",
  "battery_health_threshold",
  "oem_battery_models",
  "extend_warranty_by_repair_time",
  "replacement_fresh_term",
  // The legal frame (R11.1, R11.2) and the service period (R7.1).
  "legal_guarantee_months",
  "legal_remedy_days",
  "legal_remedy_day_unit",
  "legal_remedy_from",
  "service_days",
  // Fees, offers, credit and reminders (R8.3-R8.5).
  "diagnostic_fee",
  "offer_valid_days",
  "offer_reminder_days",
  "credit_valid_days",
  "trade_in_repair_cost_share",
  // Claims (R11.4): how many photos a shopper may attach to one claim.
  "max_claim_photos",
  // A second owner (issue 11 s.3): whether cards may be handed on, and how long a transfer link lasts.
  "card_transfers",
  "card_transfer_valid_hours",
] as const

export type ShopSettingKey = (typeof SHOP_SETTING_KEYS)[number]
export type ShopSettings = Pick<WarrantyOptions, ShopSettingKey>

/**
 * Options a shop sets once per installation, not from the dashboard: each day and number already
 * issued depends on them (`time_zone` turns instants into the calendar days stored on cards and
 * claims; the prefixes are part of issued numbers and of how search reads a typed number), or
 * they name the deployment (`storefront_claim_url`, `default_locale` of the texts).
 */
export const OPTION_ONLY_KEYS = [
  "time_zone",
  "card_number_prefix",
  "claim_ticket_prefix",
  "default_locale",
  "storefront_claim_url",
  // Technical limits: the upload's size, the public check's rate.
  "photo_max_bytes",
  "public_check_per_minute",
  // Where the deployment's storefront accepts transfers, and whether the plugin or the shop's own
  // mail system sends Medusa's order-transfer e-mail.
  "storefront_card_transfer_url",
  "storefront_order_transfer_url",
  "order_transfer_email",
] as const

export const isShopSettingKey = (key: string): key is ShopSettingKey => (SHOP_SETTING_KEYS as readonly string[]).includes(key)

/** One key's value checked by that option's own schema; the messages are the options' own. */
export function parseShopSetting<K extends ShopSettingKey>(
  key: K,
  value: unknown
): { ok: true; value: ShopSettings[K] } | { ok: false; problems: string[] } {
  const schema = WarrantyOptionsSchema.shape[key] as unknown as z.ZodType<ShopSettings[K]>
  const result = schema.safeParse(value)
  if (result.success) {
    return { ok: true, value: result.data }
  }
  return { ok: false, problems: result.error.issues.map((issue) => formatOptionIssue({ ...issue, path: [key, ...issue.path] })) }
}

/** Values in one stable spelling, so that `{a, b}` and `{b, a}` compare equal. */
export function sameValue(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b)
}

function stable(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stable).join(",")}]`
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`
  }
  return JSON.stringify(value) ?? "null"
}

export type MergedSettings = {
  settings: WarrantyOptions
  /** The shop settings the stored overrides set. */
  overridden: ShopSettingKey[]
  /** Stored keys left out: not a shop setting (any more), or a value the options' schema now refuses. */
  ignored: string[]
}

/**
 * The effective settings: the plugin options (the defaults) with the stored overrides on top.
 * Every stored value is checked again by the options' schema, so a plugin update that tightens an
 * option never lets an old stored value through: that key falls back to its default.
 */
export function mergeSettings(options: WarrantyOptions, overrides: Record<string, unknown> | null | undefined): MergedSettings {
  const settings: WarrantyOptions = { ...options }
  const overridden: ShopSettingKey[] = []
  const ignored: string[] = []
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (!isShopSettingKey(key)) {
      ignored.push(key)
      continue
    }
    const parsed = parseShopSetting(key, value)
    if (!parsed.ok) {
      ignored.push(key)
      continue
    }
    ;(settings as Record<ShopSettingKey, unknown>)[key] = parsed.value
    overridden.push(key)
  }
  return { settings, overridden: SHOP_SETTING_KEYS.filter((k) => overridden.includes(k)), ignored }
}

/** A settings change: a value per key to set, or null to go back to the plugin option. */
export type ShopSettingsPatch = { [K in ShopSettingKey]?: ShopSettings[K] | null }

/** One line of the change log: the effective value before and after, and whether it went back to the default. */
export type ShopSettingChange = { key: ShopSettingKey; from: unknown; to: unknown; reset: boolean }

/**
 * Applies a patch to the stored overrides. Returns the new overrides and the keys that changed
 * (effective value, or whether it is overridden); a patch that changes nothing returns no lines.
 */
export function applySettingsPatch(
  options: WarrantyOptions,
  overrides: Record<string, unknown>,
  patch: ShopSettingsPatch
): { overrides: Record<string, unknown>; changes: ShopSettingChange[] } {
  const before = mergeSettings(options, overrides)
  const next: Record<string, unknown> = {}
  // Stored keys the schema no longer takes are dropped at the next save (they have no effect).
  for (const key of before.overridden) {
    next[key] = overrides[key]
  }
  for (const key of SHOP_SETTING_KEYS) {
    if (!(key in patch) || patch[key] === undefined) {
      continue
    }
    if (patch[key] === null) {
      delete next[key]
    } else {
      next[key] = patch[key]
    }
  }
  const after = mergeSettings(options, next)
  const changes: ShopSettingChange[] = []
  for (const key of SHOP_SETTING_KEYS) {
    const from = before.settings[key]
    const to = after.settings[key]
    const wasSet = before.overridden.includes(key)
    const isSet = after.overridden.includes(key)
    if (!sameValue(from, to) || wasSet !== isSet) {
      changes.push({ key, from: from ?? null, to: to ?? null, reset: wasSet && !isSet })
    }
  }
  return { overrides: next, changes }
}

/**
 * The body of `POST /admin/warranty-settings`: `version` (the one read) and any shop settings, each
 * checked by its option's schema with the options' own messages (`service_hours.opens: must be
 * HH:MM`), or null to reset it. Keys that are not shop settings are refused by Medusa's strict
 * body check ("Unrecognized fields: '...'").
 */
export function settingsPatchSchema() {
  const field = (key: ShopSettingKey) =>
    z
      .unknown()
      .transform((value, ctx) => {
        if (value === null) {
          return null
        }
        const parsed = parseShopSetting(key, value)
        if (!parsed.ok) {
          for (const message of parsed.problems) {
            ctx.addIssue({ code: "custom", message })
          }
          return z.NEVER
        }
        return parsed.value
      })
      .optional()
  const fields = Object.fromEntries(SHOP_SETTING_KEYS.map((key) => [key, field(key)])) as Record<
    ShopSettingKey,
    ReturnType<typeof field>
  >
  return z
    .object({
      version: z
        .number({ error: "version must be the settings' version you read (a whole number)" })
        .refine((v) => Number.isInteger(v) && v >= 0, { message: "version must be the settings' version you read (a whole number)" }),
      ...fields,
    })
    .strict()
}

export type SettingsPatchBody = { version: number } & ShopSettingsPatch
