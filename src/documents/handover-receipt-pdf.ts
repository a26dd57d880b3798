import { texts, type Locale } from "../i18n"
import type { HandoverOutcome } from "../modules/warranty/rules/handover"
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

export type { HandoverOutcome }

/**
 * The handover receipt printed when the device leaves the service (R7.4): what was done, the
 * outcome, the battery after a repair, the fees paid or waived (R8.4), the warranty that goes on
 * (R7.6, or the replacement's own card, R8.2) and lines for the clerk's and customer's signatures.
 */
export type HandoverReceiptInput = ReceiptClaim & {
  shop: ReceiptShop
  received_on: string | null
  /** YYYY-MM-DD: the day the receipt is printed, in the shop's time zone. */
  handed_over_on: string
  outcome: HandoverOutcome
  work: {
    findings: string | null
    repair_note: string | null
    parts: string[]
    /** R9: why the claim was not covered, in the reader's language. */
    reason: string | null
  }
  /** R4, R5.2: an accessory without a battery gets no battery line. */
  has_battery: boolean
  /** R4.6: the `repair` reading taken when the device was marked ready. */
  battery_after: number | null
  fees: {
    amount: number
    currency_code: string
    status: "due" | "paid" | "waived"
    settled_via?: "online" | "counter" | "waiver" | null
    reference?: string | null
  }[]
  /** R7.6: the card that goes on; R8.2: the replacement's new card. Null when none does. */
  warranty: { card_number: string; ends_on: string; new_card: boolean } | null
  /** R7.4: the parcel that takes the device back, if it is shipped. */
  return_shipment: { carrier: string; tracking_number: string } | null
}

/** The outcome in the reader's language (each text named by its path: the catalogue test reads them so). */
export function outcomeText(outcome: HandoverOutcome, locale: Locale): string {
  const t = texts(locale)
  const labels: Record<HandoverOutcome, string> = {
    repaired: t.receipts.outcome.repaired,
    replaced: t.receipts.outcome.replaced,
    valued: t.receipts.outcome.valued,
    returned_unrepaired: t.receipts.outcome.returned_unrepaired,
    recycled: t.receipts.outcome.recycled,
  }
  return labels[outcome]
}

function feeLine(fee: HandoverReceiptInput["fees"][number], locale: Locale): string {
  const t = texts(locale)
  const status =
    fee.status === "waived"
      ? t.receipts.fee.waived
      : fee.status === "due"
        ? t.receipts.fee.due
        : fee.settled_via === "counter"
          ? t.receipts.fee.paid_counter
          : t.receipts.fee.paid
  const reference = fee.reference?.trim() ? ` (${fee.reference.trim()})` : ""
  return `${t.receipts.fee.diagnostic}: ${t.receipts.money(fee.amount, fee.currency_code)}, ${status}${reference}`
}

function workRows(input: HandoverReceiptInput, locale: Locale): Field[][] {
  const t = texts(locale)
  const rows: Field[][] = [
    [
      { label: t.receipts.field.outcome, value: outcomeText(input.outcome, locale), strong: true },
      { label: t.receipts.field.handed_over_on, value: formatDay(input.handed_over_on, locale) },
      ...(input.received_on ? [{ label: t.receipts.field.received_on, value: formatDay(input.received_on, locale) }] : []),
    ],
  ]
  const details: Field[] = []
  if (input.work.findings?.trim()) {
    details.push({ label: t.receipts.field.findings, value: input.work.findings.trim() })
  }
  if (input.work.repair_note?.trim()) {
    details.push({ label: t.receipts.field.repair_note, value: input.work.repair_note.trim() })
  }
  if (details.length) {
    rows.push(details)
  }
  const more: Field[] = []
  if (input.work.parts.length) {
    more.push({ label: t.receipts.field.parts, value: input.work.parts.join(", ") })
  }
  if (input.work.reason?.trim()) {
    more.push({ label: t.receipts.field.reason, value: input.work.reason.trim() })
  }
  if (input.has_battery && input.battery_after !== null) {
    more.push({ label: t.receipts.field.battery_after, value: `${input.battery_after}%`, strong: true })
  }
  if (input.return_shipment) {
    more.push({
      label: t.receipts.field.return_shipment,
      value: `${input.return_shipment.carrier} · ${input.return_shipment.tracking_number}`,
    })
  }
  if (more.length) {
    rows.push(more)
  }
  return rows
}

function drawHandover(l: ReceiptLayout, input: HandoverReceiptInput, locale: Locale): void {
  const t = texts(locale)
  l.box(t.receipts.field.work_title, workRows(input, locale))

  const fees = input.fees.map((fee) => feeLine(fee, locale))
  l.box(t.receipts.field.fees_title, [], fees.length ? fees : [t.receipts.field.no_fees])

  const warranty: string[] = []
  if (input.outcome === "recycled") {
    warranty.push(t.receipts.handover.recycled)
  }
  if (input.warranty) {
    const ends = formatDay(input.warranty.ends_on, locale)
    warranty.push(
      input.warranty.new_card
        ? t.receipts.handover.warranty_new_card(input.warranty.card_number, ends)
        : t.receipts.handover.warranty_continues(input.warranty.card_number, ends)
    )
  }
  warranty.push(t.warranty.statutory_rights)
  l.box(t.receipts.field.warranty_title, [], warranty)

  l.box(t.receipts.field.service_title, serviceRows(input.shop, locale))

  drawSignatures(l, t.receipts.field.signatures_title, t.receipts.field.sign_clerk, t.receipts.field.sign_customer, t.receipts.handover.confirm)
}

/** R7.4: renders the handover receipt of a claim as an A4 PDF in the given locale. */
export async function renderHandoverReceiptPdf(input: HandoverReceiptInput, locale: Locale): Promise<Buffer> {
  return renderReceiptPdf(input, texts(locale).receipts.field.handover_title, locale, (l) => drawHandover(l, input, locale))
}
