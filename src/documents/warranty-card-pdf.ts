import { coveredItems } from "../modules/warranty/rules/coverage"
import { dayIn } from "../modules/warranty/rules/dates"
import { textOf, texts, type Locale } from "../i18n"
import {
  CALENDAR_DATE,
  type Doc,
  drawPageFooters,
  formatDay,
  PdfLayout,
  renderPdf,
  type TextStyle,
} from "./pdf-common"

/**
 * R1.3: the warranty card as a PDF document the shopper downloads from order history.
 * Content: R1.2 card data, R3 start/end dates, R4 battery terms, R5 coverage, R5.3 statutory
 * rights statement and R10 power requirements, in Romanian or English.
 */
export type WarrantyCardDocumentInput = {
  shop_name: string
  card_number: string
  order_display_id: string | number | null
  order_id: string
  customer_name: string | null
  product_title: string
  variant_title: string | null
  sku: string | null
  serial_number: string | null
  months: number
  battery_days: number
  battery_threshold: number
  coverage: "full" | "manufacturing_defects"
  kind: "device" | "accessory"
  delivery_kind: "pickup" | "courier"
  status: "pending" | "active" | "expired" | "void"
  issued_at: Date | string | null
  starts_on: string | null // YYYY-MM-DD calendar date
  ends_on: string | null
  battery_ends_on: string | null
  oem_battery_model: boolean
  sale_battery_health: number | null
  battery_records: {
    percent: number | null
    measured_at: Date | string
    source: string
    battery_kind: string
  }[]
}

export type WarrantyCardRenderOptions = {
  /** R3.4: the shop's time zone, used to turn instants (issue date, readings) into days. */
  time_zone?: string
}

const DEFAULT_TIME_ZONE = "Europe/Bucharest"
const MAX_READINGS = 5

const COLORS = {
  ink: "#1f2937",
  muted: "#6b7280",
  accent: "#0f4c81",
  accentLight: "#eef4fa",
  rule: "#d8dee6",
  tableHead: "#f1f4f8",
  check: "#15803d",
  noticeBar: "#d97706",
  noticeBg: "#fff8eb",
}

const STATUS_COLORS: Record<WarrantyCardDocumentInput["status"], { fg: string; bg: string }> = {
  pending: { fg: "#92400e", bg: "#fef3c7" },
  active: { fg: "#166534", bg: "#dcfce7" },
  expired: { fg: "#374151", bg: "#e5e7eb" },
  void: { fg: "#991b1b", bg: "#fee2e2" },
}

const PAGE_MARGIN = 48
/** Room kept under the flowing content for the footer (R10 footnote, page numbers). */
const FOOTER_SPACE = 30

function toDate(value: Date | string): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** An instant (or a calendar date) shown as the day it falls on in the shop's time zone. */
function formatInstant(value: Date | string | null, locale: Locale, timeZone: string): string | null {
  if (value === null) {
    return null
  }
  if (typeof value === "string" && CALENDAR_DATE.test(value)) {
    return formatDay(value, locale)
  }
  const date = toDate(value)
  if (!date) {
    return typeof value === "string" ? value : null
  }
  return formatDay(dayIn(date, timeZone), locale)
}

/** Keeps "Art. 2" on one line (no-break space), so a narrow cell does not strand the number. */
function keepArticle(text: string): string {
  return text.replace(/\bArt\. (\d)/g, "Art.\u00a0$1")
}

class CardLayout extends PdfLayout {
  constructor(doc: Doc) {
    super(doc, {
      ink: COLORS.ink,
      rule: COLORS.rule,
      heading: { size: 12, color: COLORS.accent, reserve: 8, ruleGap: 3, after: 6 },
    })
  }

  /** A status pill; returns its width. */
  pill(text: string, xRight: number, y: number, colors: { fg: string; bg: string }): number {
    const style: TextStyle = { bold: true, size: 9.5, color: colors.fg }
    const w = this.widthOf(text, style) + 18
    const h = 19
    this.fillRect(xRight - w, y, w, h, colors.bg, h / 2)
    this.text(text, xRight - w + 9, y + 4.5, w, style)
    return w
  }
}

type Field = { label: string; value: string; note?: string; strong?: boolean; muted?: boolean }

function drawHeader(l: CardLayout, input: WarrantyCardDocumentInput, locale: Locale): void {
  const t = texts(locale)
  const top = l.y
  const shopH = l.text(input.shop_name, l.left, top, l.width, {
    bold: true,
    size: 10,
    color: COLORS.muted,
  })
  const titleY = top + shopH + 2
  const titleH = l.text(t.card.document.title, l.left, titleY, l.width, { bold: true, size: 20 })
  l.y = titleY + titleH + 8

  // The card number band: large number on the left, status pill on the right.
  const bandH = 50
  const bandY = l.y
  l.fillRect(l.left, bandY, l.width, bandH, COLORS.accentLight, 6)
  l.text(t.card.document.card_number, l.left + 14, bandY + 8, l.width / 2, {
    size: 8.5,
    color: COLORS.muted,
  })
  // The card number stays on one line: shrink it if a long prefix would make it wrap.
  const numberW = l.width - 150
  let numberSize = 20
  while (numberSize > 11 && l.widthOf(input.card_number, { bold: true, size: numberSize }) > numberW) {
    numberSize -= 1
  }
  l.text(input.card_number, l.left + 14, bandY + 20 + (20 - numberSize) / 2, numberW, {
    bold: true,
    size: numberSize,
    color: COLORS.accent,
  })
  const right = l.left + l.width - 14
  const statusLabel = t.card.document.status
  const statusLabelW = l.widthOf(statusLabel, { size: 8.5 })
  l.text(statusLabel, right - statusLabelW, bandY + 8, statusLabelW + 2, {
    size: 8.5,
    color: COLORS.muted,
  })
  l.pill(t.card.status[input.status], right, bandY + 22, STATUS_COLORS[input.status])
  l.y = bandY + bandH + 12
}

/** A grid of label/value cells, `row.length` columns wide, with a rule under each row. */
function drawFields(l: CardLayout, rows: Field[][]): void {
  const gap = 18
  const labelStyle: TextStyle = { size: 8, color: COLORS.muted }
  const valueStyle = (f: Field): TextStyle => ({
    bold: f.strong,
    size: 10.5,
    color: f.muted ? COLORS.muted : COLORS.ink,
  })
  const noteStyle: TextStyle = { size: 7.5, color: COLORS.muted }

  for (const row of rows) {
    const colW = (l.width - gap * (row.length - 1)) / row.length
    const cellHeight = (f: Field): number =>
      l.measure(f.label, colW, labelStyle) +
      2 +
      l.measure(f.value, colW, valueStyle(f)) +
      (f.note ? 1 + l.measure(f.note, colW, noteStyle) : 0)
    const h = Math.max(...row.map(cellHeight))
    l.ensure(h + 9)
    const y = l.y
    row.forEach((f, i) => {
      const x = l.left + i * (colW + gap)
      let cy = y
      cy += l.text(f.label, x, cy, colW, labelStyle) + 2
      cy += l.text(f.value, x, cy, colW, valueStyle(f)) + 1
      if (f.note) {
        l.text(f.note, x, cy, colW, noteStyle)
      }
    })
    l.y = y + h + 4
    l.hline(l.y)
    l.y += 4
  }
}

/** A boxed paragraph with a coloured bar on the left and an optional bold title. */
function drawNotice(
  l: CardLayout,
  title: string,
  body: string,
  colors: { bar: string; bg: string; title: string },
  size = 9.5
): void {
  const pad = 9
  const innerW = l.width - pad * 2 - 4
  const titleStyle: TextStyle = { bold: true, size: size + 0.5, color: colors.title }
  const bodyStyle: TextStyle = { size, lineGap: 1.5 }
  const titleH = l.measure(title, innerW, titleStyle)
  const bodyH = l.measure(body, innerW, bodyStyle)
  const h = pad + titleH + 4 + bodyH + pad
  l.ensure(h)
  const y = l.y
  l.fillRect(l.left, y, l.width, h, colors.bg, 4)
  l.fillRect(l.left, y, 4, h, colors.bar)
  l.text(title, l.left + 4 + pad, y + pad, innerW, titleStyle)
  l.text(body, l.left + 4 + pad, y + pad + titleH + 4, innerW, bodyStyle)
  l.y = y + h + 10
}

function drawBattery(
  l: CardLayout,
  input: WarrantyCardDocumentInput,
  locale: Locale,
  timeZone: string
): void {
  const t = texts(locale)
  const terms = t.warranty.battery_terms(input.battery_days, input.battery_threshold)
  const termsStyle: TextStyle = { size: 9, lineGap: 1.5 }
  l.heading(t.card.document.battery_title, l.measure(terms, l.width, termsStyle) + 30)
  l.y += l.text(terms, l.left, l.y, l.width, termsStyle) + 8

  const batteryEnd = input.battery_ends_on
    ? formatDay(input.battery_ends_on, locale)
    : input.starts_on
      ? "—"
      : t.card.document.not_started
  drawFields(l, [
    [
      { label: t.card.document.battery_length, value: t.format.days(input.battery_days) },
      {
        label: t.card.document.battery_ends_on,
        value: batteryEnd,
        strong: !!input.battery_ends_on,
        muted: !input.battery_ends_on,
      },
      {
        label: t.card.document.sale_health,
        value: input.sale_battery_health === null ? "—" : `${input.sale_battery_health}%`,
        strong: input.sale_battery_health !== null,
      },
    ],
  ])

  const readings = [...input.battery_records]
    .map((r) => ({ r, t: toDate(r.measured_at)?.getTime() ?? 0 }))
    .sort((a, b) => b.t - a.t)
    .slice(0, MAX_READINGS)
    .map(({ r }) => r)
  if (readings.length === 0) {
    l.y += 8
    return
  }

  const cols = [0.24, 0.26, 0.3, 0.2].map((f) => f * l.width)
  const headers = [
    t.card.document.reading_date,
    t.card.document.reading_percent,
    t.card.document.reading_source,
    t.card.document.reading_kind,
  ]
  const rowH = 17
  const titleStyle: TextStyle = { bold: true, size: 9.5 }
  const titleH = l.measure(t.card.document.readings, l.width, titleStyle)
  l.ensure(titleH + 6 + rowH * (readings.length + 1))
  l.y += 2
  l.y += l.text(t.card.document.readings, l.left, l.y, l.width, titleStyle) + 5

  const drawRow = (cells: string[], head: boolean): void => {
    const y = l.y
    if (head) {
      l.fillRect(l.left, y, l.width, rowH, COLORS.tableHead)
    }
    let x = l.left
    cells.forEach((cell, i) => {
      l.text(cell, x + 6, y + 4.5, cols[i] - 10, {
        bold: head,
        size: head ? 8 : 9,
        color: head ? COLORS.muted : COLORS.ink,
      })
      x += cols[i]
    })
    l.y = y + rowH
    l.hline(l.y)
  }

  drawRow(headers, true)
  for (const r of readings) {
    drawRow(
      [
        formatInstant(r.measured_at, locale, timeZone) ?? "—",
        r.percent === null ? `— (${t.card.document.no_percent})` : `${r.percent}%`,
        textOf(t.card.battery_source, r.source) ?? r.source,
        textOf(t.card.battery_kind, r.battery_kind) ?? r.battery_kind,
      ],
      false
    )
  }
  l.y += 12
}

function drawCoverage(l: CardLayout, input: WarrantyCardDocumentInput, locale: Locale): void {
  const t = texts(locale)
  const items = coveredItems(input.kind, input.coverage, locale)
  const subtitle = keepArticle(t.card.coverage[input.coverage])
  const subStyle: TextStyle = { size: 9.5, color: COLORS.muted }
  const itemStyle: TextStyle = { size: 9.5 }
  const exStyle: TextStyle = { size: 9.5, color: COLORS.muted, lineGap: 1.5 }
  const mark = "✓"
  const markW = 13
  const gap = 16
  const columns = items.length > 12 ? 3 : items.length > 1 ? 2 : 1
  const colW = (l.width - gap * (columns - 1)) / columns
  const textW = colW - markW

  // Column-major: read down the first column, then the next one.
  const perColumn = Math.ceil(items.length / columns)
  const rows: string[][] = []
  for (let r = 0; r < perColumn; r++) {
    const row: string[] = []
    for (let c = 0; c < columns; c++) {
      const item = items[c * perColumn + r]
      if (item) {
        row.push(item.label)
      }
    }
    rows.push(row)
  }
  const rowHeight = (row: string[]): number =>
    Math.max(...row.map((label) => l.measure(label, textW, itemStyle))) + 3
  const exclusions = input.kind === "accessory" ? t.warranty.accessory_exclusions : null

  const subH = l.measure(subtitle, l.width, subStyle) + 6
  const listH = rows.reduce((sum, row) => sum + rowHeight(row), 0)
  const exH = exclusions ? 4 + l.measure(exclusions, l.width, exStyle) : 0
  // Keep the list in one piece unless it could not fit on any page.
  const pageRoom = l.bottom - l.top
  l.heading(t.card.document.coverage_title, subH + listH + exH < pageRoom * 0.8 ? subH + listH + exH : subH + 60)
  l.y += l.text(subtitle, l.left, l.y, l.width, subStyle) + 6

  for (const row of rows) {
    const h = rowHeight(row)
    l.ensure(h)
    const y = l.y
    row.forEach((label, i) => {
      const x = l.left + i * (colW + gap)
      l.text(mark, x, y, markW, { bold: true, size: 9.5, color: COLORS.check })
      l.text(label, x + markW, y, textW, itemStyle)
    })
    l.y = y + h
  }

  if (exclusions) {
    l.y += 4
    l.ensure(exH)
    l.y += l.text(exclusions, l.left, l.y, l.width, exStyle)
  }
  l.y += 10
}

/** Page numbers on every page; the R10 power requirements as a footnote on the last one. */
function drawFooters(doc: Doc, input: WarrantyCardDocumentInput, locale: Locale): void {
  const t = texts(locale)
  drawPageFooters(doc, {
    ruleFromBottom: PAGE_MARGIN + 12,
    textGap: 6,
    colors: { rule: COLORS.rule, text: COLORS.muted },
    left: (page, count) => (page === count ? t.warranty.power_requirements : null),
    right: (page, count) => `${input.card_number} · ${t.card.document.page} ${page}/${count}`,
  })
}

function drawCard(
  doc: Doc,
  input: WarrantyCardDocumentInput,
  locale: Locale,
  timeZone: string
): void {
  const t = texts(locale)
  const l = new CardLayout(doc)
  l.y = doc.page.margins.top

  drawHeader(l, input, locale)

  const notSet = "—"
  const variant = input.variant_title?.trim() ? input.variant_title : notSet
  const order =
    input.order_display_id !== null && `${input.order_display_id}`.trim() !== ""
      ? `#${input.order_display_id}`
      : input.order_id
  const issued = formatInstant(input.issued_at, locale, timeZone)
  const starts = input.starts_on ? formatDay(input.starts_on, locale) : null
  const ends = input.ends_on ? formatDay(input.ends_on, locale) : null

  drawFields(l, [
    [
      { label: t.card.document.order, value: order },
      { label: t.card.document.customer, value: input.customer_name?.trim() || notSet },
      { label: t.card.document.issued_at, value: issued ?? notSet, muted: issued === null },
    ],
    [
      { label: t.card.document.product, value: input.product_title, strong: true },
      { label: t.card.document.variant, value: variant },
      { label: t.card.document.sku, value: input.sku?.trim() || notSet },
    ],
    [
      input.serial_number
        ? { label: t.card.document.serial, value: input.serial_number, strong: true }
        : { label: t.card.document.serial, value: t.card.document.serial_missing, muted: true },
      { label: t.card.document.delivery, value: t.card.delivery_kind[input.delivery_kind] },
      { label: t.card.document.length, value: t.format.months(input.months) },
    ],
    [
      { label: t.card.document.coverage, value: keepArticle(t.card.coverage[input.coverage]) },
      starts
        ? { label: t.card.document.starts_on, value: starts, strong: true }
        : { label: t.card.document.starts_on, value: t.card.document.not_started, muted: true },
      {
        label: t.card.document.ends_on,
        value: ends ?? notSet,
        strong: ends !== null,
        muted: ends === null,
        note: `(${t.card.document.ends_on_note})`,
      },
    ],
  ])
  l.y += 6

  if (!input.starts_on) {
    // R3.1-R3.3: say when a card that has not started will start.
    drawNotice(l, t.card.document.start_rule_title, t.card.start_rule[input.delivery_kind], {
      bar: COLORS.noticeBar,
      bg: COLORS.noticeBg,
      title: "#92400e",
    })
  }

  if (input.kind === "device") {
    drawBattery(l, input, locale, timeZone)
  }

  if (input.oem_battery_model) {
    drawNotice(l, t.card.document.oem_title, t.warranty.oem_battery_note, {
      bar: COLORS.accent,
      bg: COLORS.accentLight,
      title: COLORS.accent,
    }, 9)
  }

  drawCoverage(l, input, locale)

  // R5.3: the statutory rights statement, clearly visible.
  drawNotice(
    l,
    t.card.document.statutory_title,
    t.warranty.statutory_rights,
    { bar: COLORS.accent, bg: COLORS.accentLight, title: COLORS.accent },
    10
  )
}

/** R1.3: renders the warranty card as an A4 PDF in the given locale. */
export async function renderWarrantyCardPdf(
  input: WarrantyCardDocumentInput,
  locale: Locale,
  options: WarrantyCardRenderOptions = {}
): Promise<Buffer> {
  const timeZone = options.time_zone ?? DEFAULT_TIME_ZONE
  const info = {
    Title: `${texts(locale).card.document.title} ${input.card_number}`,
    Author: input.shop_name,
    Subject: `${input.product_title}${input.serial_number ? ` (${input.serial_number})` : ""}`,
    Creator: input.shop_name,
  }
  return renderPdf({ locale, margin: PAGE_MARGIN, footerSpace: FOOTER_SPACE, info }, (doc) => {
    drawCard(doc, input, locale, timeZone)
    drawFooters(doc, input, locale)
  })
}
