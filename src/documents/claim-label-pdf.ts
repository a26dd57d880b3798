import { texts, type Locale } from "../i18n"
import type { Address } from "../modules/warranty/rules/claim-moves"
import { addressLines, barcodeBox, renderTicketBarcodePng } from "./claim-pdf-parts"
import { type Doc, drawPageFooters, formatDay, PdfLayout, renderPdf, type TextStyle } from "./pdf-common"

export { renderTicketBarcodePng }

/**
 * R6.5: the parcel label of a warranty claim, printed by the shopper after filing (R6.1).
 * The cut-out label carries the ticket number (text and Code128 barcode), the sender's NAME,
 * ADDRESS, CONTACT PERSON and PHONE, the service address and the R6.2 "no cash on delivery"
 * notice; under it come the hand-in instructions (R6.2, R6.7), the R6.3/R6.4 checklist,
 * the R6.6 packing advice and the R6.8 service hours and phone.
 */
/** R6.5: the sender's address, as the claim keeps it. */
export type ClaimLabelAddress = Address

export type ClaimLabelInput = {
  ticket_number: string
  shop_name: string
  /** YYYY-MM-DD, the filing day in the shop's time zone. */
  filed_on: string
  delivery_method: "drop_off" | "courier"
  product_title: string
  variant_title?: string | null
  serial_number?: string | null
  /** R5.1 codes with their labels already in the reader's language. */
  defects: { code: string; label: string }[]
  sender: {
    name: string
    contact_person: string
    phone: string
    address: ClaimLabelAddress
  }
  service: {
    name: string
    address_1: string
    address_2?: string | null
    postal_code: string
    city: string
    country_code: string
    phone: string
    /** R6.8: Monday to Friday, "HH:mm". */
    hours: { opens: string; closes: string }
  }
  /** R6.4: the accessories declared in the claim. */
  accessories: string[]
}

const COLORS = {
  ink: "#111827",
  muted: "#6b7280",
  accent: "#0f4c81",
  rule: "#d1d5db",
  cut: "#6b7280",
  warning: "#b91c1c",
  white: "#ffffff",
}

const PAGE_MARGIN = 32
const FOOTER_SPACE = 22
const LABEL_PADDING = 14

class Layout extends PdfLayout {
  constructor(doc: Doc) {
    super(doc, {
      ink: COLORS.ink,
      rule: COLORS.rule,
      heading: { size: 11, color: COLORS.accent, reserve: 5, ruleGap: 2, after: 5 },
    })
  }

  strokeRect(x: number, y: number, w: number, h: number, color: string, weight: number, dashed = false): void {
    this.doc.save()
    if (dashed) {
      this.doc.dash(5, { space: 3 })
      this.doc.roundedRect(x, y, w, h, 6)
    } else {
      this.doc.rect(x, y, w, h)
    }
    this.doc.lineWidth(weight).strokeColor(color).stroke()
    this.doc.undash().restore()
  }

  image(png: Buffer, x: number, y: number, width: number): void {
    this.doc.image(png, x, y, { width })
  }

  paragraph(text: string, style: TextStyle = { size: 9.5, lineGap: 1.5 }): void {
    const h = this.measure(text, this.width, style)
    this.ensure(h)
    this.text(text, this.left, this.y, this.width, style)
    this.y += h + 4
  }
}

type Field = { label: string; value: string; strong?: boolean }

const FIELD_LABEL: TextStyle = { bold: true, size: 7.5, color: COLORS.muted }
const fieldValue = (f: Field): TextStyle => ({ bold: f.strong, size: f.strong ? 11.5 : 10.5, lineGap: 1 })

function fieldsHeight(l: Layout, fields: Field[], width: number): number {
  return fields.reduce(
    (sum, f) => sum + l.measure(f.label, width, FIELD_LABEL) + 1 + l.measure(f.value, width, fieldValue(f)) + 6,
    0
  )
}

function drawFields(l: Layout, fields: Field[], x: number, y: number, width: number): void {
  let cy = y
  for (const f of fields) {
    cy += l.text(f.label, x, cy, width, FIELD_LABEL) + 1
    cy += l.text(f.value, x, cy, width, fieldValue(f)) + 6
  }
}

function drawHeader(l: Layout, input: ClaimLabelInput, locale: Locale): void {
  const y = l.y
  const shopH = l.text(input.shop_name, l.left, y, l.width, { bold: true, size: 9, color: COLORS.muted })
  const titleH = l.text(texts(locale).claim_label.field.title, l.left, y + shopH + 2, l.width, {
    bold: true,
    size: 15,
  })
  l.y = y + shopH + 2 + titleH + 10
}

/** The cut-out label (R6.5), inside a dashed border. */
function drawLabel(l: Layout, input: ClaimLabelInput, locale: Locale, barcode: Buffer): void {
  const t = texts(locale)
  const cut = input.delivery_method === "drop_off" ? t.claim_label.field.cut_drop_off : t.claim_label.field.cut_courier
  l.y += l.text(`✂  ${cut}`, l.left, l.y, l.width, { size: 8, color: COLORS.muted }) + 4

  const top = l.y
  const x = l.left + LABEL_PADDING
  const w = l.width - LABEL_PADDING * 2
  let y = top + LABEL_PADDING

  // Ticket number: one line, as large as fits, then its barcode.
  y += l.text(t.claim_label.field.ticket_number, x, y, w, { ...FIELD_LABEL, size: 8.5, align: "center" }) + 2
  let size = 30
  while (size > 14 && l.widthOf(input.ticket_number, { bold: true, size }) > w) {
    size -= 1
  }
  y += l.text(input.ticket_number, x, y, w, { bold: true, size, align: "center" }) + 6
  const bar = barcodeBox(barcode, w)
  l.image(barcode, x + (w - bar.width) / 2, y, bar.width)
  y += bar.height + 10
  l.hline(y, { x, width: w })
  y += 10

  // Sender and recipient side by side.
  const gap = 24
  const colW = (w - gap) / 2
  const sender: Field[] = [
    { label: t.claim_label.field.name, value: input.sender.name, strong: true },
    { label: t.claim_label.field.address, value: addressLines(input.sender.address, locale).join("\n") },
    { label: t.claim_label.field.contact_person, value: input.sender.contact_person },
    { label: t.claim_label.field.phone, value: input.sender.phone, strong: true },
  ]
  const recipient: Field[] = [
    { label: t.claim_label.field.name, value: input.service.name, strong: true },
    { label: t.claim_label.field.address, value: addressLines(input.service, locale).join("\n") },
    { label: t.claim_label.field.phone, value: input.service.phone },
  ]
  const headStyle: TextStyle = { bold: true, size: 10, color: COLORS.accent }
  const headH = Math.max(
    l.measure(t.claim_label.field.sender, colW, headStyle),
    l.measure(t.claim_label.field.recipient, colW, headStyle)
  )
  l.text(t.claim_label.field.sender, x, y, colW, headStyle)
  l.text(t.claim_label.field.recipient, x + colW + gap, y, colW, headStyle)
  y += headH + 5
  drawFields(l, sender, x, y, colW)
  drawFields(l, recipient, x + colW + gap, y, colW)
  y += Math.max(fieldsHeight(l, sender, colW), fieldsHeight(l, recipient, colW)) + 2

  // R6.2: the courier must see that the parcel is prepaid.
  const pad = 8
  const titleStyle: TextStyle = { bold: true, size: 11.5, color: COLORS.white, align: "center" }
  const bodyStyle: TextStyle = { size: 8.5, color: COLORS.white, align: "center", lineGap: 1 }
  const titleH = l.measure(t.claim_label.field.no_cod_title, w - pad * 2, titleStyle)
  const bodyH = l.measure(t.claim_label.no_cash_on_delivery, w - pad * 2, bodyStyle)
  const bandH = pad + titleH + 3 + bodyH + pad
  l.fillRect(x, y, w, bandH, COLORS.warning, 4)
  l.text(t.claim_label.field.no_cod_title, x + pad, y + pad, w - pad * 2, titleStyle)
  l.text(t.claim_label.no_cash_on_delivery, x + pad, y + pad + titleH + 3, w - pad * 2, bodyStyle)
  y += bandH + LABEL_PADDING

  l.strokeRect(l.left, top, l.width, y - top, COLORS.cut, 1.2, true)
  l.y = y + 16
}

function drawInstructions(l: Layout, input: ClaimLabelInput, locale: Locale): void {
  const t = texts(locale)
  const hours = t.claim_label.service_hours(input.service.hours.opens, input.service.hours.closes)
  const body: TextStyle = { size: 9, lineGap: 1.5 }

  // R6.2: ship it, or (drop-off) bring it in during service hours; R6.7: no invoice needed.
  const handIn =
    input.delivery_method === "drop_off"
      ? t.claim_label.drop_off_instructions(
          [input.service.name, ...addressLines(input.service, locale)].join(", "),
          hours
        )
      : t.claim_label.courier_instructions
  l.heading(t.claim_label.field.hand_in_title, l.measure(handIn, l.width, body))
  l.paragraph(handIn, body)
  // R6.8: service hours and phone.
  l.paragraph(
    `${t.claim_label.field.service_hours}: ${hours} · ${t.claim_label.field.service_phone}: ${input.service.phone}`,
    { ...body, bold: true }
  )
  l.paragraph(t.claim_label.no_invoice_needed(input.shop_name), body)
  l.y += 4

  // R6.3 and R6.4: boxes to tick before handing the device in.
  const items = [
    t.claim_label.checklist.data_backup,
    t.claim_label.checklist.lock_removed,
    t.claim_label.checklist.films_removed,
    t.claim_label.accessories_included(input.accessories),
  ]
  const box = 9
  const textX = l.left + box + 8
  const textW = l.width - box - 8
  l.heading(t.claim_label.field.checklist_title, l.measure(items[0], textW, body))
  for (const item of items) {
    const h = Math.max(box, l.measure(item, textW, body))
    l.ensure(h)
    const y = l.y
    l.strokeRect(l.left, y + 1.5, box, box, COLORS.ink, 0.9)
    l.text(item, textX, y, textW, body)
    l.y = y + h + 4
  }
  l.y += 4

  // R6.6: packing advice.
  l.heading(t.claim_label.field.packing_title, l.measure(t.claim_label.packing_advice, l.width, body))
  l.paragraph(t.claim_label.packing_advice, body)
  l.y += 4
}

/** What is being sent: product, serial, defects and filing day, in one row. */
function drawClaim(l: Layout, input: ClaimLabelInput, locale: Locale): void {
  const t = texts(locale)
  const none = "—"
  const variant = input.variant_title?.trim()
  const row: Field[] = [
    {
      label: t.claim_label.field.product,
      value: variant ? `${input.product_title}\n${variant}` : input.product_title,
      strong: true,
    },
    { label: t.claim_label.field.serial, value: input.serial_number?.trim() || none },
    { label: t.claim_label.field.defects, value: input.defects.map((d) => d.label).join(", ") || none },
    { label: t.claim_label.field.filed_on, value: formatDay(input.filed_on, locale) },
  ]
  const gap = 14
  const widths = [0.3, 0.22, 0.3, 0.18].map((f) => f * (l.width - gap * (row.length - 1)))
  const h = Math.max(...row.map((f, i) => fieldsHeight(l, [f], widths[i])))
  l.heading(t.claim_label.field.claim_title, h)
  let x = l.left
  row.forEach((f, i) => {
    drawFields(l, [f], x, l.y, widths[i])
    x += widths[i] + gap
  })
  l.y += h
}

/** The ticket number and page number at the bottom of every page. */
function drawFooters(doc: Doc, input: ClaimLabelInput, locale: Locale): void {
  drawPageFooters(doc, {
    ruleFromBottom: PAGE_MARGIN + 10,
    textGap: 5,
    colors: { rule: COLORS.rule, text: COLORS.muted },
    left: () => `${input.shop_name} · ${input.ticket_number}`,
    right: (page, count) => `${texts(locale).claim_label.field.page} ${page}/${count}`,
  })
}

/** R6.5: renders the parcel label of a claim as an A4 PDF in the given locale. */
export async function renderClaimLabelPdf(input: ClaimLabelInput, locale: Locale): Promise<Buffer> {
  const barcode = await renderTicketBarcodePng(input.ticket_number)
  const info = {
    Title: `${texts(locale).claim_label.field.title} ${input.ticket_number}`,
    Author: input.shop_name,
    Subject: input.product_title,
    Creator: input.shop_name,
  }
  return renderPdf({ locale, margin: PAGE_MARGIN, footerSpace: FOOTER_SPACE, info }, (doc) => {
    const l = new Layout(doc)
    l.y = doc.page.margins.top
    drawHeader(l, input, locale)
    drawLabel(l, input, locale, barcode)
    drawInstructions(l, input, locale)
    drawClaim(l, input, locale)
    drawFooters(doc, input, locale)
  })
}
