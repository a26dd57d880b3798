import { readFileSync } from "fs"
import { toBuffer } from "bwip-js"
import PDFDocument from "pdfkit"
import {
  ACCESSORIES_INCLUDED,
  CLAIM_CHECKLIST,
  CLAIM_LABEL_LABELS,
  COURIER_INSTRUCTIONS,
  DROP_OFF_INSTRUCTIONS,
  NO_CASH_ON_DELIVERY,
  NO_INVOICE_NEEDED,
  PACKING_ADVICE,
  SERVICE_HOURS,
} from "../modules/warranty/claim-label-texts"
import type { Locale } from "../modules/warranty/texts"

/**
 * R6.5: the parcel label of a warranty claim, printed by the shopper after filing (R6.1).
 * The cut-out label carries the ticket number (text and Code128 barcode), the sender's NAME,
 * ADDRESS, CONTACT PERSON and PHONE, the service address and the R6.2 "no cash on delivery"
 * notice; under it come the hand-in instructions (R6.2, R6.7), the R6.3/R6.4 checklist,
 * the R6.6 packing advice and the R6.8 service hours and phone.
 */
export type ClaimLabelAddress = {
  address_1: string
  address_2?: string | null
  city: string
  postal_code: string
  province?: string | null
  country_code: string
}

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

const FONT = "DejaVuSans"
const FONT_BOLD = "DejaVuSans-Bold"

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

/** Pixels per barcode module: 4 px for a 1 pt module prints at 288 dpi. */
const BARCODE_SCALE = 4
/** Bar height in millimetres. */
const BARCODE_HEIGHT_MM = 12
/** Code128 wants a quiet zone of at least 10 modules on each side. */
const BARCODE_QUIET_ZONE = 10

type Doc = PDFKit.PDFDocument
type TextStyle = { bold?: boolean; size: number; color?: string; lineGap?: number; align?: "left" | "center" }

type FontFiles = { regular: Buffer; bold: Buffer; regularPath: string }
let fontFiles: FontFiles | null = null

/** DejaVu Sans prints the Romanian diacritics (ă â î ș ț) that the standard PDF fonts lack. */
function loadFonts(): FontFiles {
  if (!fontFiles) {
    const regularPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")
    const boldPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")
    fontFiles = { regular: readFileSync(regularPath), bold: readFileSync(boldPath), regularPath }
  }
  return fontFiles
}

/**
 * R6.5: the ticket number as a Code128 barcode, a PNG at BARCODE_SCALE pixels per module.
 * The human-readable number is printed by the label itself, larger than bwip-js would.
 */
export async function renderTicketBarcodePng(ticketNumber: string): Promise<Buffer> {
  return toBuffer({
    bcid: "code128",
    text: ticketNumber,
    scale: BARCODE_SCALE,
    height: BARCODE_HEIGHT_MM,
    paddingwidth: BARCODE_QUIET_ZONE,
    backgroundcolor: "FFFFFF",
  })
}

/** Width and height in pixels, from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** DD.MM.YYYY in Romanian, YYYY-MM-DD in English (as on the warranty card). */
function formatDay(day: string, locale: Locale): string {
  const m = CALENDAR_DATE.exec(day)
  return m && locale === "ro" ? `${m[3]}.${m[2]}.${m[1]}` : day
}

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

function addressLines(address: ClaimLabelAddress, locale: Locale): string[] {
  const province = address.province?.trim()
  const city = `${address.postal_code} ${address.city}`.trim()
  return [
    address.address_1,
    address.address_2,
    province && province !== address.city.trim() ? `${city}, ${province}` : city,
    countryName(address.country_code, locale),
  ].filter((line): line is string => typeof line === "string" && line.trim() !== "")
}

class Layout {
  readonly left: number
  readonly width: number

  constructor(private readonly doc: Doc) {
    this.left = doc.page.margins.left
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  }

  get y(): number {
    return this.doc.y
  }

  set y(value: number) {
    this.doc.y = value
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  private style(style: TextStyle): void {
    this.doc
      .font(style.bold ? FONT_BOLD : FONT)
      .fontSize(style.size)
      .fillColor(style.color ?? COLORS.ink)
  }

  measure(text: string, width: number, style: TextStyle): number {
    this.style(style)
    return this.doc.heightOfString(text, { width, lineGap: style.lineGap ?? 0 })
  }

  widthOf(text: string, style: TextStyle): number {
    this.style(style)
    return this.doc.widthOfString(text)
  }

  /** Draws wrapped text at (x, y) and returns its height; does not move the flow cursor. */
  text(text: string, x: number, y: number, width: number, style: TextStyle): number {
    const saved = this.doc.y
    const height = this.measure(text, width, style)
    this.doc.text(text, x, y, { width, lineGap: style.lineGap ?? 0, align: style.align ?? "left" })
    this.doc.y = saved
    return height
  }

  /** Starts a new page when a block of the given height does not fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) {
      this.doc.addPage()
      this.y = this.doc.page.margins.top
    }
  }

  hline(x: number, y: number, width: number, color: string = COLORS.rule, weight = 0.6): void {
    this.doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(weight).strokeColor(color).stroke().restore()
  }

  fillRect(x: number, y: number, w: number, h: number, color: string, radius = 0): void {
    this.doc.save()
    if (radius > 0) {
      this.doc.roundedRect(x, y, w, h, radius)
    } else {
      this.doc.rect(x, y, w, h)
    }
    this.doc.fillColor(color).fill().restore()
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

  /** A section heading; keeps `keepWith` points of content on the same page. */
  heading(text: string, keepWith: number): void {
    const style: TextStyle = { bold: true, size: 11, color: COLORS.accent }
    const h = this.measure(text, this.width, style)
    this.ensure(h + 5 + keepWith)
    this.text(text, this.left, this.y, this.width, style)
    this.y += h + 2
    this.hline(this.left, this.y, this.width, COLORS.accent, 0.8)
    this.y += 5
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
  const titleH = l.text(CLAIM_LABEL_LABELS.title[locale], l.left, y + shopH + 2, l.width, {
    bold: true,
    size: 15,
  })
  l.y = y + shopH + 2 + titleH + 10
}

/** The cut-out label (R6.5), inside a dashed border. */
function drawLabel(l: Layout, input: ClaimLabelInput, locale: Locale, barcode: Buffer): void {
  const label = (key: keyof typeof CLAIM_LABEL_LABELS): string => CLAIM_LABEL_LABELS[key][locale]
  const cut = input.delivery_method === "drop_off" ? label("cut_drop_off") : label("cut_courier")
  l.y += l.text(`✂  ${cut}`, l.left, l.y, l.width, { size: 8, color: COLORS.muted }) + 4

  const top = l.y
  const x = l.left + LABEL_PADDING
  const w = l.width - LABEL_PADDING * 2
  let y = top + LABEL_PADDING

  // Ticket number: one line, as large as fits, then its barcode.
  y += l.text(label("ticket_number"), x, y, w, { ...FIELD_LABEL, size: 8.5, align: "center" }) + 2
  let size = 30
  while (size > 14 && l.widthOf(input.ticket_number, { bold: true, size }) > w) {
    size -= 1
  }
  y += l.text(input.ticket_number, x, y, w, { bold: true, size, align: "center" }) + 6
  const px = pngSize(barcode)
  // One module per point (0.35 mm) scans well; narrower only if a long ticket would not fit.
  const barcodeW = Math.min(px.width / BARCODE_SCALE, w)
  const barcodeH = (barcodeW * px.height) / px.width
  l.image(barcode, x + (w - barcodeW) / 2, y, barcodeW)
  y += barcodeH + 10
  l.hline(x, y, w)
  y += 10

  // Sender and recipient side by side.
  const gap = 24
  const colW = (w - gap) / 2
  const sender: Field[] = [
    { label: label("name"), value: input.sender.name, strong: true },
    { label: label("address"), value: addressLines(input.sender.address, locale).join("\n") },
    { label: label("contact_person"), value: input.sender.contact_person },
    { label: label("phone"), value: input.sender.phone, strong: true },
  ]
  const recipient: Field[] = [
    { label: label("name"), value: input.service.name, strong: true },
    { label: label("address"), value: addressLines(input.service, locale).join("\n") },
    { label: label("phone"), value: input.service.phone },
  ]
  const headStyle: TextStyle = { bold: true, size: 10, color: COLORS.accent }
  const headH = Math.max(
    l.measure(label("sender"), colW, headStyle),
    l.measure(label("recipient"), colW, headStyle)
  )
  l.text(label("sender"), x, y, colW, headStyle)
  l.text(label("recipient"), x + colW + gap, y, colW, headStyle)
  y += headH + 5
  drawFields(l, sender, x, y, colW)
  drawFields(l, recipient, x + colW + gap, y, colW)
  y += Math.max(fieldsHeight(l, sender, colW), fieldsHeight(l, recipient, colW)) + 2

  // R6.2: the courier must see that the parcel is prepaid.
  const pad = 8
  const titleStyle: TextStyle = { bold: true, size: 11.5, color: COLORS.white, align: "center" }
  const bodyStyle: TextStyle = { size: 8.5, color: COLORS.white, align: "center", lineGap: 1 }
  const titleH = l.measure(label("no_cod_title"), w - pad * 2, titleStyle)
  const bodyH = l.measure(NO_CASH_ON_DELIVERY[locale], w - pad * 2, bodyStyle)
  const bandH = pad + titleH + 3 + bodyH + pad
  l.fillRect(x, y, w, bandH, COLORS.warning, 4)
  l.text(label("no_cod_title"), x + pad, y + pad, w - pad * 2, titleStyle)
  l.text(NO_CASH_ON_DELIVERY[locale], x + pad, y + pad + titleH + 3, w - pad * 2, bodyStyle)
  y += bandH + LABEL_PADDING

  l.strokeRect(l.left, top, l.width, y - top, COLORS.cut, 1.2, true)
  l.y = y + 16
}

function drawInstructions(l: Layout, input: ClaimLabelInput, locale: Locale): void {
  const label = (key: keyof typeof CLAIM_LABEL_LABELS): string => CLAIM_LABEL_LABELS[key][locale]
  const hours = SERVICE_HOURS[locale](input.service.hours.opens, input.service.hours.closes)
  const body: TextStyle = { size: 9, lineGap: 1.5 }

  // R6.2: ship it, or (drop-off) bring it in during service hours; R6.7: no invoice needed.
  const handIn =
    input.delivery_method === "drop_off"
      ? DROP_OFF_INSTRUCTIONS[locale](
          [input.service.name, ...addressLines(input.service, locale)].join(", "),
          hours
        )
      : COURIER_INSTRUCTIONS[locale]
  l.heading(label("hand_in_title"), l.measure(handIn, l.width, body))
  l.paragraph(handIn, body)
  // R6.8: service hours and phone.
  l.paragraph(
    `${label("service_hours")}: ${hours} · ${label("service_phone")}: ${input.service.phone}`,
    { ...body, bold: true }
  )
  l.paragraph(NO_INVOICE_NEEDED[locale](input.shop_name), body)
  l.y += 4

  // R6.3 and R6.4: boxes to tick before handing the device in.
  const items = [
    CLAIM_CHECKLIST.data_backup[locale],
    CLAIM_CHECKLIST.lock_removed[locale],
    CLAIM_CHECKLIST.films_removed[locale],
    ACCESSORIES_INCLUDED[locale](input.accessories),
  ]
  const box = 9
  const textX = l.left + box + 8
  const textW = l.width - box - 8
  l.heading(label("checklist_title"), l.measure(items[0], textW, body))
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
  l.heading(label("packing_title"), l.measure(PACKING_ADVICE[locale], l.width, body))
  l.paragraph(PACKING_ADVICE[locale], body)
  l.y += 4
}

/** What is being sent: product, serial, defects and filing day, in one row. */
function drawClaim(l: Layout, input: ClaimLabelInput, locale: Locale): void {
  const label = (key: keyof typeof CLAIM_LABEL_LABELS): string => CLAIM_LABEL_LABELS[key][locale]
  const none = "—"
  const variant = input.variant_title?.trim()
  const row: Field[] = [
    {
      label: label("product"),
      value: variant ? `${input.product_title}\n${variant}` : input.product_title,
      strong: true,
    },
    { label: label("serial"), value: input.serial_number?.trim() || none },
    { label: label("defects"), value: input.defects.map((d) => d.label).join(", ") || none },
    { label: label("filed_on"), value: formatDay(input.filed_on, locale) },
  ]
  const gap = 14
  const widths = [0.3, 0.22, 0.3, 0.18].map((f) => f * (l.width - gap * (row.length - 1)))
  const h = Math.max(...row.map((f, i) => fieldsHeight(l, [f], widths[i])))
  l.heading(label("claim_title"), h)
  let x = l.left
  row.forEach((f, i) => {
    drawFields(l, [f], x, l.y, widths[i])
    x += widths[i] + gap
  })
  l.y += h
}

/** The ticket number and page number at the bottom of every page. */
function drawFooters(doc: Doc, input: ClaimLabelInput, locale: Locale): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const left = doc.page.margins.left
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
    const savedBottom = doc.page.margins.bottom
    // Writing under the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0
    const lineY = doc.page.height - PAGE_MARGIN - 10
    doc.save().moveTo(left, lineY).lineTo(left + width, lineY).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore()
    doc.font(FONT).fontSize(7.5).fillColor(COLORS.muted)
    doc.text(`${input.shop_name} · ${input.ticket_number}`, left, lineY + 5, { lineBreak: false })
    const pageText = `${CLAIM_LABEL_LABELS.page[locale]} ${i - range.start + 1}/${range.count}`
    doc.text(pageText, left + width - doc.widthOfString(pageText), lineY + 5, { lineBreak: false })
    doc.page.margins.bottom = savedBottom
  }
}

/** R6.5: renders the parcel label of a claim as an A4 PDF in the given locale. */
export async function renderClaimLabelPdf(input: ClaimLabelInput, locale: Locale): Promise<Buffer> {
  const fonts = loadFonts()
  const barcode = await renderTicketBarcodePng(input.ticket_number)

  const doc = new PDFDocument({
    size: "A4",
    margins: {
      top: PAGE_MARGIN,
      left: PAGE_MARGIN,
      right: PAGE_MARGIN,
      bottom: PAGE_MARGIN + FOOTER_SPACE,
    },
    bufferPages: true,
    // Start on DejaVu so the standard (Latin-1 only) fonts are never loaded.
    font: fonts.regularPath,
    lang: locale === "ro" ? "ro-RO" : "en-GB",
    displayTitle: true,
    info: {
      Title: `${CLAIM_LABEL_LABELS.title[locale]} ${input.ticket_number}`,
      Author: input.shop_name,
      Subject: input.product_title,
      Creator: input.shop_name,
    },
  })
  doc.registerFont(FONT, fonts.regular)
  doc.registerFont(FONT_BOLD, fonts.bold)

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    try {
      const l = new Layout(doc)
      l.y = doc.page.margins.top
      drawHeader(l, input, locale)
      drawLabel(l, input, locale, barcode)
      drawInstructions(l, input, locale)
      drawClaim(l, input, locale)
      drawFooters(doc, input, locale)
      doc.end()
    } catch (e) {
      reject(e)
    }
  })
}
