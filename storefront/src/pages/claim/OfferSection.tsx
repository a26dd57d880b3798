import { Button, Label, RadioGroup, Text } from "@medusajs/ui"
import type { StoreAcceptWarrantyOfferBody, StoreWarrantyClaimDetail, StoreWarrantyOffer, WarrantyOfferOption } from "medusa-plugin-warranty/client"
import { useState } from "react"
import { CheckboxField } from "../../components/Fields"
import { Section } from "../../components/Page"
import { money, momentDay } from "../../lib/format"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"
import type { ClaimAct } from "./actions"

/**
 * R8.2-R8.5: what the shop offers and the choices the API allows (`choices`, `can_accept`,
 * `allowed_moves`); the product picker lists the products staff suggested for a top-up.
 */
export function OfferSection({ claim, offer, act, busy }: { claim: StoreWarrantyClaimDetail; offer: StoreWarrantyOffer; act: ClaimAct; busy: string | null }) {
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const takeable = offer.choices.filter((c) => c.can_accept)
  const [option, setOption] = useState<WarrantyOfferOption | "">(takeable.length === 1 ? takeable[0].option : "")
  const [productId, setProductId] = useState("")
  const [variantId, setVariantId] = useState("")
  const [returnDevice, setReturnDevice] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const product = offer.suggested_products.find((p) => p.id === productId)
  // R8.2-R8.5: the shopper may always say no to an open offer, even when no choice can be taken now.
  const canDecline = offer.status === "open" && claim.allowed_moves.includes("decline_offer")
  const answering = offer.can_accept || canDecline
  const canReturnDevice = claim.allowed_moves.includes("accept_trade_in_return")
  const chosen = offer.choices.find((c) => c.option === option)

  const accept = () => {
    if (!option) {
      setProblem(t.storefront.offer.pickChoice)
      return
    }
    if (option === "credit_with_top_up" && (!productId || ((product?.variants.length ?? 0) > 1 && !variantId))) {
      setProblem(t.storefront.offer.pickProduct)
      return
    }
    setProblem(null)
    const body: StoreAcceptWarrantyOfferBody = { option }
    if (option === "credit_with_top_up") {
      body.product_id = productId
      if (variantId) body.variant_id = variantId
    }
    if (option === "trade_in" && returnDevice) {
      body.return_device = true
    }
    void act("accept_offer", () => warranty.claims.acceptOffer(claim.id, body), t.storefront.offer.acceptedNotice(chosen?.label ?? t.claim.offer_option[option]))
  }

  return (
    <Section title={t.storefront.offer.title} id="offer">
      <Text weight="plus">{t.storefront.offer.kind[offer.kind]}</Text>
      {offer.value ? (
        <Text>
          {t.storefront.offer.value(money(offer.value.amount, offer.value.currency_code, locale))}
          {offer.basis ? ` (${t.storefront.offer.basis[offer.basis]}${offer.basis_note ? `: ${offer.basis_note}` : ""})` : ""}
        </Text>
      ) : null}
      {offer.trade_in_reason ? <Text size="small">{t.storefront.offer.tradeInReason[offer.trade_in_reason]}</Text> : null}
      {offer.note ? <Text size="small">{offer.note}</Text> : null}
      <Text size="small" weight="plus">
        {offer.status === "open" ? t.storefront.offer.openUntil(momentDay(offer.expires_at, locale)) : t.storefront.offer.status[offer.status]}
      </Text>
      {offer.status === "open" && offer.can_accept ? <Text size="small">{t.storefront.offer.silence}</Text> : null}

      {answering ? (
        <div className="flex flex-col gap-y-4">
          <RadioGroup value={option} onValueChange={(v) => setOption(takeable.find((c) => c.option === v)?.option ?? "")} aria-label={t.storefront.offer.choicesLabel} className="flex flex-col gap-2">
            {offer.choices.map((c) => (
              <RadioGroup.ChoiceBox
                key={c.option}
                value={c.option}
                label={c.label}
                disabled={!c.can_accept}
                description={[c.detail, c.can_accept ? null : c.reason_text].filter(Boolean).join(" ")}
              />
            ))}
          </RadioGroup>
          {offer.can_accept ? null : (
            <Text size="small" role="status">
              {t.storefront.offer.noneNow}
            </Text>
          )}

          {option === "credit_with_top_up" ? (
            <fieldset className="flex flex-col gap-y-2">
              <legend className="txt-compact-small-plus mb-2">{t.storefront.offer.productPicker}</legend>
              {offer.suggested_products.length === 0 ? (
                <Text size="small">{t.storefront.offer.noSuggestions}</Text>
              ) : (
                <RadioGroup
                  value={productId}
                  onValueChange={(v) => {
                    setProductId(v)
                    const p = offer.suggested_products.find((x) => x.id === v)
                    setVariantId(p && p.variants.length === 1 ? p.variants[0].id : "")
                  }}
                  className="flex flex-col gap-2"
                >
                  {offer.suggested_products.map((p) => (
                    <div key={p.id} className="shadow-borders-base flex items-center gap-x-2 rounded-md px-3 py-2">
                      <RadioGroup.Item value={p.id} id={`product-${p.id}`} />
                      <Label htmlFor={`product-${p.id}`} size="small" weight="plus" className="cursor-pointer">
                        {p.title}
                      </Label>
                    </div>
                  ))}
                </RadioGroup>
              )}
              {product && product.variants.length > 1 ? (
                <div className="flex flex-col gap-y-1.5">
                  <Label htmlFor="offer-variant" size="small" weight="plus">
                    {t.storefront.offer.variant}
                  </Label>
                  <select
                    id="offer-variant"
                    value={variantId}
                    onChange={(e) => setVariantId(e.target.value)}
                    className="bg-ui-bg-field shadow-borders-base txt-compact-small text-ui-fg-base h-8 rounded-md px-2"
                  >
                    <option value="">{t.storefront.offer.chooseVariant}</option>
                    {product.variants.map((v) => (
                      <option key={v.id} value={v.id}>
                        {v.title ?? v.id}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </fieldset>
          ) : null}

          {option === "trade_in" && canReturnDevice ? (
            <CheckboxField id="return_device" label={t.storefront.offer.returnDevice} detail={t.storefront.offer.returnDeviceDetail} checked={returnDevice} onChange={setReturnDevice} />
          ) : null}

          {problem ? (
            <Text size="small" role="alert" className="text-ui-fg-error">
              {problem}
            </Text>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {offer.can_accept ? (
              <Button isLoading={busy === "accept_offer"} disabled={busy !== null} onClick={accept}>
                {chosen ? t.storefront.offer.acceptChoice(chosen.label) : t.storefront.offer.accept}
              </Button>
            ) : null}
            {canDecline ? (
              <Button variant="secondary" isLoading={busy === "decline_offer"} disabled={busy !== null} onClick={() => act("decline_offer", () => warranty.claims.declineOffer(claim.id), t.storefront.offer.declinedNotice)}>
                {t.storefront.offer.decline}
              </Button>
            ) : null}
          </div>
          {canDecline ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t.storefront.offer.declineMeans}
            </Text>
          ) : null}
        </div>
      ) : offer.accepted_option ? (
        <Text size="small">{t.storefront.offer.youChose(offer.choices.find((c) => c.option === offer.accepted_option)?.label ?? t.claim.offer_option[offer.accepted_option])}</Text>
      ) : null}
    </Section>
  )
}
