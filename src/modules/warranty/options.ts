import { z } from "@medusajs/framework/zod"
import { LOCALES } from "../../i18n"

/** The R4.5 list: iPhone models up to the 12 series that get OEM batteries (Art. 3.1). */
export const DEFAULT_OEM_BATTERY_MODELS = [
  "iPhone XR",
  "iPhone XS",
  "iPhone XS Max",
  "iPhone X",
  "iPhone SE 2020",
  "iPhone 11",
  "iPhone 11 Pro",
  "iPhone 11 Pro Max",
  "iPhone 12",
  "iPhone 12 mini",
  "iPhone 12 Pro",
  "iPhone 12 Pro Max",
]

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const DiagnosticFee = z.object({
  amount: z.number().min(0),
  currency_code: z.string().regex(/^[a-z]{3}$/, { message: "must be a lower-case ISO 4217 code such as eur" }),
})

/** Plugin options; every figure is a default from the shop's terms that a shop can change. */
export const WarrantyOptionsSchema = z
  .object({
    /** R2.1 */
    default_warranty_months: z.number().int().min(1).max(120).default(24),
    /** R4.1 */
    battery_warranty_days: z.number().int().min(0).max(3650).default(90),
    /** R4.2, R4.3, R4.4 */
    battery_health_threshold: z.number().int().min(1).max(100).default(85),
    /** R4.5 */
    oem_battery_models: z.array(z.string().min(1)).default(DEFAULT_OEM_BATTERY_MODELS),
    /** R3.4 */
    time_zone: z
      .string()
      .refine(isTimeZone, { message: "must be an IANA time zone such as Europe/Bucharest" })
      .default("Europe/Bucharest"),
    card_number_prefix: z
      .string()
      .regex(/^[A-Z0-9]{1,8}$/, { message: "must be 1 to 8 capital letters or digits" })
      .default("WC"),
    /** Any language of the text catalogue (`src/i18n`). */
    default_locale: z.enum(LOCALES).default("ro"),
    shop_name: z.string().min(1).default("Refurbished phone shop"),
    /** R11.1: the statutory guarantee of conformity, in months from delivery. */
    legal_guarantee_months: z.number().int().min(0).max(120).default(24),
    /** R11.2: the legal limit for a repair or replacement, counted from receipt. */
    legal_remedy_days: z.number().int().min(1).max(365).default(15),
    /** R11.2: calendar days now; a pending bill would make them working days (Mon-Fri). */
    legal_remedy_day_unit: z.enum(["calendar", "working"]).default("calendar"),
    /** R11.2: count the legal limit from receipt (default) or from the filing day (when the consumer told the seller). */
    legal_remedy_from: z.enum(["receipt", "filing"]).default("receipt"),
    /** R7.1: the service period, in calendar days from receipt. */
    service_days: z.number().int().min(1).max(365).default(30),
    /**
     * R8.4: the diagnostic fee, one per currency the shop sells in (`[{ amount: 20, currency_code:
     * "eur" }, { amount: 100, currency_code: "ron" }]`); a single object is a list of one. A claim
     * is charged the fee in its order's currency; with none set for it, no fee can be made due.
     */
    diagnostic_fee: z
      .union([DiagnosticFee, z.array(DiagnosticFee)], {
        error:
          "must be { amount, currency_code } or a list of them, one per currency (amount 0 or more, currency_code a lower-case ISO 4217 code such as eur or ron)",
      })
      .default({ amount: 20, currency_code: "eur" })
      .transform((fee) => (Array.isArray(fee) ? fee : [fee]))
      .refine((fees) => new Set(fees.map((f) => f.currency_code)).size === fees.length, {
        message: "names a currency twice: give one fee per currency",
      }),
    /** R7.6: off by default (the terms say a repair does not move the end date). */
    extend_warranty_by_repair_time: z.boolean().default(false),
    /** R8.2-R8.5: days a resolution offer stays open before the device goes back. */
    offer_valid_days: z.number().int().min(1).max(365).default(14),
    /** The shopper is reminded this many days before an open offer expires (0: no reminder). */
    offer_reminder_days: z.number().int().min(0).max(60).default(3),
    /** R8.3(a), R8.5: days a store-credit code can be used. */
    credit_valid_days: z.number().int().min(1).max(3650).default(90),
    /** R8.5: a trade-in for "repair too costly" needs the quote to exceed this share of the device's value. */
    trade_in_repair_cost_share: z.number().gt(0).max(1).default(0.5),
    /** R8.2: a replacement unit keeps the old card's end date (R7.6 spirit) unless this gives it a fresh term. */
    replacement_fresh_term: z.boolean().default(false),
    claim_ticket_prefix: z
      .string()
      .regex(/^[A-Z0-9]{1,8}$/, { message: "must be 1 to 8 capital letters or digits" })
      .default("WR"),
    /** R6.5: where devices are sent or dropped off. */
    service_address: z
      .object({
        name: z.string().min(1),
        address_1: z.string().min(1),
        address_2: z.string().optional(),
        postal_code: z.string().min(1),
        city: z.string().min(1),
        country_code: z.string().length(2),
      })
      .default({
        name: "Service",
        address_1: "Str. Exemplu 1",
        postal_code: "010101",
        city: "București",
        country_code: "ro",
      }),
    /** R6.8: a shop setting. */
    service_phone: z.string().min(3).default("+40 700 000 000"),
    /** The storefront's claim page for e-mail links, with `{id}` for the claim id. */
    storefront_claim_url: z
      .string()
      .url({ message: "must be an absolute URL such as https://shop.example/account/claims/{id}" })
      .refine((v) => v.includes("{id}"), { message: "must contain {id} where the claim id goes" })
      .optional(),
    /** R11.4: the largest claim photo accepted, in bytes (10 MB). */
    photo_max_bytes: z.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
    /** R11.4: how many photos a shopper may attach to one claim. */
    max_claim_photos: z.number().int().min(0).max(50).default(6),
    /** Issue 11 s.3: owners may hand a card to a new owner, and staff may move it (off: refused). */
    card_transfers: z.boolean().default(true),
    /** Issue 11 s.3: hours a card transfer's e-mailed link stays valid. */
    card_transfer_valid_hours: z.number().int().min(1).max(720).default(72),
    /** The storefront's page that accepts a card transfer, with `{id}` (card) and `{token}`. */
    storefront_card_transfer_url: z
      .string()
      .url({ message: "must be an absolute URL such as https://shop.example/account/cards/{id}/accept?token={token}" })
      .refine((v) => v.includes("{id}") && v.includes("{token}"), { message: "must contain {id} and {token}" })
      .optional(),
    /** Issue 11 s.2: e-mail the token of Medusa's order transfer request (Medusa sends none itself). */
    order_transfer_email: z.boolean().default(true),
    /** The storefront's page that accepts an order transfer, with `{id}` (order) and `{token}`. */
    storefront_order_transfer_url: z
      .string()
      .url({ message: "must be an absolute URL such as https://shop.example/account/orders/{id}/accept?token={token}" })
      .refine((v) => v.includes("{id}") && v.includes("{token}"), { message: "must contain {id} and {token}" })
      .optional(),
    /** R6.8: Monday to Friday. */
    service_hours: z
      .object({
        opens: z.string().regex(/^\d{2}:\d{2}$/, { message: "must be HH:MM" }),
        closes: z.string().regex(/^\d{2}:\d{2}$/, { message: "must be HH:MM" }),
      })
      .default({ opens: "09:00", closes: "18:00" }),
    /** Issue 11 s.4: public IMEI checks one client address may make per minute (429 past it). */
    public_check_per_minute: z.number().int().min(1).max(10000).default(10),
  })

export type WarrantyOptionsInput = z.input<typeof WarrantyOptionsSchema>
export type WarrantyOptions = z.output<typeof WarrantyOptionsSchema>

/** Keys Medusa itself adds to a module's options. */
const INJECTED_KEYS = new Set(["database"])

/** Option names the plugin does not know (likely typos); the service warns about them. */
export function unknownOptionKeys(raw: unknown): string[] {
  if (!raw || typeof raw !== "object") {
    return []
  }
  const known = new Set(Object.keys(WarrantyOptionsSchema.shape))
  return Object.keys(raw).filter((k) => !known.has(k) && !INJECTED_KEYS.has(k))
}

/**
 * R6.5, R6.8: the shop's identity options left at their placeholders. Every parcel label and
 * claim e-mail prints them, so the service warns at start until the shop sets them.
 */
export function placeholderOptionKeys(raw: unknown): ("service_address" | "service_phone")[] {
  const given = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {}
  return (["service_address", "service_phone"] as const).filter((k) => given[k] === undefined)
}

/** One problem as the options name it (`service_hours.opens: must be HH:MM`); Settings -> Warranty answers with the same words. */
export function formatOptionIssue(issue: { path: PropertyKey[]; message: string }): string {
  return `${issue.path.map(String).join(".") || "(options)"}: ${issue.message}`
}

/** Parses plugin options, throwing one message that names every bad option. */
export function parseWarrantyOptions(raw: unknown): WarrantyOptions {
  const result = WarrantyOptionsSchema.safeParse(raw ?? {})
  if (!result.success) {
    const problems = result.error.issues.map(formatOptionIssue).join("; ")
    throw new Error(`medusa-plugin-warranty: invalid plugin options: ${problems}`)
  }
  return result.data
}
