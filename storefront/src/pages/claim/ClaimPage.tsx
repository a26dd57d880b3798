import { ArrowDownTray } from "@medusajs/icons"
import { Alert, Badge, Button, Text } from "@medusajs/ui"
import type { StoreWarrantyClaimDetail, StoreWarrantyOffer } from "medusa-plugin-warranty/client"
import { useCallback, useState } from "react"
import { Link, useParams, useSearchParams } from "react-router-dom"
import { ClaimStatusBadge } from "../../components/ClaimStatus"
import { Page, Section } from "../../components/Page"
import { ErrorAlert, Loaded } from "../../components/PageState"
import { saveBlob } from "../../lib/download"
import { statusOf } from "../../lib/errors"
import { day, moment } from "../../lib/format"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"
import { useLoad } from "../../lib/use-load"
import type { ClaimAct } from "./actions"
import { ClaimPhotosSection } from "./ClaimPhotos"
import { OfferSection } from "./OfferSection"
import { FeesSection, QuoteSection } from "./QuoteAndFees"
import { ResolutionSection } from "./Resolution"
import { CancelSection, ReturnSection } from "./ReturnAndCancel"

/** A claim that ended before intake has no service deadline to explain. */
const ENDED = ["closed", "canceled"]

type Data = { claim: StoreWarrantyClaimDetail; offer: StoreWarrantyOffer | null }

/**
 * `/account/claims/:id`: at most two calls (the claim, and its offer when it has one). Which
 * actions show comes from the API (`allowed_moves`, the offer's `can_accept` and `choices`).
 */
export function ClaimPage() {
  const { id = "" } = useParams()
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(async (): Promise<Data> => {
    const { warranty_claim: claim } = await warranty.claims.retrieve(id)
    const offer = claim.offer ? (await warranty.claims.offer(id)).offer : null
    return { claim, offer }
  }, [id, locale])
  return (
    <Loaded state={state} title={t.storefront.claim.loadingTitle} notFound={t.storefront.claim.notFound}>
      {(data) => <ClaimView data={data} setData={state.setData} />}
    </Loaded>
  )
}

function ClaimView({ data, setData }: { data: Data; setData: (d: Data) => void }) {
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const [params] = useSearchParams()
  const { claim, offer } = data
  const [busy, setBusy] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<unknown>()

  const act: ClaimAct = useCallback(
    async (name, call, done) => {
      setBusy(name)
      setError(undefined)
      setNotice(null)
      try {
        const { warranty_claim: next } = await call()
        const nextOffer = next.offer ? (await warranty.claims.offer(next.id)).offer : null
        setData({ claim: next, offer: nextOffer })
        setNotice(done)
        return true
      } catch (e) {
        setError(e)
        if (statusOf(e) === 409) {
          // The claim moved on meanwhile: show where it is now and what is still possible.
          const { warranty_claim: now } = await warranty.claims.retrieve(claim.id)
          setData({ claim: now, offer: now.offer ? (await warranty.claims.offer(now.id)).offer : null })
        }
        return false
      } finally {
        setBusy(null)
      }
    },
    [warranty, claim.id, setData]
  )

  const label = async () => {
    setBusy("label")
    setError(undefined)
    try {
      await saveBlob(() => warranty.claims.label(claim.id), `${claim.ticket_number}-label.pdf`)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
    }
  }

  const filed = params.get("filed") === "1"
  return (
    <Page
      title={t.storefront.claim.title(claim.ticket_number)}
      subtitle={t.storefront.claim.subtitle(claim.product_title, claim.variant_title, claim.warranty_card?.card_number ?? "")}
      actions={
        <Button variant="secondary" onClick={label} isLoading={busy === "label"}>
          <ArrowDownTray aria-hidden="true" />
          {t.storefront.claim.downloadLabel}
        </Button>
      }
    >
      {filed ? <AfterFiling claim={claim} onLabel={label} busy={busy} /> : null}
      {notice ? (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {error !== undefined ? <ErrorAlert error={error} /> : null}

      <Section title={t.storefront.claim.statusTitle} id="status">
        <div className="flex flex-wrap items-center gap-2">
          <ClaimStatusBadge status={claim.status} label={claim.status_label} />
          {claim.overdue ? <Badge color="red">{t.storefront.claim.overdue}</Badge> : null}
        </div>
        <dl className="flex flex-col gap-y-1.5">
          <Row term={t.storefront.claim.filed}>{day(claim.filed_on, locale)}</Row>
          {claim.received_on ? <Row term={t.storefront.claim.received}>{day(claim.received_on, locale)}</Row> : null}
          {claim.due_on ? (
            <Row term={t.storefront.claim.due}>{t.storefront.claim.dueText(day(claim.due_on, locale), claim.due_basis ? t.storefront.claim.dueBasis[claim.due_basis] : "")}</Row>
          ) : !ENDED.includes(claim.status) ? (
            <Row term={t.storefront.claim.due}>{t.storefront.claim.dueAfterIntake}</Row>
          ) : null}
          {(claim.extensions ?? []).map((x) => (
            <Row key={x.created_at} term={t.storefront.claim.extended}>
              {t.storefront.claim.extensionText(day(x.due_on, locale), t.storefront.claim.extensionReason[x.reason])}
            </Row>
          ))}
          <Row term={t.storefront.claim.coversTerm}>
            {claim.covers.length ? claim.covers.map((c) => t.storefront.claimForm.coverUntil(t.storefront.covers[c.kind], day(c.until, locale))).join("; ") : t.storefront.claim.paidService}
          </Row>
          <Row term={t.storefront.claim.delivery}>{claim.delivery_method === "courier" ? t.storefront.claimForm.courier : t.storefront.claimForm.dropOff}</Row>
          <Row term={t.storefront.claim.description}>{claim.description}</Row>
          {claim.warranty_card ? (
            <Row term={t.storefront.claim.order}>
              <Link to={`/account/orders/${claim.order_id}`} className="text-sf-link underline">
                {t.storefront.claim.viewOrder}
              </Link>
            </Row>
          ) : null}
        </dl>
        {claim.diagnosis ? <Text size="small">{t.storefront.claim.diagnosis(claim.diagnosis.findings)}</Text> : null}
        {claim.rejection ? (
          <Alert variant="warning">
            {t.storefront.claim.rejected(claim.rejection.message ?? claim.rejection.reason)}
            {claim.rejection.note ? ` ${claim.rejection.note}` : ""}
          </Alert>
        ) : null}
      </Section>

      <ClaimPhotosSection claim={claim} uploadFailed={params.get("photos") === "failed"} />
      <QuoteSection claim={claim} act={act} busy={busy} />
      {offer ? <OfferSection key={`${offer.made_at}-${offer.status}`} claim={claim} offer={offer} act={act} busy={busy} /> : null}
      <ResolutionSection claim={claim} />
      <FeesSection claim={claim} act={act} busy={busy} />
      <ReturnSection key={claim.updated_at} claim={claim} act={act} busy={busy} />
      <CancelSection claim={claim} act={act} busy={busy} />

      <Section title={t.storefront.claim.timelineTitle} id="timeline">
        <ol className="border-ui-border-base flex flex-col gap-y-3 border-l pl-4">
          {claim.timeline.map((e, i) => (
            <li key={`${e.created_at}-${i}`} className="flex flex-col">
              <Text size="small" weight="plus">
                {e.label}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {moment(e.created_at, locale)}
              </Text>
              {e.note ? <Text size="small">{e.note}</Text> : null}
            </li>
          ))}
        </ol>
      </Section>
      {/* R5.3, in the API's words. */}
      <Text size="small" className="text-ui-fg-subtle">
        {claim.statement}
      </Text>
    </Page>
  )
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-y-0.5 sm:flex-row sm:gap-x-4">
      <dt className="txt-compact-small text-ui-fg-subtle sm:w-48 sm:shrink-0">{term}</dt>
      <dd className="txt-compact-small-plus text-ui-fg-base break-words">{children}</dd>
    </div>
  )
}

/** Right after filing (R6.1): the ticket, the label (R6.5), packing (R6.6), where and when (R6.2, R6.8). */
function AfterFiling({ claim, onLabel, busy }: { claim: StoreWarrantyClaimDetail; onLabel: () => Promise<void>; busy: string | null }) {
  const { t } = useLocale()
  return (
    <section aria-labelledby="filed-title" className="bg-ui-bg-base shadow-elevation-card-rest border-ui-tag-green-border flex flex-col gap-y-3 rounded-lg border p-4 md:p-6">
      <h2 id="filed-title" className="txt-large-plus">
        {t.storefront.filed.title(claim.ticket_number)}
      </h2>
      <Text>{t.storefront.filed.ticket(claim.ticket_number)}</Text>
      <ol className="txt-small flex list-decimal flex-col gap-y-2 pl-5">
        <li>
          {t.storefront.filed.stepLabel}{" "}
          <Button size="small" variant="secondary" onClick={onLabel} isLoading={busy === "label"} className="ml-1">
            {t.storefront.filed.labelButton}
          </Button>
        </li>
        <li>{t.storefront.filed.stepChecklist}</li>
        <li>{claim.delivery_method === "courier" ? t.claim_label.courier_instructions : t.storefront.filed.stepDropOff}</li>
        <li>
          {t.claim_label.field.packing_title}: {t.claim_label.packing_advice}
        </li>
      </ol>
      <div className="txt-small flex flex-col gap-y-1">
        <Text size="small" weight="plus">
          {t.storefront.filed.serviceTitle}
        </Text>
        <address className="not-italic">
          {[claim.service.name, claim.service.address_1, claim.service.address_2, `${claim.service.postal_code} ${claim.service.city}`]
            .filter(Boolean)
            .join(", ")}
        </address>
        <span>
          {t.claim_label.field.service_hours}: {claim.service.hours_text}
        </span>
        <span>
          {t.claim_label.field.service_phone}:{" "}
          <a className="text-sf-link underline" href={`tel:${claim.service.phone.replace(/\s+/g, "")}`}>
            {claim.service.phone}
          </a>
        </span>
      </div>
      <Text size="small">{t.storefront.filed.emails}</Text>
    </section>
  )
}
