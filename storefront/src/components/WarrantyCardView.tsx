import { ArrowDownTray } from "@medusajs/icons"
import { Button, Heading, Text } from "@medusajs/ui"
import type { StoreWarrantyCard, StoreWarrantyClaim } from "medusa-plugin-warranty/client"
import { useState } from "react"
import { Link } from "react-router-dom"
import { saveBlob } from "../lib/download"
import { day } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { useShop } from "../lib/shop"
import { CardTransferSection } from "./CardTransferSection"
import { CardStatusBadge, ClaimStatusBadge } from "./ClaimStatus"
import { ErrorAlert } from "./PageState"

/** Closed and canceled claims leave the card free for a new one (the API refuses a second open claim). */
const FINISHED = ["closed", "canceled"]

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-y-0.5 sm:flex-row sm:gap-x-4">
      <dt className="txt-compact-small text-ui-fg-subtle sm:w-48 sm:shrink-0">{term}</dt>
      <dd className="txt-compact-small-plus text-ui-fg-base break-words">{children}</dd>
    </div>
  )
}

/** One unit's warranty card (R1.2): number, IMEI, status, dates, battery history (R4.6), PDF (R1.3), claims. */
export function WarrantyCardView({ card, claims }: { card: StoreWarrantyCard; claims: StoreWarrantyClaim[] }) {
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const open = claims.find((c) => !FINISHED.includes(c.status))
  const canFile = (card.status === "active" || card.status === "expired") && !open
  const readings = [...(card.battery_health_records ?? [])].sort((a, b) => a.measured_at.localeCompare(b.measured_at))
  const headingId = `card-${card.id}`

  const download = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await saveBlob(() => warranty.cards.document(card.id), `${card.card_number}.pdf`)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <article aria-labelledby={headingId} className="border-ui-border-base flex flex-col gap-y-3 rounded-lg border p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h3" id={headingId} className="text-base">
          {t.storefront.card.title(card.product_title, card.variant_title)}
        </Heading>
        <CardStatusBadge status={card.status} />
      </div>
      {/* The same field names as the card's PDF (R1.3). */}
      <dl className="flex flex-col gap-y-1.5">
        <Row term={t.card.document.card_number}>{card.card_number}</Row>
        <Row term={t.card.document.serial}>{card.serial_number ?? t.card.document.serial_missing}</Row>
        <Row term={t.storefront.card.period}>
          {/* R3.1-R3.3: a card that has not started says when it will. */}
          {card.starts_on ? t.storefront.card.periodText(day(card.starts_on, locale), day(card.ends_on, locale), card.months) : t.card.start_rule[card.delivery_kind]}
        </Row>
        {card.battery_days > 0 && card.battery_ends_on ? <Row term={t.card.document.battery_ends_on}>{day(card.battery_ends_on, locale)}</Row> : null}
        {card.status === "void" ? <Row term={t.storefront.card.voidReason}>{card.void_reason ?? "–"}</Row> : null}
      </dl>
      {card.kind === "device" ? (
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            {t.storefront.card.batteryHistory}
          </Text>
          {readings.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t.storefront.card.noReadings}
            </Text>
          ) : (
            <ul className="flex flex-col gap-y-0.5">
              {readings.map((r) => (
                <li key={r.id} className="txt-compact-small">
                  {[
                    day(r.measured_at.slice(0, 10), locale),
                    r.percent === null ? t.card.document.no_percent : `${r.percent}%`,
                    t.card.battery_source[r.source],
                    `${t.card.document.reading_kind}: ${t.card.battery_kind[r.battery_kind]}`,
                  ].join(" · ")}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      {claims.length ? (
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            {t.storefront.card.claims}
          </Text>
          <ul className="flex flex-col gap-y-1">
            {claims.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2">
                <Link to={`/account/claims/${c.id}`} className="text-sf-link txt-compact-small-plus underline">
                  {t.storefront.card.claimLink(c.ticket_number)}
                </Link>
                <ClaimStatusBadge status={c.status} label={c.status_label} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error !== undefined ? <ErrorAlert error={error} /> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="small" onClick={download} isLoading={busy}>
          <ArrowDownTray aria-hidden="true" />
          {t.storefront.card.download}
        </Button>
        {canFile ? (
          <Button variant="primary" size="small" asChild>
            <Link to={`/account/cards/${card.id}/claim`}>{t.storefront.card.fileClaim}</Link>
          </Button>
        ) : null}
      </div>
      {card.status === "pending" ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t.storefront.card.pendingNote}
        </Text>
      ) : null}
      {card.status !== "void" ? <CardTransferSection cardId={card.id} claimOpen={!!open} /> : null}
    </article>
  )
}
