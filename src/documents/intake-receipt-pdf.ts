import { texts, type Locale } from "../i18n"
import { formatDay } from "./pdf-common"
import {
  drawSignatures,
  type Field,
  type ReceiptClaim,
  type ReceiptLayout,
  renderReceiptPdf,
  type ReceiptShop,
  serviceRows,
} from "./receipt-layout"

/**
 * The intake receipt the clerk prints and hands over when a device comes in (R7.1): the ticket
 * and its barcode, the device and its IMEI, what was received (accessories, packaging, seals,
 * visible damage, the battery reading if one was taken: R11.4 intake records), the defects
 * reported, the due day and what it counts, the service's address, hours and phone (R6.8) and
 * the terms that apply (R6.3, R6.7, R7.1, R7.2, R11.2, R5.3).
 */
export type IntakeReceiptInput = ReceiptClaim & {
  shop: ReceiptShop
  delivery_method: "drop_off" | "courier"
  /** YYYY-MM-DD in the shop's time zone. */
  received_on: string
  intake: {
    accessories_received: string[]
    original_packaging: boolean
    seals_intact: boolean
    damage_notes: string | null
    battery_percent: number | null
  }
  /** R4, R5.2: an accessory without a battery gets no battery line. */
  has_battery: boolean
  /** R5.1 codes with their labels in the reader's language. */
  defects: { code: string; label: string }[]
  description: string
  /** R7.1, R11.2 (R7.2 when extended); null when the claim has none. */
  due: { on: string; basis: "commercial" | "legal" | null; extended: boolean } | null
  /** The figures the terms quote, from the plugin options. */
  terms: { service_days: number; legal_days: number; legal_working: boolean; legal_from_filing: boolean }
}

/** What the due day counts, in the shop's words: "30-day service period", "15-day legal limit". */
export function dueBasisText(input: Pick<IntakeReceiptInput, "due" | "terms">, locale: Locale): string | null {
  const t = texts(locale)
  if (!input.due) {
    return null
  }
  if (input.due.extended) {
    return t.receipts.due_extended
  }
  if (input.due.basis === "legal") {
    return t.receipts.due_legal(input.terms.legal_days, input.terms.legal_working)
  }
  if (input.due.basis === "commercial") {
    return t.receipts.due_commercial(input.terms.service_days)
  }
  return null
}

function receivedRows(input: IntakeReceiptInput, locale: Locale): Field[][] {
  const t = texts(locale)
  const intake = input.intake
  const accessories = intake.accessories_received.filter((a) => a.trim())
  const rows: Field[][] = [
    [
      { label: t.receipts.field.received_on, value: formatDay(input.received_on, locale), strong: true },
      {
        label: t.receipts.field.delivery,
        value: input.delivery_method === "drop_off" ? t.receipts.field.delivery_drop_off : t.receipts.field.delivery_courier,
      },
    ],
    [
      { label: t.receipts.field.accessories, value: accessories.length ? accessories.join(", ") : t.receipts.field.no_accessories },
      { label: t.receipts.field.packaging, value: intake.original_packaging ? t.receipts.field.yes : t.receipts.field.no },
      { label: t.receipts.field.seals, value: intake.seals_intact ? t.receipts.field.seals_intact : t.receipts.field.seals_broken },
    ],
  ]
  const last: Field[] = [{ label: t.receipts.field.damage, value: intake.damage_notes?.trim() || t.receipts.field.no_damage }]
  if (input.has_battery && intake.battery_percent !== null) {
    last.push({ label: t.receipts.field.battery_intake, value: `${intake.battery_percent}%`, strong: true })
  }
  rows.push(last)
  return rows
}

function drawIntake(l: ReceiptLayout, input: IntakeReceiptInput, locale: Locale): void {
  const t = texts(locale)
  l.box(t.receipts.field.received_title, receivedRows(input, locale))

  const defects = input.defects.map((d) => d.label).join(", ") || "—"
  const description = input.description.trim()
  const dueRow: Field[] = input.due
    ? [{ label: t.receipts.field.due_title, value: `${formatDay(input.due.on, locale)}\n${dueBasisText(input, locale) ?? ""}`.trim(), strong: true }]
    : []
  l.box(t.receipts.field.defects_title, [[{ label: t.receipts.field.defects, value: defects }, ...dueRow]], description ? [`${t.receipts.field.description}: ${description}`] : [])

  l.box(t.receipts.field.service_title, serviceRows(input.shop, locale))

  const hours = t.claim_label.service_hours(input.shop.service.hours.opens, input.shop.service.hours.closes)
  l.bullets(t.receipts.field.terms_title, [
    t.receipts.terms.care(input.shop.name),
    t.receipts.terms.data,
    t.receipts.terms.service_period(input.terms.service_days),
    t.receipts.terms.legal_limit(input.terms.legal_days, input.terms.legal_working, input.terms.legal_from_filing),
    t.receipts.terms.collect(hours),
    t.warranty.statutory_rights,
  ])

  drawSignatures(l, t.receipts.field.signatures_title, t.receipts.field.sign_clerk, t.receipts.field.sign_customer, t.receipts.intake_confirm)
}

/** R7.1: renders the intake receipt of a claim as an A4 PDF in the given locale. */
export async function renderIntakeReceiptPdf(input: IntakeReceiptInput, locale: Locale): Promise<Buffer> {
  return renderReceiptPdf(input, texts(locale).receipts.field.intake_title, locale, (l) => drawIntake(l, input, locale))
}
