import type { WarrantyMoney, WarrantyShopSettingKey as Key, WarrantyShopSettings as Settings } from "../../types"
import { formatMoney } from "./format"

/** How a setting is edited. */
export type FieldKind = "text" | "int" | "share" | "switch" | "unit" | "from" | "models" | "address" | "hours" | "fees"

export type FieldSpec = { key: Key; label: string; kind: FieldKind; hint?: string }

export type GroupSpec = { id: string; title: string; description: string; fields: FieldSpec[] }

/** Settings -> Warranty, group by group, in the order a shop owner reads them. */
export const SETTING_GROUPS: GroupSpec[] = [
  {
    id: "service",
    title: "Shop and service",
    description: "Printed on the warranty card, the parcel label and the receipts, and shown on the shopper's claim page (R6.5, R6.8).",
    fields: [
      { key: "shop_name", label: "Shop name", kind: "text" },
      { key: "service_address", label: "Service address", kind: "address", hint: "Where devices are sent or dropped off." },
      { key: "service_phone", label: "Service phone", kind: "text" },
      { key: "service_hours", label: "Service hours (Monday to Friday)", kind: "hours" },
    ],
  },
  {
    id: "terms",
    title: "Warranty terms",
    description: "Copied onto each new card; cards already issued keep their terms (R2.3).",
    fields: [
      { key: "default_warranty_months", label: "Default warranty (months)", kind: "int", hint: "R2.1: products without their own terms." },
      { key: "battery_warranty_days", label: "Battery warranty (days)", kind: "int", hint: "R4.1" },
      { key: "battery_health_threshold", label: "Battery health threshold (%)", kind: "int", hint: "R4.2-R4.4" },
      { key: "oem_battery_models", label: "Models with OEM batteries", kind: "models", hint: "R4.5: one model per line." },
      { key: "extend_warranty_by_repair_time", label: "Extend the warranty by the repair time", kind: "switch", hint: "R7.6: off in the terms." },
      { key: "replacement_fresh_term", label: "A replacement unit gets a fresh term", kind: "switch", hint: "R8.2: off keeps the old card's end date." },
    ],
  },
  {
    id: "legal",
    title: "Legal frame and service period",
    description: "The statutory guarantee beside the shop's own (R11) and the service period (R7.1). New claims use them at once.",
    fields: [
      { key: "legal_guarantee_months", label: "Legal guarantee (months from delivery)", kind: "int", hint: "R11.1" },
      { key: "legal_remedy_days", label: "Legal limit for a repair or replacement (days)", kind: "int", hint: "R11.2" },
      { key: "legal_remedy_day_unit", label: "Counted in", kind: "unit" },
      { key: "legal_remedy_from", label: "Counted from", kind: "from" },
      { key: "service_days", label: "Service period (days from receipt)", kind: "int", hint: "R7.1" },
    ],
  },
  {
    id: "money",
    title: "Fees, offers and credit",
    description: "The diagnostic fee per currency (R8.4), how long an offer stays open and when the shopper is reminded, store credit (R8.3, R8.5).",
    fields: [
      { key: "diagnostic_fee", label: "Diagnostic fee", kind: "fees", hint: "One per currency the shop sells in; a claim is charged in its order's currency." },
      { key: "offer_valid_days", label: "An offer stays open (days)", kind: "int" },
      { key: "offer_reminder_days", label: "Remind the shopper (days before it closes; 0: never)", kind: "int" },
      { key: "credit_valid_days", label: "Store credit can be used for (days)", kind: "int" },
      { key: "trade_in_repair_cost_share", label: "Trade-in when the repair costs more than (share of the value)", kind: "share", hint: "R8.5: 0.5 is half." },
    ],
  },
  {
    id: "claims",
    title: "Claims and card owners",
    description: "What a shopper may attach to a claim, and whether a card can pass to the phone's next owner.",
    fields: [
      { key: "max_claim_photos", label: "Photos a shopper may attach to a claim", kind: "int", hint: "R11.4: 0 turns the shopper's photos off; staff may always add theirs." },
      { key: "card_transfers", label: "Cards can be transferred to a new owner", kind: "switch", hint: "Off: neither the owner nor staff can hand a card on." },
      { key: "card_transfer_valid_hours", label: "A transfer link stays valid (hours)", kind: "int" },
    ],
  },
]

export const SETTING_LABELS = Object.fromEntries(SETTING_GROUPS.flatMap((g) => g.fields.map((f) => [f.key, f.label]))) as Record<Key, string>

/** What a form holds for one setting while staff type. */
export type FormValue = string | boolean | Record<string, string> | { amount: string; currency_code: string }[]

export type FormState = Partial<Record<Key, FormValue>>

/** A typed number as the API takes it; anything else goes as typed and the API names the field. */
const asNumber = (text: string): number | string => (text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text)

export function toForm(kind: FieldKind, value: unknown): FormValue {
  switch (kind) {
    case "switch":
      return Boolean(value)
    case "models":
      return ((value as string[]) ?? []).join("\n")
    case "address": {
      const a = (value ?? {}) as Record<string, string | undefined>
      return Object.fromEntries(["name", "address_1", "address_2", "postal_code", "city", "country_code"].map((k) => [k, a[k] ?? ""]))
    }
    case "hours": {
      const h = (value ?? {}) as { opens?: string; closes?: string }
      return { opens: h.opens ?? "", closes: h.closes ?? "" }
    }
    case "fees":
      return ((value as WarrantyMoney[]) ?? []).map((f) => ({ amount: String(f.amount), currency_code: f.currency_code }))
    default:
      return value === undefined || value === null ? "" : String(value)
  }
}

/** The form's value as the API reads it (the API checks it as the plugin option is checked). */
export function fromForm(kind: FieldKind, value: FormValue): unknown {
  switch (kind) {
    case "switch":
      return value
    case "int":
    case "share":
      return asNumber(value as string)
    case "models":
      return (value as string)
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
    case "address": {
      const { address_2, ...rest } = value as Record<string, string>
      return address_2?.trim() ? { ...rest, address_2 } : rest
    }
    case "fees":
      return (value as { amount: string; currency_code: string }[]).map((f) => ({ amount: asNumber(f.amount), currency_code: f.currency_code.trim() }))
    default:
      return value
  }
}

/** A setting's value as one line of text (the change log and the "default" hints). */
export function displayValue(key: Key, value: unknown): string {
  if (value === null || value === undefined) {
    return "-"
  }
  if (typeof value === "boolean") {
    return value ? "On" : "Off"
  }
  if (key === "service_hours") {
    const h = value as Settings["service_hours"]
    return `${h.opens}-${h.closes}`
  }
  if (key === "service_address") {
    const a = value as Settings["service_address"]
    return [a.name, a.address_1, a.address_2, `${a.postal_code} ${a.city}`, a.country_code?.toUpperCase()].filter(Boolean).join(", ")
  }
  if (key === "diagnostic_fee") {
    return (value as WarrantyMoney[]).map((f) => formatMoney(f.amount, f.currency_code)).join(", ") || "none"
  }
  if (key === "legal_remedy_day_unit") {
    return value === "working" ? "working days" : "calendar days"
  }
  if (key === "legal_remedy_from") {
    return value === "filing" ? "the filing day" : "receipt"
  }
  if (Array.isArray(value)) {
    return value.join(", ") || "none"
  }
  return String(value)
}

/**
 * The API names a nested problem by its path (`service_hours.opens: must be HH:MM`,
 * `diagnostic_fee.1.amount: ...`): put it under the setting's field, saying which part.
 */
export function perSettingMessage(message: string): string {
  return message.replace(/(^|;\s+|Invalid request:\s*)([a-z_]+)\.([a-z0-9_.]+):\s/g, (_m, lead: string, key: string, rest: string) => {
    const part = rest.replace(/^(\d+)\.?/, (_d, i: string) => `row ${Number(i) + 1} `).replace(/_/g, " ").trim()
    return `${lead}${key}: ${part}: `
  })
}
