import { Button, Text } from "@medusajs/ui"
import type { StoreWarrantyClaimDetail } from "medusa-plugin-warranty/client"
import { Section } from "../../components/Page"
import { money, moment } from "../../lib/format"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"
import type { ClaimAct } from "./actions"

/** R7.3, R8.4: the paid repair quote, and what declining it costs. */
export function QuoteSection({ claim, act, busy }: { claim: StoreWarrantyClaimDetail; act: ClaimAct; busy: string | null }) {
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const quote = claim.quote
  if (!quote) {
    return null
  }
  const canAccept = claim.allowed_moves.includes("accept_quote")
  const canDecline = claim.allowed_moves.includes("decline_quote")
  // R8.4: the shop may have set no diagnostic fee in the order's currency: then none is due.
  const fee = quote.diagnostic_fee ? money(quote.diagnostic_fee.amount, quote.diagnostic_fee.currency_code, locale) : null
  return (
    <Section title={t.storefront.claim.quoteTitle} id="quote">
      <Text weight="plus">{t.storefront.claim.quoteAmount(money(quote.amount, quote.currency_code, locale))}</Text>
      <Text size="small">{t.storefront.claim.quoteDays(quote.estimated_days)}</Text>
      {quote.parts_to_order.length ? <Text size="small">{t.storefront.claim.quoteParts(quote.parts_to_order.join(", "))}</Text> : null}
      {quote.decision !== "pending" ? (
        <Text size="small" weight="plus">
          {quote.decision === "accepted" ? t.storefront.claim.quoteAccepted(moment(quote.decided_at, locale)) : t.storefront.claim.quoteDeclined(moment(quote.decided_at, locale))}
        </Text>
      ) : null}
      {canAccept || canDecline ? (
        <>
          <Text size="small">{t.storefront.claim.quoteAcceptMeans}</Text>
          <Text size="small" weight="plus">
            {fee ? t.storefront.claim.quoteDeclineMeans(fee) : t.storefront.claim.quoteDeclineMeansNoFee}
          </Text>
          <div className="flex flex-wrap gap-2">
            {canAccept ? (
              <Button isLoading={busy === "accept_quote"} disabled={busy !== null} onClick={() => act("accept_quote", () => warranty.claims.acceptQuote(claim.id), t.storefront.claim.quoteAcceptedNotice)}>
                {t.storefront.claim.acceptQuote(money(quote.amount, quote.currency_code, locale))}
              </Button>
            ) : null}
            {canDecline ? (
              <Button
                variant="secondary"
                isLoading={busy === "decline_quote"}
                disabled={busy !== null}
                onClick={() => act("decline_quote", () => warranty.claims.declineQuote(claim.id), fee ? t.storefront.claim.quoteDeclinedNotice(fee) : t.storefront.claim.quoteDeclinedNoFeeNotice)}
              >
                {fee ? t.storefront.claim.declineQuote(fee) : t.storefront.claim.declineQuoteNoFee}
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </Section>
  )
}

/** R8.4: fees the claim made due, how they were settled, and paying one online. */
export function FeesSection({ claim, act, busy }: { claim: StoreWarrantyClaimDetail; act: ClaimAct; busy: string | null }) {
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const fees = claim.fees ?? []
  if (!fees.length) {
    return null
  }
  const canPay = claim.allowed_moves.includes("pay_fee")
  return (
    <Section title={t.storefront.claim.feesTitle} id="fees">
      <ul className="flex flex-col gap-y-3">
        {fees.map((f, i) => {
          const amount = money(f.amount, f.currency_code, locale)
          return (
            <li key={`${f.kind}-${i}`} className="flex flex-col gap-y-1">
              <Text weight="plus">{t.storefront.claim.feeLine(amount, f.reason === "rejected" ? t.storefront.claim.feeReason.rejected : t.storefront.claim.feeReason.quote_declined)}</Text>
              <Text size="small">
                {f.status === "due"
                  ? t.storefront.claim.feeDue
                  : f.status === "paid"
                    ? t.storefront.claim.feePaid(moment(f.settled_at, locale), f.settled_via === "counter" ? t.storefront.claim.atCounter : t.storefront.claim.online)
                    : t.storefront.claim.feeWaived(f.reference ?? "")}
              </Text>
              {f.status === "due" && canPay ? (
                <div>
                  <Button
                    isLoading={busy === "pay_fee"}
                    disabled={busy !== null}
                    onClick={() => act("pay_fee", () => warranty.claims.payFee(claim.id, { provider_id: "pp_system_default" }), t.storefront.claim.feePaidNotice(amount))}
                  >
                    {t.storefront.claim.payFee(amount)}
                  </Button>
                  <Text size="small" className="text-ui-fg-subtle mt-1">
                    {t.storefront.claim.payFeeDetail}
                  </Text>
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
    </Section>
  )
}
