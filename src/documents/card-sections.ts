import { coveredItems } from "../modules/warranty/rules/coverage"
import { textOf, texts, type Locale } from "../i18n"
import { CardLayout, COLORS, type Field, formatInstant, keepArticle, STATUS_COLORS, toDate } from "./card-layout"
import { formatDay, type TextStyle } from "./pdf-common"
import type { WarrantyCardDocumentInput } from "./warranty-card-pdf"

/** The warranty card's sections: the title band, the battery (R4) and the coverage (R5). */

const MAX_READINGS = 5

export function drawHeader(l: CardLayout, input: WarrantyCardDocumentInput, locale: Locale): void {
  const t = texts(locale)
  const top = l.y
  const shopH = l.text(input.shop_name, l.left, top, l.width, { bold: true, size: 10, color: COLORS.muted })
  const titleY = top + shopH + l.s(2)
  const titleH = l.text(t.card.document.title, l.left, titleY, l.width, { bold: true, size: 20 })
  l.y = titleY + titleH + l.s(8)

  // The card number band: large number on the left, status pill on the right.
  const bandH = l.s(50)
  const bandY = l.y
  const pad = l.s(14)
  l.fillRect(l.left, bandY, l.width, bandH, COLORS.accentLight, 6)
  l.text(t.card.document.card_number, l.left + pad, bandY + l.s(8), l.width / 2, { size: 8.5, color: COLORS.muted })
  // The card number stays on one line: shrink it if a long prefix would make it wrap.
  const numberW = l.width - l.s(150)
  let numberSize = 20
  while (numberSize > 11 && l.widthOf(input.card_number, { bold: true, size: numberSize }) > numberW) {
    numberSize -= 1
  }
  l.text(input.card_number, l.left + pad, bandY + l.s(20 + (20 - numberSize) / 2), numberW, {
    bold: true,
    size: numberSize,
    color: COLORS.accent,
  })
  const right = l.left + l.width - pad
  const statusLabel = t.card.document.status
  const statusLabelW = l.widthOf(statusLabel, { size: 8.5 })
  l.text(statusLabel, right - statusLabelW, bandY + l.s(8), statusLabelW + 2, { size: 8.5, color: COLORS.muted })
  l.pill(t.card.status[input.status], right, bandY + l.s(22), STATUS_COLORS[input.status])
  l.y = bandY + bandH + l.s(12)
}

/** R4.6: the latest readings, newest first. */
function latestReadings(input: WarrantyCardDocumentInput) {
  return [...input.battery_records]
    .map((r) => ({ r, at: toDate(r.measured_at)?.getTime() ?? 0 }))
    .sort((a, b) => b.at - a.at)
    .slice(0, MAX_READINGS)
    .map(({ r }) => r)
}

const ROW_H = 17
const READINGS_TITLE: TextStyle = { bold: true, size: 9.5 }
const TERMS: TextStyle = { size: 9, lineGap: 1.5 }

/** R4.1, R4.5, R4.6: the battery terms, end date, health at sale and readings; kept whole. */
export function drawBattery(l: CardLayout, input: WarrantyCardDocumentInput, locale: Locale, timeZone: string): void {
  const t = texts(locale)
  const terms = t.warranty.battery_terms(input.battery_days, input.battery_threshold)
  const batteryEnd = input.battery_ends_on
    ? formatDay(input.battery_ends_on, locale)
    : input.starts_on
      ? "—"
      : t.card.document.not_started
  const row: Field[][] = [
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
  ]
  const readings = latestReadings(input)
  const termsH = l.measure(terms, l.width, TERMS) + l.s(8)
  const tableH = readings.length
    ? l.s(2) + l.measure(t.card.document.readings, l.width, READINGS_TITLE) + l.s(5) + l.s(ROW_H) * (readings.length + 1) + l.s(12)
    : l.s(8)
  l.heading(t.card.document.battery_title, termsH + l.fieldsHeight(row) + tableH)
  l.y += l.text(terms, l.left, l.y, l.width, TERMS) + l.s(8)
  l.fields(row)
  if (readings.length === 0) {
    l.y += l.s(8)
    return
  }

  const cols = [0.24, 0.26, 0.3, 0.2].map((f) => f * l.width)
  l.y += l.s(2)
  l.y += l.text(t.card.document.readings, l.left, l.y, l.width, READINGS_TITLE) + l.s(5)
  const drawRow = (cells: string[], head: boolean): void => {
    const y = l.y
    if (head) {
      l.fillRect(l.left, y, l.width, l.s(ROW_H), COLORS.tableHead)
    }
    let x = l.left
    cells.forEach((cell, i) => {
      l.text(cell, x + 6, y + l.s(4.5), cols[i] - 10, { bold: head, size: head ? 8 : 9, color: head ? COLORS.muted : COLORS.ink })
      x += cols[i]
    })
    l.y = y + l.s(ROW_H)
    l.hline(l.y)
  }
  drawRow(
    [t.card.document.reading_date, t.card.document.reading_percent, t.card.document.reading_source, t.card.document.reading_kind],
    true
  )
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
  l.y += l.s(12)
}

/** R5.1, R5.2: what the warranty covers, in columns, and an accessory's exclusions; kept whole. */
export function drawCoverage(l: CardLayout, input: WarrantyCardDocumentInput, locale: Locale): void {
  const t = texts(locale)
  const items = coveredItems(input.kind, input.coverage, locale)
  const subtitle = keepArticle(t.card.coverage[input.coverage])
  const subStyle: TextStyle = { size: 9.5, color: COLORS.muted }
  const itemStyle: TextStyle = { size: 9.5 }
  const exStyle: TextStyle = { size: 9.5, color: COLORS.muted, lineGap: 1.5 }
  const markW = l.s(13)
  const gap = l.s(16)
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
  const rowHeight = (row: string[]): number => Math.max(...row.map((label) => l.measure(label, textW, itemStyle))) + l.s(3)
  const exclusions = input.kind === "accessory" ? t.warranty.accessory_exclusions : null

  const subH = l.measure(subtitle, l.width, subStyle) + l.s(6)
  const listH = rows.reduce((sum, row) => sum + rowHeight(row), 0)
  const exH = exclusions ? l.s(4) + l.measure(exclusions, l.width, exStyle) : 0
  l.heading(t.card.document.coverage_title, subH + listH + exH)
  l.y += l.text(subtitle, l.left, l.y, l.width, subStyle) + l.s(6)

  for (const row of rows) {
    const y = l.y
    row.forEach((label, i) => {
      const x = l.left + i * (colW + gap)
      l.text("✓", x, y, markW, { bold: true, size: 9.5, color: COLORS.check })
      l.text(label, x + markW, y, textW, itemStyle)
    })
    l.y = y + rowHeight(row)
  }
  if (exclusions) {
    l.y += l.s(4)
    l.y += l.text(exclusions, l.left, l.y, l.width, exStyle)
  }
  l.y += l.s(10)
}
