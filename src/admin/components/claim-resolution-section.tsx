import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useWarrantyCard } from "../hooks/warranty-cards"
import { formatDateTime, formatMoney, OFFER_OPTION_LABELS } from "../lib/format"
import type { WarrantyClaimCard as ClaimCard, AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { CardStatusBadge } from "./card-status-badge"
import { ClaimField, ClaimSection } from "./claim-section"
import { LINK_CLASS } from "../lib/link"

const Id = ({ children }: { children: string }) => (
  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle font-mono break-all">
    {children}
  </Text>
)

const Lines = ({ children }: { children: ReactNode }) => <div className="flex flex-col gap-y-0.5">{children}</div>

/**
 * A warranty card by id with its number and status. The plugin has no card page: its cards are
 * listed on their order's page, so the link goes there.
 */
const CardRef = ({ id, known }: { id: string; known?: { card: ClaimCard | null; order_id: string } }) => {
  const isKnown = known?.card?.id === id
  const { data, isLoading } = useWarrantyCard(isKnown ? null : id)
  const card = isKnown ? known?.card : data?.warranty_card
  const orderId = isKnown ? known?.order_id : data?.warranty_card.order_id
  return (
    <Lines>
      <div className="flex flex-wrap items-center gap-x-2">
        <Text size="small" leading="compact" weight="plus">
          {card?.card_number ?? (isLoading ? "Loading…" : id)}
        </Text>
        {card && <CardStatusBadge status={card.status} />}
      </div>
      {orderId && (
        <Link to={`/orders/${orderId}`} className={`${LINK_CLASS} txt-compact-xsmall`}>
          View on its order
        </Link>
      )}
      {card && <Id>{id}</Id>}
    </Lines>
  )
}

/**
 * R8.2-R8.5: what Medusa made for the outcome (exchange, refund, credit code, top-up cart, the
 * new card) and what became of the broken device.
 */
export const ClaimResolutionSection = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const resolution = claim.resolution
  if (!resolution) {
    return null
  }
  const { credit, refund, exchange } = resolution
  const orderLink = (
    <Link to={`/orders/${claim.order_id}`} className={`${LINK_CLASS} txt-compact-small`}>
      View the original order
    </Link>
  )
  const recycledAt = resolution.recycled_at ?? claim.recycled_at

  return (
    <ClaimSection title="Resolution">
      {resolution.option && (
        <ClaimField label="Outcome">{OFFER_OPTION_LABELS[resolution.option] ?? resolution.option}</ClaimField>
      )}
      {resolution.product_id && (
        <ClaimField label="Product chosen">
          <Lines>
            <Link to={`/products/${resolution.product_id}`} className={`${LINK_CLASS} font-mono`}>
              {resolution.product_id}
            </Link>
            {resolution.variant_id && <Id>{resolution.variant_id}</Id>}
          </Lines>
        </ClaimField>
      )}
      {exchange && (
        <ClaimField label="Exchange (R8.2)">
          <Lines>
            {orderLink}
            <Id>{exchange.exchange_id}</Id>
            {exchange.return_id && <Id>{`Return ${exchange.return_id}`}</Id>}
          </Lines>
        </ClaimField>
      )}
      {refund && (
        <ClaimField label="Refund (R8.3)">
          <Lines>
            <Text size="small" leading="compact" weight="plus">
              {formatMoney(refund.amount, refund.currency_code)}
            </Text>
            {orderLink}
            <Id>{`Payment ${refund.payment_id}`}</Id>
            {refund.refund_id && <Id>{`Refund ${refund.refund_id}`}</Id>}
          </Lines>
        </ClaimField>
      )}
      {credit && (
        <ClaimField label="Credit code">
          <Lines>
            <Link to={`/promotions/${credit.promotion_id}`} className={`${LINK_CLASS} font-mono`}>
              {credit.code}
            </Link>
            <Text size="small" leading="compact">
              {formatMoney(credit.amount, credit.currency_code)}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              {credit.expires_at ? `Valid until ${formatDateTime(credit.expires_at)}` : "No expiry"}
            </Text>
          </Lines>
        </ClaimField>
      )}
      {resolution.cart_id && (
        <ClaimField label="Top-up cart (R8.3 b)">
          <Lines>
            <Id>{resolution.cart_id}</Id>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
              The customer pays the difference at checkout.
            </Text>
          </Lines>
        </ClaimField>
      )}
      {resolution.new_card_id && (
        <ClaimField label="New warranty card">
          <CardRef id={resolution.new_card_id} />
        </ClaimField>
      )}
      {resolution.old_card_id && (
        <ClaimField label="Old card (voided)">
          <CardRef id={resolution.old_card_id} known={{ card: claim.warranty_card, order_id: claim.order_id }} />
        </ClaimField>
      )}
      {resolution.device_bought_order_id && (
        <ClaimField label="Device bought with the credit">
          <Link to={`/orders/${resolution.device_bought_order_id}`} className={LINK_CLASS}>
            View order
          </Link>
        </ClaimField>
      )}
      {recycledAt && <ClaimField label="Device recycled (R8.5)">{formatDateTime(recycledAt)}</ClaimField>}
      {claim.resolved_at && <ClaimField label="Resolved">{formatDateTime(claim.resolved_at)}</ClaimField>}
    </ClaimSection>
  )
}
