import { Button, Copy, Text } from "@medusajs/ui"
import type { StoreWarrantyClaimDetail } from "medusa-plugin-warranty/client"
import { Link } from "react-router-dom"
import { Section } from "../../components/Page"
import { money, moment, momentDay } from "../../lib/format"
import { useLocale } from "../../lib/i18n"

/** What Medusa made for the outcome (R8.2-R8.5): the credit code, the top-up cart, a refund, an exchange. */
export function ResolutionSection({ claim }: { claim: StoreWarrantyClaimDetail }) {
  const { t, locale } = useLocale()
  const r = claim.resolution
  if (!r) {
    return null
  }
  return (
    <Section title={t.storefront.resolution.title} id="resolution">
      {r.credit ? (
        <div className="flex flex-col gap-y-1">
          <Text>{t.storefront.resolution.credit(money(r.credit.amount, r.credit.currency_code, locale), momentDay(r.credit.expires_at, locale))}</Text>
          <div className="flex items-center gap-x-2">
            <Text size="large" weight="plus" family="mono" aria-label={t.storefront.resolution.codeLabel}>
              {r.credit.code}
            </Text>
            <Copy content={r.credit.code} aria-label={t.storefront.resolution.copy} />
          </div>
          {!r.cart_id ? <Text size="small">{t.storefront.resolution.useCode}</Text> : null}
        </div>
      ) : null}
      {r.cart_id && !r.device_bought_order_id ? (
        <div className="flex flex-col gap-y-2">
          <Text size="small">{t.storefront.resolution.topUp}</Text>
          <div>
            <Button asChild>
              <Link to={`/checkout?cart=${encodeURIComponent(r.cart_id)}`}>{t.storefront.resolution.continueCheckout}</Link>
            </Button>
          </div>
        </div>
      ) : null}
      {r.device_bought_order_id ? (
        <Text size="small">
          {t.storefront.resolution.bought}{" "}
          <Link to={`/account/orders/${r.device_bought_order_id}`} className="text-sf-link underline">
            {t.storefront.resolution.viewOrder}
          </Link>
        </Text>
      ) : null}
      {r.refund ? <Text>{t.storefront.resolution.refund(money(r.refund.amount, r.refund.currency_code, locale))}</Text> : null}
      {r.exchange ? (
        <Text size="small">
          {t.storefront.resolution.exchange}{" "}
          <Link to={`/account/orders/${claim.order_id}`} className="text-sf-link underline">
            {t.storefront.resolution.viewOrder}
          </Link>
        </Text>
      ) : null}
      {r.recycled_at ? <Text size="small">{t.storefront.resolution.recycled(moment(r.recycled_at, locale))}</Text> : null}
    </Section>
  )
}
