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
  const fee = money(quote.diagnostic_fee.amount, quote.diagnostic_fee.currency_code, locale)
  return (
    <Section title={t.claim.quoteTitle} id="quote">
      <Text weight="plus">{t.claim.quoteAmount(money(quote.amount, quote.currency_code, locale))}</Text>
      <Text size="small">{t.claim.quoteDays(quote.estimated_days)}</Text>
      {quote.parts_to_order.length ? <Text size="small">{t.claim.quoteParts(quote.parts_to_order.join(", "))}</Text> : null}
      {quote.decision !== "pending" ? (
        <Text size="small" weight="plus">
          {quote.decision === "accepted" ? t.claim.quoteAccepted(moment(quote.decided_at, locale)) : t.claim.quoteDeclined(moment(quote.decided_at, locale))}
        </Text>
      ) : null}
      {canAccept || canDecline ? (
        <>
          <Text size="small">{t.claim.quoteAcceptMeans}</Text>
          <Text size="small" weight="plus">
            {t.claim.quoteDeclineMeans(fee)}
          </Text>
          <div className="flex flex-wrap gap-2">
            {canAccept ? (
              <Button isLoading={busy === "accept_quote"} disabled={busy !== null} onClick={() => act("accept_quote", () => warranty.claims.acceptQuote(claim.id), t.claim.quoteAcceptedNotice)}>
                {t.claim.acceptQuote(money(quote.amount, quote.currency_code, locale))}
              </Button>
            ) : null}
            {canDecline ? (
              <Button
                variant="secondary"
                isLoading={busy === "decline_quote"}
                disabled={busy !== null}
                onClick={() => act("decline_quote", () => warranty.claims.declineQuote(claim.id), t.claim.quoteDeclinedNotice(fee))}
              >
                {t.claim.declineQuote(fee)}
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
    <Section title={t.claim.feesTitle} id="fees">
      <ul className="flex flex-col gap-y-3">
        {fees.map((f, i) => {
          const amount = money(f.amount, f.currency_code, locale)
          return (
            <li key={`${f.kind}-${i}`} className="flex flex-col gap-y-1">
              <Text weight="plus">{t.claim.feeLine(amount, t.claim.feeReason[f.reason === "rejected" ? "rejected" : "quote_declined"])}</Text>
              <Text size="small">
                {f.status === "due"
                  ? t.claim.feeDue
                  : f.status === "paid"
                    ? t.claim.feePaid(moment(f.settled_at, locale), f.settled_via === "counter" ? t.claim.atCounter : t.claim.online)
                    : t.claim.feeWaived(f.reference ?? "")}
              </Text>
              {f.status === "due" && canPay ? (
                <div>
                  <Button
                    isLoading={busy === "pay_fee"}
                    disabled={busy !== null}
                    onClick={() => act("pay_fee", () => warranty.claims.payFee(claim.id, { provider_id: "pp_system_default" }), t.claim.feePaidNotice(amount))}
                  >
                    {t.claim.payFee(amount)}
                  </Button>
                  <Text size="small" className="text-ui-fg-subtle mt-1">
                    {t.claim.payFeeDetail}
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
