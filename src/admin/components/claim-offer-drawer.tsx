import { Input, Select, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useClaimOrder } from "../hooks/claim-answers"
import { useDrawerMove } from "../hooks/use-drawer-move"
import {
  OFFER_KINDS,
  offerKindLabel,
  todayDay,
  TRADE_IN_REASON_LABELS,
  TRADE_IN_REASONS,
  VALUE_BASES,
  VALUE_BASIS_LABELS,
} from "../lib/format"
import type {
  AdminMakeWarrantyOfferBody as MakeOfferBody,
  WarrantyOfferKind as OfferKind,
  WarrantyTradeInReason as TradeInReason,
  WarrantyValueBasis as ValueBasis,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { ClaimFormField, MoneyFields } from "./claim-form-field"
import { OfferPaymentNotice, SuggestedProductsField } from "./claim-offer-picker-fields"
import { FormDrawer } from "./form-drawer"
import { type PickedVariant, ProductVariantPicker } from "./product-variant-picker"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

const NO_BASIS = "none"

/** The body's fields a refusal may name (shown next to them). */
const OFFER_FIELDS = ["kind", "replacement_variant_id", "value", "basis", "basis_note", "trade_in_reason", "suggested_product_ids", "expires_at"] as const

/** A YYYY-MM-DD day as the end of that day in the clerk's time zone, as the API's ISO date-time. */
const endOfDay = (day: string): string => new Date(`${day}T23:59:59`).toISOString()

const KIND_HINTS: Record<OfferKind, string> = {
  replacement: "A unit of the same model is sent through an exchange on the original order.",
  valuation: "The shopper chooses: credit for another product, credit toward a dearer one, or a refund.",
  trade_in: "A credit toward another device; the broken one is recycled at no cost.",
}

/**
 * R8.2-R8.5: the resolution offer the shopper accepts or declines. A replacement or a valuation
 * is owed under a free cover; without one only a trade-in can be offered (the API says so).
 * A new offer replaces an open one.
 */
export const ClaimOfferDrawer = ({ claim, open, onOpenChange }: Props) => {
  const freeCover = claim.covers.length > 0 && !claim.exclusion_reason
  const [kind, setKind] = useState<OfferKind>(freeCover ? "replacement" : "trade_in")
  // The claimed unit's own variant by default (R8.2: the same model), shown by name.
  const [variant, setVariant] = useState<PickedVariant | null>(
    claim.variant_id && claim.product_id
      ? {
          id: claim.variant_id,
          title: claim.variant_title ?? null,
          sku: null,
          product_id: claim.product_id,
          product_title: claim.product_title,
          price: null,
        }
      : null
  )
  const [amount, setAmount] = useState("")
  // Empty: the server uses the order's currency, the only one a credit or refund can be in (R8.3).
  const [currency, setCurrency] = useState("")
  const { data: order } = useClaimOrder(claim.order_id)
  const [basis, setBasis] = useState<ValueBasis | null>(null)
  const [basisNote, setBasisNote] = useState("")
  const [tradeInReason, setTradeInReason] = useState<TradeInReason | null>(null)
  const [products, setProducts] = useState<PickedVariant[]>([])
  const [expiresOn, setExpiresOn] = useState("")
  const [note, setNote] = useState("")
  // A refused offer stays in the drawer: each problem next to the field it names (R8.2-R8.5 guards).
  const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, "make_offer", OFFER_FIELDS, {
    success: `Offer sent for ${claim.ticket_number}`,
    onDone: () => onOpenChange(false),
  })
  const [captureError, setCaptureError] = useState<string | null>(null)
  // `value.amount: …` and `value.currency_code: …` go under the money fields.
  const valueError = generalError?.match(/^value\.(amount|currency_code):\s*(.*)$/s) ?? null
  const valueText = valueError ? valueError[2].charAt(0).toUpperCase() + valueError[2].slice(1) : null

  const withValue = kind !== "replacement"
  const parsedAmount = Number(amount)
  const today = todayDay()

  const problems = [
    kind === "replacement" && !variant && "variant",
    withValue && !(amount.trim() !== "" && Number.isFinite(parsedAmount) && parsedAmount > 0) && "amount",
    withValue && currency.trim() !== "" && !/^[a-zA-Z]{3}$/.test(currency.trim()) && "currency",
    kind === "valuation" && !basis && "basis",
    withValue && basis === "market_value" && !basisNote.trim() && "basis note",
    kind === "trade_in" && !tradeInReason && "trade-in reason",
    expiresOn !== "" && expiresOn < today && "expiry",
  ].filter(Boolean)

  const submit = () => {
    const body: MakeOfferBody = { kind }
    if (kind === "replacement") {
      body.replacement_variant_id = variant?.id
    } else {
      body.value = currency.trim() ? { amount: parsedAmount, currency_code: currency.trim().toLowerCase() } : { amount: parsedAmount }
      if (basis) {
        body.basis = basis
      }
      if (basis && basisNote.trim()) {
        body.basis_note = basisNote.trim()
      }
    }
    if (kind === "trade_in" && tradeInReason) {
      body.trade_in_reason = tradeInReason
    }
    if (products.length) {
      body.suggested_product_ids = products.map((p) => p.product_id)
    }
    if (expiresOn) {
      body.expires_at = endOfDay(expiresOn)
    }
    if (note.trim()) {
      body.note = note.trim()
    }
    send(body)
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={claim.offer?.status === "open" ? `New offer for ${claim.ticket_number}` : `Make an offer for ${claim.ticket_number}`}
      description={
        claim.offer?.status === "open"
          ? "It replaces the open offer; the customer is told."
          : "The customer accepts or declines it; if it expires, the device goes back to them."
      }
      submitLabel="Send offer"
      onSubmit={submit}
      isPending={isPending}
      error={(valueError ? null : generalError) ?? captureError}
      submitDisabled={problems.length > 0}
    >
      {order && kind !== "trade_in" && <OfferPaymentNotice order={order} onError={setCaptureError} />}
      <ClaimFormField
        id="claim-offer-kind"
        error={errors.kind}
        label="Kind"
        hint={
          freeCover
            ? KIND_HINTS[kind]
            : `${KIND_HINTS[kind]} No free cover applies to this claim, so only a trade-in can be offered.`
        }
      >
        <Select value={kind} onValueChange={(v) => setKind(v as OfferKind)}>
          <Select.Trigger id="claim-offer-kind" aria-label="Offer kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {OFFER_KINDS.map((k) => (
              <Select.Item key={k} value={k}>
                {offerKindLabel(k)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </ClaimFormField>

      {kind === "replacement" && (
        <ClaimFormField
          id="claim-offer-variant"
          error={errors.replacement_variant_id}
          label="Replacement unit"
          hint="The claimed model, or one of the same model with the same characteristics. It must be in stock."
        >
          <ProductVariantPicker id="claim-offer-variant" label="Replacement unit" currency={order?.currency_code ?? null} value={variant} onChange={setVariant} />
        </ClaimFormField>
      )}

      {withValue && (
        <MoneyFields
          idPrefix="claim-offer"
          label={kind === "trade_in" ? "Credit" : "Value"}
          amount={amount}
          onAmount={setAmount}
          currency={currency}
          onCurrency={setCurrency}
          currencyPlaceholder={order?.currency_code.toUpperCase() ?? "order's"}
          amountError={valueError?.[1] === "amount" ? valueText : null}
          currencyError={valueError?.[1] === "currency_code" ? valueText : null}
        />
      )}

      {withValue && (
        <ClaimFormField id="claim-offer-basis" label="Basis of the value" optional={kind === "trade_in"} error={errors.basis}>
          <Select
            value={basis ?? (kind === "trade_in" ? NO_BASIS : "")}
            onValueChange={(v) => setBasis(v === NO_BASIS ? null : (v as ValueBasis))}
          >
            <Select.Trigger id="claim-offer-basis" aria-label="Basis of the value">
              <Select.Value placeholder="List price or market value" />
            </Select.Trigger>
            <Select.Content>
              {kind === "trade_in" && <Select.Item value={NO_BASIS}>Not stated</Select.Item>}
              {VALUE_BASES.map((b) => (
                <Select.Item key={b} value={b}>
                  {VALUE_BASIS_LABELS[b]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </ClaimFormField>
      )}

      {withValue && basis && (
        <ClaimFormField
          id="claim-offer-basis-note"
          error={errors.basis_note}
          label="Where the value comes from"
          optional={basis !== "market_value"}
          hint={basis === "market_value" ? "Required for a market value: the source and date." : undefined}
        >
          <Textarea id="claim-offer-basis-note" value={basisNote} onChange={(e) => setBasisNote(e.target.value)} />
        </ClaimFormField>
      )}

      {kind === "trade_in" && (
        <ClaimFormField
          id="claim-offer-trade-in-reason"
          error={errors.trade_in_reason}
          label="Why a trade-in"
          hint={
            tradeInReason === "repair_too_costly"
              ? "The quote must cost more than the set share of the credit's value."
              : undefined
          }
        >
          <Select value={tradeInReason ?? ""} onValueChange={(v) => setTradeInReason(v as TradeInReason)}>
            <Select.Trigger id="claim-offer-trade-in-reason" aria-label="Trade-in reason">
              <Select.Value placeholder="Choose a reason" />
            </Select.Trigger>
            <Select.Content>
              {TRADE_IN_REASONS.map((r) => (
                <Select.Item key={r} value={r}>
                  {TRADE_IN_REASON_LABELS[r]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </ClaimFormField>
      )}

      <SuggestedProductsField products={products} onChange={setProducts} currency={order?.currency_code ?? null} error={errors.suggested_product_ids} />

      <ClaimFormField
        id="claim-offer-expires"
        error={errors.expires_at}
        label="Open until"
        optional
        hint="By default the offer stays open for the set number of days (14 unless configured)."
      >
        <Input
          id="claim-offer-expires"
          type="date"
          min={today}
          value={expiresOn}
          onChange={(e) => setExpiresOn(e.target.value)}
        />
      </ClaimFormField>

      <ClaimFormField id="claim-offer-note" label="Note" optional hint="Shown to the customer with the offer.">
        <Textarea id="claim-offer-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
    </FormDrawer>
  )
}
