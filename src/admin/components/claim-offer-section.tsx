import { Badge, StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useProductNames, useVariantName } from "../hooks/claim-answers"
import {
  expiryLabel,
  formatDateTime,
  formatMoney,
  OFFER_KIND_RULES,
  offerKindLabel,
  OFFER_OPTION_LABELS,
  OFFER_STATUS_COLORS,
  OFFER_STATUS_LABELS,
  TRADE_IN_REASON_LABELS,
  VALUE_BASIS_LABELS,
} from "../lib/format"
import type { WarrantyClaimOffer as Offer, AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimOfferAnswer } from "./claim-answer-drawer"
import { OFFER_BLOCK_LABELS } from "./claim-answer-labels"
import { ClaimField, ClaimList, ClaimSection, yesNo } from "./claim-section"
import { LINK_CLASS } from "../lib/link"

/** A small line under a value. */
const Subtle = ({ children }: { children: string }) => (
  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-pre-line">
    {children}
  </Text>
)

/** R8.2: the replacement by name (stored with the offer; an older offer's is looked up). */
const ReplacementUnit = ({ offer }: { offer: Offer }) => {
  const stored = offer.product_title ?? null
  const { data: looked, isLoading } = useVariantName(stored ? null : offer.replacement_variant_id)
  const productId = offer.product_id ?? looked?.product_id ?? null
  const title = [stored ?? looked?.product_title, offer.product_title ? offer.variant_title : looked?.title].filter(Boolean).join(" · ")
  const sku = offer.product_title ? offer.sku : looked?.sku
  const name = title || (isLoading ? "Loading…" : "A product no longer in the catalogue")
  return (
    <div className="flex flex-col gap-y-0.5">
      {productId && offer.replacement_variant_id ? (
        <Link to={`/products/${productId}/variants/${offer.replacement_variant_id}`} className={LINK_CLASS}>
          {name}
        </Link>
      ) : (
        <Text size="small" leading="compact">
          {name}
        </Text>
      )}
      {sku && <Subtle>{`SKU ${sku}`}</Subtle>}
    </div>
  )
}

/** Suggested products by title, linked to their pages. */
const SuggestedProducts = ({ ids }: { ids: string[] }) => {
  const { data, isLoading } = useProductNames(ids)
  const byId = new Map((data?.products ?? []).map((p) => [p.id, p.title]))
  return (
    <ul className="flex flex-col gap-y-1">
      {ids.map((id) => (
        <li key={id}>
          <Link to={`/products/${id}`} className={LINK_CLASS}>
            {byId.get(id) ?? (isLoading ? "Loading…" : "A product no longer in the catalogue")}
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** R8.2-R8.5: each choice of an open offer and whether the customer can take it now. */
const OptionStates = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const states = claim.offer_options ?? []
  return (
    <ul className="flex flex-col gap-y-1.5">
      {states.map((s) => (
        <li key={s.option} className="flex flex-col gap-y-0.5">
          <div className="flex flex-wrap items-center gap-x-2">
            <Text size="small" leading="compact">
              {OFFER_OPTION_LABELS[s.option] ?? s.option}
            </Text>
            <Badge size="2xsmall" color={s.can_accept ? "green" : "red"}>
              {s.can_accept ? "Can be accepted" : "Cannot be accepted now"}
            </Badge>
          </div>
          {s.reason && <Subtle>{OFFER_BLOCK_LABELS[s.reason] ?? s.reason}</Subtle>}
        </li>
      ))}
    </ul>
  )
}

/** R8.2-R8.5: the offer made to the shopper, how long it stays open and their answer. */
export const ClaimOfferSection = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const offer = claim.offer
  if (!offer) {
    return null
  }
  const open = offer.status === "open"
  const expiry = expiryLabel(offer.expires_at)

  return (
    <ClaimSection
      title="Offer"
      action={
        <div className="flex items-center gap-x-2">
          <ClaimOfferAnswer claim={claim} />
          <StatusBadge color={OFFER_STATUS_COLORS[offer.status] ?? "grey"}>{OFFER_STATUS_LABELS[offer.status] ?? offer.status}</StatusBadge>
        </div>
      }
    >
      <ClaimField label="Kind">
        <Tooltip content={OFFER_KIND_RULES[offer.kind]}>
          <span>{offerKindLabel(offer.kind)}</span>
        </Tooltip>
      </ClaimField>
      <ClaimField label="Customer may choose">
        {open && claim.offer_options ? <OptionStates claim={claim} /> : <ClaimList items={offer.options.map((o) => OFFER_OPTION_LABELS[o] ?? o)} />}
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
        <ClaimField label="Why a trade-in">
          <Tooltip content="R8.5">
            <span>{TRADE_IN_REASON_LABELS[offer.trade_in_reason] ?? offer.trade_in_reason}</span>
          </Tooltip>
        </ClaimField>
      )}
      {offer.replacement_variant_id && (
        <ClaimField label="Replacement unit">
          <ReplacementUnit offer={offer} />
        </ClaimField>
      )}
      {offer.suggested_product_ids.length > 0 && (
        <ClaimField label="Suggested products">
          <SuggestedProducts ids={offer.suggested_product_ids} />
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
      {offer.accepted_option && <ClaimField label="Accepted">{OFFER_OPTION_LABELS[offer.accepted_option] ?? offer.accepted_option}</ClaimField>}
      {offer.status === "accepted" && offer.kind === "trade_in" && <ClaimField label="Device back to the customer">{yesNo(offer.return_device)}</ClaimField>}
      {offer.decline_reason && <ClaimField label="Declined because">{offer.decline_reason}</ClaimField>}
    </ClaimSection>
  )
}
