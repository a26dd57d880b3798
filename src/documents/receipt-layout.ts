import { texts, type Locale } from "../i18n"
import type { Address } from "../modules/warranty/rules/claim-moves"
import { addressLines, barcodeBox, renderTicketBarcodePng } from "./claim-pdf-parts"
import { type Doc, drawPageFooters, PdfLayout, renderFitted, type TextStyle } from "./pdf-common"

/**
 * What the intake and handover receipts share: the header with the ticket and its barcode, the
 * device and customer, grids of fields, boxed sections kept whole on a page, the service's
 * address and hours, the terms, signature lines, the footers and the A4 rendering itself.
 */

/** The shop as the receipts name it: plugin options `shop_name`, `service_address`, `service_phone`, `service_hours`. */
export type ReceiptShop = {
  name: string
  service: Address & { name: string; phone: string; hours: { opens: string; closes: string } }
}

/** The claim's device and customer, as both receipts print them. */
export type ReceiptClaim = {
  ticket_number: string
  card_number: string | null
  product_title: string
  variant_title?: string | null
  serial_number?: string | null
  customer: { name: string; phone: string }
}

export const COLORS = {
  ink: "#111827",
  muted: "#6b7280",
  accent: "#0f4c81",
  accentLight: "#eef4fa",
  rule: "#d1d5db",
  box: "#9ca3af",
}

const PAGE_MARGIN = 36
const FOOTER_SPACE = 22
const GAP = 16
const BOX_PAD = 10

export type Field = { label: string; value: string; strong?: boolean }

const LABEL: TextStyle = { bold: true, size: 7.5, color: COLORS.muted }
const value = (f: Field): TextStyle => ({ bold: f.strong, size: f.strong ? 11 : 10, lineGap: 1 })
export const BODY: TextStyle = { size: 9, lineGap: 1.5 }

/** The scales a receipt is tried at, largest first: one page when it can be. */
const RECEIPT_SCALES = [1, 0.9, 0.8, 0.72]

export class ReceiptLayout extends PdfLayout {
  constructor(doc: Doc, scale = 1) {
    super(doc, {
      scale,
      ink: COLORS.ink,
      rule: COLORS.rule,
      heading: { size: 10.5, color: COLORS.accent, reserve: 4, ruleGap: 2, after: 5 },
    })
  }

  strokeRect(x: number, y: number, w: number, h: number, color: string, weight: number): void {
    this.doc.save().roundedRect(x, y, w, h, 4).lineWidth(weight).strokeColor(color).stroke().restore()
  }

  image(png: Buffer, x: number, y: number, width: number): void {
    this.doc.image(png, x, y, { width })
  }

  /** Height of one label/value cell. */
  cellHeight(f: Field, width: number): number {
    return this.measure(f.label, width, LABEL) + this.s(1) + this.measure(f.value, width, value(f))
  }

  /** Height of a grid of rows of cells (each row as tall as its tallest cell). */
  gridHeight(rows: Field[][], width: number): number {
    return rows.reduce((sum, row) => {
      const colW = (width - this.s(GAP) * (row.length - 1)) / row.length
      return sum + Math.max(...row.map((f) => this.cellHeight(f, colW))) + this.s(8)
    }, 0)
  }

  /** Draws the grid at (x, y) within `width`; returns its height. */
  grid(rows: Field[][], x: number, y: number, width: number): number {
    let cy = y
    for (const row of rows) {
      const colW = (width - this.s(GAP) * (row.length - 1)) / row.length
      row.forEach((f, i) => {
        const cx = x + i * (colW + this.s(GAP))
        const lh = this.text(f.label, cx, cy, colW, LABEL) + this.s(1)
        this.text(f.value, cx, cy + lh, colW, value(f))
      })
      cy += Math.max(...row.map((f) => this.cellHeight(f, colW))) + this.s(8)
    }
    return cy - y
  }

  /**
   * A titled, framed box whose content is a grid and paragraphs. Kept whole: when it does not
   * fit under the cursor it starts on the next page.
   */
  box(title: string, rows: Field[][], paragraphs: string[] = []): void {
    const pad = this.s(BOX_PAD)
    const innerW = this.width - pad * 2
    const titleStyle: TextStyle = { bold: true, size: 10.5, color: COLORS.accent }
    const titleH = this.measure(title, innerW, titleStyle)
    const gridH = this.gridHeight(rows, innerW)
    const paraH = paragraphs.reduce((sum, p) => sum + this.measure(p, innerW, BODY) + this.s(4), 0)
    const h = pad + titleH + this.s(6) + gridH + paraH + pad - this.s(paragraphs.length ? 4 : 8)
    this.ensure(h)
    const top = this.y
    const x = this.left + pad
    let y = top + pad
    this.text(title, x, y, innerW, titleStyle)
    y += titleH + this.s(6)
    y += this.grid(rows, x, y, innerW)
    for (const p of paragraphs) {
      y += this.text(p, x, y, innerW, BODY) + this.s(4)
    }
    this.strokeRect(this.left, top, this.width, h, COLORS.box, 0.8)
    this.y = top + h + this.s(10)
  }

  /** A heading and bullet paragraphs; each paragraph is kept whole. */
  bullets(title: string, paragraphs: string[]): void {
    const indent = this.s(12)
    const textW = this.width - indent
    this.heading(title, paragraphs.length ? this.measure(paragraphs[0], textW, BODY) : 0)
    for (const p of paragraphs) {
      const h = this.measure(p, textW, BODY)
      this.ensure(h)
      this.text("•", this.left, this.y, indent, BODY)
      this.text(p, this.left + indent, this.y, textW, BODY)
      this.y += h + this.s(4)
    }
    this.y += this.s(6)
  }
}

/** Shop name, the document's title and the ticket with its barcode on the right. */
function drawReceiptHeader(l: ReceiptLayout, shop: string, title: string, ticket: string, barcode: Buffer, locale: Locale): void {
  const top = l.y
  const rightW = 190
  const leftW = l.width - rightW - GAP
  const shopH = l.text(shop, l.left, top, leftW, { bold: true, size: 9, color: COLORS.muted })
  const titleH = l.text(title, l.left, top + shopH + 2, leftW, { bold: true, size: 16 })

  const x = l.left + l.width - rightW
  const labelH = l.text(texts(locale).receipts.field.ticket_number, x, top, rightW, { ...LABEL, align: "center" })
  let size = 16
  while (size > 9 && l.widthOf(ticket, { bold: true, size }) > rightW) {
    size -= 1
  }
  const ticketH = l.text(ticket, x, top + labelH + 1, rightW, { bold: true, size, align: "center" })
  const bar = barcodeBox(barcode, rightW)
  const barY = top + labelH + 1 + ticketH + 3
  l.image(barcode, x + (rightW - bar.width) / 2, barY, bar.width)
  l.y = Math.max(top + shopH + 2 + titleH, barY + bar.height) + l.s(10)
  l.hline(l.y, { color: COLORS.accent, weight: 1 })
  l.y += l.s(10)
}

/** The device and the customer: the first rows of both receipts. */
function claimRows(claim: ReceiptClaim, locale: Locale): Field[][] {
  const t = texts(locale)
  const none = "—"
  const variant = claim.variant_title?.trim()
  return [
    [
      { label: t.receipts.field.device, value: variant ? `${claim.product_title}\n${variant}` : claim.product_title, strong: true },
      { label: t.receipts.field.serial, value: claim.serial_number?.trim() || none, strong: !!claim.serial_number?.trim() },
      { label: t.receipts.field.card_number, value: claim.card_number ?? none },
    ],
    [
      { label: t.receipts.field.customer, value: claim.customer.name || none },
      { label: t.receipts.field.phone, value: claim.customer.phone || none },
    ],
  ]
}

/** R6.8: the service's address, hours and phone. */
export function serviceRows(shop: ReceiptShop, locale: Locale): Field[][] {
  const t = texts(locale)
  const hours = t.claim_label.service_hours(shop.service.hours.opens, shop.service.hours.closes)
  return [
    [
      { label: t.receipts.field.service_address, value: [shop.service.name, ...addressLines(shop.service, locale)].join(", ") },
    ],
    [
      { label: t.receipts.field.service_hours, value: hours },
      { label: t.receipts.field.phone, value: shop.service.phone, strong: true },
    ],
  ]
}

/** Two signature lines side by side, kept on one page. */
export function drawSignatures(l: ReceiptLayout, title: string, left: string, right: string, note: string): void {
  const colW = (l.width - 40) / 2
  const noteH = l.measure(note, l.width, BODY)
  l.heading(title, noteH + l.s(60))
  l.y += l.text(note, l.left, l.y, l.width, BODY) + l.s(36)
  for (const [i, label] of [left, right].entries()) {
    const x = l.left + i * (colW + 40)
    l.hline(l.y, { x, width: colW, color: COLORS.ink, weight: 0.7 })
    l.text(label, x, l.y + 3, colW, { size: 8, color: COLORS.muted })
  }
  l.y += 20
}

/** The shop, the ticket and the page number at the bottom of every page. */
function drawReceiptFooters(doc: Doc, shop: string, ticket: string, locale: Locale): void {
  drawPageFooters(doc, {
    ruleFromBottom: PAGE_MARGIN + 10,
    textGap: 5,
    colors: { rule: COLORS.rule, text: COLORS.muted },
    left: () => `${shop} · ${ticket}`,
    right: (page, count) => `${texts(locale).receipts.field.page} ${page}/${count}`,
  })
}

/**
 * Renders a receipt as an A4 PDF in the given locale: the header (shop, title, ticket and its
 * barcode) and the device and customer rows, then what `body` draws; the largest scale that fits
 * one page, and the footers on every page.
 */
export async function renderReceiptPdf(
  input: ReceiptClaim & { shop: ReceiptShop },
  title: string,
  locale: Locale,
  body: (l: ReceiptLayout) => void
): Promise<Buffer> {
  const barcode = await renderTicketBarcodePng(input.ticket_number)
  const info = {
    Title: `${title} ${input.ticket_number}`,
    Author: input.shop.name,
    Subject: input.product_title,
    Creator: input.shop.name,
  }
  return renderFitted(
    RECEIPT_SCALES,
    () => ({ locale, margin: PAGE_MARGIN, footerSpace: FOOTER_SPACE, info }),
    (doc, scale) => {
      const l = new ReceiptLayout(doc, scale)
      l.y = doc.page.margins.top
      drawReceiptHeader(l, input.shop.name, title, input.ticket_number, barcode, locale)
      l.y += l.grid(claimRows(input, locale), l.left, l.y, l.width)
      body(l)
    },
    (doc) => drawReceiptFooters(doc, input.shop.name, input.ticket_number, locale)
  )
}
