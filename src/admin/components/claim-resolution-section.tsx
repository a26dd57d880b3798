import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useProductNames } from "../hooks/claim-answers"
import { useWarrantyCard } from "../hooks/warranty-cards"
import { formatDateTime, formatMoney, OFFER_OPTION_LABELS } from "../lib/format"
import type { WarrantyClaimCard as ClaimCard, AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { CardStatusBadge } from "./card-status-badge"
import { ClaimField, ClaimSection } from "./claim-section"
import { LINK_CLASS } from "../lib/link"

const Subtle = ({ children }: { children: string }) => (
  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
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
          {card?.card_number ?? (isLoading ? "Loading…" : "Card not found")}
        </Text>
        {card && <CardStatusBadge status={card.status} />}
      </div>
      {orderId && (
        <Link to={`/orders/${orderId}`} className={`${LINK_CLASS} txt-compact-xsmall`}>
          View on its order
        </Link>
      )}
    </Lines>
  )
}

/** The product the customer took with the credit, by name (the claim stores its ids). */
const ChosenProduct = ({ product_id, variant_id }: { product_id: string; variant_id: string | null }) => {
  const { data, isLoading } = useProductNames([product_id])
  const variant = data?.variants.find((v) => v.id === variant_id)
  const title = data?.products[0]?.title
  return (
    <Lines>
      <Link to={variant_id ? `/products/${product_id}/variants/${variant_id}` : `/products/${product_id}`} className={LINK_CLASS}>
        {title ? [title, variant?.title].filter(Boolean).join(" · ") : isLoading ? "Loading…" : "A product no longer in the catalogue"}
      </Link>
      {variant?.sku && <Subtle>{`SKU ${variant.sku}`}</Subtle>}
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
          <ChosenProduct product_id={resolution.product_id} variant_id={resolution.variant_id ?? null} />
        </ClaimField>
      )}
      {exchange && (
        <ClaimField label="Exchange">
          <Lines>
            <Subtle>A replacement unit went out through an exchange on the order; the broken unit came back through its return.</Subtle>
            {orderLink}
          </Lines>
        </ClaimField>
      )}
      {refund && (
        <ClaimField label="Refund">
          <Lines>
            <Text size="small" leading="compact" weight="plus">
              {formatMoney(refund.amount, refund.currency_code)}
            </Text>
            <Subtle>Refunded on the original order's payment.</Subtle>
            {orderLink}
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
        <ClaimField label="Top-up cart">
          <Lines>
            <Text size="small" leading="compact">
              A cart with the chosen product and the credit on it
            </Text>
            <Subtle>The customer pays the difference at checkout.</Subtle>
          </Lines>
        </ClaimField>
      )}
      {resolution.return_id && (
        <ClaimField label="Return">
          <Lines>
            <Text size="small" leading="compact" className="font-mono">
              {resolution.return_id}
            </Text>
            <Subtle>The settled unit came back through a return on the order: received, not restocked.</Subtle>
            <Subtle>What the return credits beyond the money paid out is a credit line on the order, so nothing is owed.</Subtle>
            {orderLink}
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
      {recycledAt && <ClaimField label="Device recycled">{formatDateTime(recycledAt)}</ClaimField>}
      {claim.resolved_at && <ClaimField label="Resolved">{formatDateTime(claim.resolved_at)}</ClaimField>}
    </ClaimSection>
  )
}
