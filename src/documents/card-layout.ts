import { dayIn } from "../modules/warranty/rules/dates"
import type { Locale } from "../i18n"
import { CALENDAR_DATE, type Doc, formatDay, PdfLayout, type TextStyle } from "./pdf-common"

/** The warranty card's look: colours, the grid of fields, notices, and dates as it prints them. */

export const COLORS = {
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

export type CardStatus = "pending" | "active" | "expired" | "void"

export const STATUS_COLORS: Record<CardStatus, { fg: string; bg: string }> = {
  pending: { fg: "#92400e", bg: "#fef3c7" },
  active: { fg: "#166534", bg: "#dcfce7" },
  expired: { fg: "#374151", bg: "#e5e7eb" },
  void: { fg: "#991b1b", bg: "#fee2e2" },
}

export function toDate(value: Date | string): Date | null {
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** An instant (or a calendar date) shown as the day it falls on in the shop's time zone. */
export function formatInstant(value: Date | string | null, locale: Locale, timeZone: string): string | null {
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
export function keepArticle(text: string): string {
  return text.replace(/\bArt\. (\d)/g, "Art.\u00a0$1")
}

export type Field = { label: string; value: string; note?: string; strong?: boolean; muted?: boolean }

const GRID_GAP = 18
const LABEL: TextStyle = { size: 8, color: COLORS.muted }
const NOTE: TextStyle = { size: 7.5, color: COLORS.muted }
const valueStyle = (f: Field): TextStyle => ({ bold: f.strong, size: 10.5, color: f.muted ? COLORS.muted : COLORS.ink })

export type NoticeColors = { bar: string; bg: string; title: string }

/** The card's layout at a scale: 1, or less to fit the card on one page. */
export class CardLayout extends PdfLayout {
  constructor(doc: Doc, scale: number) {
    super(doc, {
      scale,
      ink: COLORS.ink,
      rule: COLORS.rule,
      heading: { size: 12, color: COLORS.accent, reserve: 8, ruleGap: 3, after: 6 },
    })
  }

  /** A status pill; returns its width. */
  pill(text: string, xRight: number, y: number, colors: { fg: string; bg: string }): number {
    const style: TextStyle = { bold: true, size: 9.5, color: colors.fg }
    const w = this.widthOf(text, style) + this.s(18)
    const h = this.s(19)
    this.fillRect(xRight - w, y, w, h, colors.bg, h / 2)
    this.text(text, xRight - w + this.s(9), y + this.s(4.5), w, style)
    return w
  }

  private rowHeight(row: Field[]): number {
    const colW = (this.width - this.s(GRID_GAP) * (row.length - 1)) / row.length
    const cell = (f: Field): number =>
      this.measure(f.label, colW, LABEL) +
      this.s(2) +
      this.measure(f.value, colW, valueStyle(f)) +
      (f.note ? this.s(1) + this.measure(f.note, colW, NOTE) : 0)
    return Math.max(...row.map(cell))
  }

  /** What `fields` moves the cursor by. */
  fieldsHeight(rows: Field[][]): number {
    return rows.reduce((sum, row) => sum + this.rowHeight(row) + this.s(8), 0)
  }

  /** A grid of label/value cells, `row.length` columns wide, a rule under each row; kept whole. */
  fields(rows: Field[][]): void {
    this.ensure(this.fieldsHeight(rows))
    for (const row of rows) {
      const colW = (this.width - this.s(GRID_GAP) * (row.length - 1)) / row.length
      const y = this.y
      row.forEach((f, i) => {
        const x = this.left + i * (colW + this.s(GRID_GAP))
        let cy = y
        cy += this.text(f.label, x, cy, colW, LABEL) + this.s(2)
        cy += this.text(f.value, x, cy, colW, valueStyle(f)) + this.s(1)
        if (f.note) {
          this.text(f.note, x, cy, colW, NOTE)
        }
      })
      this.y = y + this.rowHeight(row) + this.s(4)
      this.hline(this.y)
      this.y += this.s(4)
    }
  }

  /** A boxed paragraph with a coloured bar on the left and a bold title; kept whole. */
  notice(title: string, body: string, colors: NoticeColors, size = 9.5): void {
    const pad = this.s(9)
    const bar = 4
    const innerW = this.width - pad * 2 - bar
    const titleStyle: TextStyle = { bold: true, size: size + 0.5, color: colors.title }
    const bodyStyle: TextStyle = { size, lineGap: 1.5 }
    const titleH = this.measure(title, innerW, titleStyle)
    const bodyH = this.measure(body, innerW, bodyStyle)
    const h = pad + titleH + this.s(4) + bodyH + pad
    this.ensure(h)
    const y = this.y
    this.fillRect(this.left, y, this.width, h, colors.bg, 4)
    this.fillRect(this.left, y, bar, h, colors.bar)
    this.text(title, this.left + bar + pad, y + pad, innerW, titleStyle)
    this.text(body, this.left + bar + pad, y + pad + titleH + this.s(4), innerW, bodyStyle)
    this.y = y + h + this.s(10)
  }
}
