import { StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import {
  expiryLabel,
  formatDateTime,
  formatMoney,
  OFFER_KIND_LABELS,
  OFFER_OPTION_LABELS,
  OFFER_STATUS_COLORS,
  OFFER_STATUS_LABELS,
  TRADE_IN_REASON_LABELS,
  VALUE_BASIS_LABELS,
} from "../lib/format"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimField, ClaimList, ClaimSection, yesNo } from "./claim-section"
import { LINK_CLASS } from "../lib/link"

/** A small line under a value. */
const Subtle = ({ children }: { children: string }) => (
  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-pre-line">
    {children}
  </Text>
)

/** R8.2-R8.5: the offer made to the shopper, how long it stays open and their answer. */
export const ClaimOfferSection = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const offer = claim.offer
  if (!offer) {
    return null
  }
  const open = offer.status === "open"
  const expiry = expiryLabel(offer.expires_at)
  // The claimed variant's product is known; another unit is shown by its id.
  const sameVariant = offer.replacement_variant_id && offer.replacement_variant_id === claim.variant_id && claim.product_id

  return (
    <ClaimSection
      title="Offer"
      action={
        <StatusBadge color={OFFER_STATUS_COLORS[offer.status] ?? "grey"}>
          {OFFER_STATUS_LABELS[offer.status] ?? offer.status}
        </StatusBadge>
      }
    >
      <ClaimField label="Kind">{OFFER_KIND_LABELS[offer.kind] ?? offer.kind}</ClaimField>
      <ClaimField label="Customer may choose">
        <ClaimList items={offer.options.map((o) => OFFER_OPTION_LABELS[o] ?? o)} />
      </ClaimField>
      {offer.value && (
        <ClaimField label={offer.kind === "trade_in" ? "Credit" : "Value"}>
          <div className="flex flex-col gap-y-0.5">
            <Text size="small" leading="compact" weight="plus">
              {formatMoney(offer.value.amount, offer.value.currency_code)}
            </Text>
            {offer.basis && <Subtle>{VALUE_BASIS_LABELS[offer.basis] ?? offer.basis}</Subtle>}
            {offer.basis_note && <Subtle>{offer.basis_note}</Subtle>}
          </div>
        </ClaimField>
      )}
      {offer.trade_in_reason && (
        <ClaimField label="Why a trade-in (R8.5)">
          {TRADE_IN_REASON_LABELS[offer.trade_in_reason] ?? offer.trade_in_reason}
        </ClaimField>
      )}
      {offer.replacement_variant_id && (
        <ClaimField label="Replacement unit">
          {sameVariant ? (
            <Link to={`/products/${claim.product_id}/variants/${offer.replacement_variant_id}`} className={LINK_CLASS}>
              Same variant ({offer.replacement_variant_id})
            </Link>
          ) : (
            <Text size="small" leading="compact" className="font-mono">
              {offer.replacement_variant_id}
            </Text>
          )}
        </ClaimField>
      )}
      {offer.suggested_product_ids.length > 0 && (
        <ClaimField label="Suggested products">
          <ul className="flex flex-col gap-y-1">
            {offer.suggested_product_ids.map((id) => (
              <li key={id}>
                <Link to={`/products/${id}`} className={`${LINK_CLASS} font-mono`}>
                  {id}
                </Link>
              </li>
            ))}
          </ul>
        </ClaimField>
      )}
      {offer.note && <ClaimField label="Note">{offer.note}</ClaimField>}
      <ClaimField label="Made">{formatDateTime(offer.made_at)}</ClaimField>
      <ClaimField label={open ? "Expires" : "Was open until"}>
        <div className="flex flex-col gap-y-0.5">
          <Text size="small" leading="compact" className={open && expiry === "expired" ? "text-ui-fg-error" : undefined}>
            {formatDateTime(offer.expires_at)}
          </Text>
          {open && <Subtle>{expiry}</Subtle>}
          {open && claim.offer_reminded_at && <Subtle>{`Customer reminded ${formatDateTime(claim.offer_reminded_at)}`}</Subtle>}
        </div>
      </ClaimField>
      {offer.decided_at && <ClaimField label="Decided">{formatDateTime(offer.decided_at)}</ClaimField>}
      {offer.accepted_option && (
        <ClaimField label="Accepted">{OFFER_OPTION_LABELS[offer.accepted_option] ?? offer.accepted_option}</ClaimField>
      )}
      {offer.status === "accepted" && offer.kind === "trade_in" && (
        <ClaimField label="Device back to the customer">{yesNo(offer.return_device)}</ClaimField>
      )}
      {offer.decline_reason && <ClaimField label="Declined because">{offer.decline_reason}</ClaimField>}
    </ClaimSection>
  )
}
