import { hasBattery } from "../modules/warranty/rules/has-battery"
import { texts, type Locale } from "../i18n"
import { CardLayout, COLORS, type Field, formatInstant, keepArticle } from "./card-layout"
import { drawBattery, drawCoverage, drawHeader } from "./card-sections"
import { type Doc, drawPageFooters, formatDay, renderFitted } from "./pdf-common"

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

const PAGE_MARGIN = 48
/** Room kept under the flowing content for the footer (R10 footnote, page numbers). */
const FOOTER_SPACE = 30
/**
 * The scales tried, largest first: a card is one page when it can be. Past the last one, a
 * section that does not fit moves whole to the next page (each section is kept whole).
 */
const SCALES = [1, 0.9, 0.8]

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

function cardFields(input: WarrantyCardDocumentInput, locale: Locale, timeZone: string): Field[][] {
  const t = texts(locale)
  const notSet = "—"
  const variant = input.variant_title?.trim() ? input.variant_title : notSet
  const order =
    input.order_display_id !== null && `${input.order_display_id}`.trim() !== ""
      ? `#${input.order_display_id}`
      : input.order_id
  const issued = formatInstant(input.issued_at, locale, timeZone)
  const starts = input.starts_on ? formatDay(input.starts_on, locale) : null
  const ends = input.ends_on ? formatDay(input.ends_on, locale) : null
  return [
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
  ]
}

function drawCard(l: CardLayout, input: WarrantyCardDocumentInput, locale: Locale, timeZone: string): void {
  const t = texts(locale)
  const accent = { bar: COLORS.accent, bg: COLORS.accentLight, title: COLORS.accent }
  drawHeader(l, input, locale)
  l.fields(cardFields(input, locale, timeZone))
  l.y += l.s(6)

  if (!input.starts_on) {
    // R3.1-R3.3: say when a card that has not started will start.
    l.notice(t.card.document.start_rule_title, t.card.start_rule[input.delivery_kind], {
      bar: COLORS.noticeBar,
      bg: COLORS.noticeBg,
      title: "#92400e",
    })
  }
  // R4, R5.2: a card without a battery (an accessory) has no battery dates, terms or readings.
  const battery = hasBattery(input)
  if (battery) {
    drawBattery(l, input, locale, timeZone)
  }
  if (battery && input.oem_battery_model) {
    l.notice(t.card.document.oem_title, t.warranty.oem_battery_note, accent, 9)
  }
  drawCoverage(l, input, locale)
  // R5.3: the statutory rights statement, clearly visible.
  l.notice(t.card.document.statutory_title, t.warranty.statutory_rights, accent, 10)
}

/** R1.3: renders the warranty card as an A4 PDF in the given locale, on one page when it fits. */
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
  return renderFitted(
    SCALES,
    (scale) => ({ locale, margin: Math.round(PAGE_MARGIN * scale), footerSpace: FOOTER_SPACE, info }),
    (doc, scale) => {
      const l = new CardLayout(doc, scale)
      l.y = doc.page.margins.top
      drawCard(l, input, locale, timeZone)
    },
    (doc) => drawFooters(doc, input, locale)
  )
}
