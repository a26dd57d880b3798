import { Alert, Text } from "@medusajs/ui"
import type { WarrantyEligibility } from "medusa-plugin-warranty/client"
import { CheckboxField } from "../../components/Fields"
import { day } from "../../lib/format"
import { useLocale } from "../../lib/i18n"

/**
 * R11.3 in words: the free covers with their last days, or a paid service that needs the
 * shopper's explicit yes. The answer is the API's; this only says it.
 */
export function EligibilityAnswer({
  eligibility,
  paidAccepted,
  onPaidAccepted,
}: {
  eligibility: WarrantyEligibility
  paidAccepted: boolean
  onPaidAccepted: (v: boolean) => void
}) {
  const { t, locale } = useLocale()
  if (!eligibility.fileable) {
    return (
      <Alert variant="error" role="alert">
        <Text size="small" weight="plus">
          {t.storefront.claimForm.notFileable}
        </Text>
        <ul className="list-disc pl-4">
          {eligibility.reasons.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      </Alert>
    )
  }
  if (eligibility.covered) {
    return (
      <Alert variant="success" role="status">
        <Text size="small" weight="plus">
          {t.storefront.claimForm.free}
        </Text>
        <ul className="list-disc pl-4">
          {eligibility.covers.map((c) => (
            <li key={c.kind}>{t.storefront.claimForm.coverUntil(t.storefront.covers[c.kind], day(c.until, locale))}</li>
          ))}
        </ul>
      </Alert>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <Alert variant="warning" role="status">
        <Text size="small" weight="plus">
          {t.storefront.claimForm.paid}
        </Text>
        <ul className="list-disc pl-4">
          {eligibility.reasons.map((r) => (
            <li key={r.code}>{r.message}</li>
          ))}
        </ul>
      </Alert>
      <CheckboxField id="paid_service_accepted" label={t.storefront.claimForm.acceptPaid} detail={t.storefront.claimForm.acceptPaidDetail} checked={paidAccepted} onChange={onPaidAccepted} />
    </div>
  )
}
