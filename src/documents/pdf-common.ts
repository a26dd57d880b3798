import { readFileSync } from "fs"
import PDFDocument from "pdfkit"
import { texts, type Locale } from "../i18n"

/** What the warranty card and the claim label share: fonts, the A4 set-up, text layout, footers. */
export type Doc = PDFKit.PDFDocument

const FONT = "DejaVuSans"
const FONT_BOLD = "DejaVuSans-Bold"

type FontFiles = { regular: Buffer; bold: Buffer; regularPath: string }
let fontFiles: FontFiles | null = null

/**
 * DejaVu Sans carries the Romanian diacritics (ă â î ș ț) that the standard 14 PDF fonts lack.
 * Resolved from node_modules at run time, so it works from src and from .medusa/server.
 */
function loadFonts(): FontFiles {
  if (!fontFiles) {
    const regularPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")
    const boldPath = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")
    fontFiles = { regular: readFileSync(regularPath), bold: readFileSync(boldPath), regularPath }
  }
  return fontFiles
}

export type PdfSetup = {
  locale: Locale
  /** The margin on every side; the bottom one also keeps `footerSpace` free for the footer. */
  margin: number
  footerSpace: number
  info: PDFKit.DocumentInfo
}

/**
 * Renders an A4 document in DejaVu Sans and resolves to its bytes. Pages are buffered, so `draw`
 * can go back to every page at the end (footers with page counts).
 */
export function renderPdf(setup: PdfSetup, draw: (doc: Doc) => void): Promise<Buffer> {
  const fonts = loadFonts()
  const doc = new PDFDocument({
    size: "A4",
    margins: {
      top: setup.margin,
      left: setup.margin,
      right: setup.margin,
      bottom: setup.margin + setup.footerSpace,
    },
    bufferPages: true,
    // Start on DejaVu so the standard (Latin-1 only) fonts are never loaded.
    font: fonts.regularPath,
    lang: texts(setup.locale).format.language_tag,
    displayTitle: true,
    info: setup.info,
  })
  doc.registerFont(FONT, fonts.regular)
  doc.registerFont(FONT_BOLD, fonts.bold)

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    try {
      draw(doc)
      doc.end()
    } catch (e) {
      reject(e)
    }
  })
}

/**
 * Renders with the first scale whose document is one page (`draw` is told the scale; the setup
 * may depend on it), or with the last scale, whatever its page count.
 */
export async function renderFitted(
  scales: number[],
  setup: (scale: number) => PdfSetup,
  draw: (doc: Doc, scale: number) => void,
  footers: (doc: Doc) => void
): Promise<Buffer> {
  let pdf: Buffer | null = null
  for (const scale of scales) {
    let pages = 0
    pdf = await renderPdf(setup(scale), (doc) => {
      draw(doc, scale)
      pages = doc.bufferedPageRange().count
      footers(doc)
    })
    if (pages === 1) {
      break
    }
  }
  if (!pdf) {
    throw new Error("renderFitted needs at least one scale")
  }
  return pdf
}

export const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A `YYYY-MM-DD` day as the PDFs print it in `locale` (DD.MM.YYYY in Romanian, as is in English). */
export function formatDay(day: string, locale: Locale): string {
  return texts(locale).format.document_day(day)
}

export type TextStyle = { bold?: boolean; size: number; color?: string; lineGap?: number; align?: "left" | "center" }

export type LayoutTheme = {
  /** Every text size and line gap is multiplied by it (below 1 to fit a document on its pages). */
  scale?: number
  /** The colour of text that names no colour. */
  ink: string
  /** The colour of a rule that names no colour. */
  rule: string
  /** Section headings: bold, in `color`, with a rule under them. */
  heading: {
    size: number
    color: string
    /** Room asked for besides the heading's text and the content kept with it. */
    reserve: number
    /** From the heading's text down to its rule. */
    ruleGap: number
    /** From the rule down to the content. */
    after: number
  }
}

/** Text and shapes placed at explicit positions, with the flow cursor `y` moved by hand. */
export class PdfLayout {
  readonly left: number
  readonly width: number

  constructor(
    protected readonly doc: Doc,
    private readonly theme: LayoutTheme
  ) {
    this.left = doc.page.margins.left
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  }

  get y(): number {
    return this.doc.y
  }

  set y(value: number) {
    this.doc.y = value
  }

  get top(): number {
    return this.doc.page.margins.top
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  /** The theme's scale: a length in points at scale 1, as drawn. */
  s(points: number): number {
    return points * (this.theme.scale ?? 1)
  }

  private style(style: TextStyle): void {
    this.doc
      .font(style.bold ? FONT_BOLD : FONT)
      .fontSize(this.s(style.size))
      .fillColor(style.color ?? this.theme.ink)
  }

  measure(text: string, width: number, style: TextStyle): number {
    this.style(style)
    return this.doc.heightOfString(text, { width, lineGap: this.s(style.lineGap ?? 0) })
  }

  /** Width of a single line of text in the given style. */
  widthOf(text: string, style: TextStyle): number {
    this.style(style)
    return this.doc.widthOfString(text)
  }

  /** Draws wrapped text at (x, y) and returns its height; does not move the flow cursor. */
  text(text: string, x: number, y: number, width: number, style: TextStyle): number {
    const saved = this.doc.y
    const height = this.measure(text, width, style)
    this.doc.text(text, x, y, { width, lineGap: this.s(style.lineGap ?? 0), align: style.align ?? "left" })
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

  /** A horizontal rule, across the whole text width unless `x` and `width` say otherwise. */
  hline(
    y: number,
    { x = this.left, width = this.width, color = this.theme.rule, weight = 0.6 }: HLine = {}
  ): void {
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

  /** A section heading with a rule under it; keeps `keepWith` points of content on the page. */
  heading(text: string, keepWith: number): void {
    const { size, color, reserve } = this.theme.heading
    const style: TextStyle = { bold: true, size, color }
    const h = this.measure(text, this.width, style)
    this.ensure(h + this.s(reserve) + keepWith)
    this.text(text, this.left, this.y, this.width, style)
    this.y += h + this.s(this.theme.heading.ruleGap)
    this.hline(this.y, { color, weight: 0.8 })
    this.y += this.s(this.theme.heading.after)
  }

  /** What `heading` moves the cursor by. */
  headingHeight(text: string): number {
    const { size, color, ruleGap, after } = this.theme.heading
    return this.measure(text, this.width, { bold: true, size, color }) + this.s(ruleGap + after)
  }
}

type HLine = { x?: number; width?: number; color?: string; weight?: number }

export type PageFooter = {
  /** From the bottom edge of the page up to the footer's rule. */
  ruleFromBottom: number
  /** From the rule down to the footer's text. */
  textGap: number
  colors: { rule: string; text: string }
  /** The text on the left of page `page` (from 1) of `count`, if any. */
  left: (page: number, count: number) => string | null
  /** The text on the right of page `page` (from 1) of `count`. */
  right: (page: number, count: number) => string
}

/** A rule and a line of small text at the bottom of every page; call it after the content. */
export function drawPageFooters(doc: Doc, footer: PageFooter): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const page = i - range.start + 1
    const left = doc.page.margins.left
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
    const savedBottom = doc.page.margins.bottom
    // Writing under the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0
    const lineY = doc.page.height - footer.ruleFromBottom
    doc
      .save()
      .moveTo(left, lineY)
      .lineTo(left + width, lineY)
      .lineWidth(0.5)
      .strokeColor(footer.colors.rule)
      .stroke()
      .restore()
    doc.font(FONT).fontSize(7.5).fillColor(footer.colors.text)
    const leftText = footer.left(page, range.count)
    if (leftText) {
      doc.text(leftText, left, lineY + footer.textGap, { lineBreak: false })
    }
    const rightText = footer.right(page, range.count)
    doc.text(rightText, left + width - doc.widthOfString(rightText), lineY + footer.textGap, { lineBreak: false })
    doc.page.margins.bottom = savedBottom
  }
}
