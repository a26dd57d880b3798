import { Alert, Button, StatusBadge, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { WarrantyClientError, type StoreWarrantyCheck } from "medusa-plugin-warranty/client"
import { TextField } from "../components/Fields"
import { Page, Section } from "../components/Page"
import { ErrorAlert } from "../components/PageState"
import { day } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { useShop } from "../lib/shop"

const BADGE = { active: "green", pending: "orange", expired: "grey" } as const

type Outcome = { found: StoreWarrantyCheck } | { message: string } | { error: unknown }

/**
 * Issue 11 s.4: anyone (no account) checks a phone's warranty by its IMEI before buying it used:
 * the model, the status and the end days, nothing about who bought it.
 */
export function WarrantyCheckPage() {
  const { t, locale } = useLocale()
  const { warranty } = useShop()
  const [imei, setImei] = useState("")
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setOutcome(undefined)
    try {
      const { warranty_check } = await warranty.check.byImei(imei.trim())
      setOutcome({ found: warranty_check })
    } catch (err) {
      // The answers a visitor can act on are said in words; anything else is the usual error box.
      if (err instanceof WarrantyClientError && err.status === 404) {
        setOutcome({ message: t.public_check.notFound })
      } else if (err instanceof WarrantyClientError && err.status === 400 && /imei/i.test(err.message)) {
        setOutcome({ message: t.public_check.invalid })
      } else if (err instanceof WarrantyClientError && err.status === 429) {
        setOutcome({ message: t.public_check.tooMany(err.retry_after ?? 60) })
      } else {
        setOutcome({ error: err })
      }
    } finally {
      setBusy(false)
    }
  }

  const found = outcome && "found" in outcome ? outcome.found : null
  return (
    <Page title={t.public_check.title} subtitle={t.public_check.intro}>
      <form onSubmit={submit} className="bg-ui-bg-base shadow-elevation-card-rest flex w-full max-w-md flex-col gap-y-4 rounded-lg p-4 md:p-6">
        <TextField id="imei" label={t.public_check.imeiLabel} hint={t.public_check.imeiHint} value={imei} onChange={setImei} required maxLength={40} autoComplete="off" />
        <Button type="submit" isLoading={busy}>
          {t.public_check.submit}
        </Button>
      </form>
      <div aria-live="polite">
        {outcome && "message" in outcome ? (
          <Alert variant="warning" className="max-w-xl">
            {outcome.message}
          </Alert>
        ) : null}
        {outcome && "error" in outcome ? <ErrorAlert error={outcome.error} /> : null}
        {found ? (
          <Section id="warranty-check-result" title={t.public_check.resultTitle}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
              <dt className="text-ui-fg-subtle txt-small">{t.public_check.product}</dt>
              <dd className="txt-small-plus">{found.product_title}</dd>
              <dt className="text-ui-fg-subtle txt-small">{t.public_check.status}</dt>
              <dd>
                <StatusBadge color={BADGE[found.status]}>{t.card.status[found.status]}</StatusBadge>
              </dd>
              {found.ends_on ? (
                <>
                  <dt className="text-ui-fg-subtle txt-small">{t.public_check.endsOn}</dt>
                  <dd className="txt-small">{day(found.ends_on, locale)}</dd>
                  <dt className="text-ui-fg-subtle txt-small">{t.public_check.batteryEndsOn}</dt>
                  <dd className="txt-small">{day(found.battery_ends_on, locale)}</dd>
                </>
              ) : null}
            </dl>
            {found.status === "pending" ? <Text size="small">{t.public_check.pendingNote}</Text> : null}
            {found.status === "expired" ? <Text size="small">{t.public_check.expiredNote}</Text> : null}
          </Section>
        ) : null}
      </div>
    </Page>
  )
}
