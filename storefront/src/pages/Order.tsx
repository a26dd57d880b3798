import { Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { Page, Section } from "../components/Page"
import { Loaded } from "../components/PageState"
import { WarrantyCardView } from "../components/WarrantyCardView"
import { day, money } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { ownOrder } from "../lib/orders"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"

/** The shopper sees the battery readings on each card of the order. */
const CARD_FIELDS = [
  "+battery_health_records.id",
  "+battery_health_records.percent",
  "+battery_health_records.measured_at",
  "+battery_health_records.source",
  "+battery_health_records.battery_kind",
].join(",")

/** `/account/orders/:id`: the order and one warranty card per unit, with its claims. */
export function OrderPage() {
  const { id = "" } = useParams()
  const { sdk, warranty } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(async () => {
    const [order, { warranty_cards }, { warranty_claims }] = await Promise.all([
      ownOrder(sdk, id, "id,display_id,created_at,email,total,shipping_total,currency_code,*items,*shipping_address,*shipping_methods"),
      warranty.cards.list({ order_id: id, fields: CARD_FIELDS, limit: 100, order: "card_number" }),
      warranty.claims.list({ order_id: id, limit: 100 }),
    ])
    return { order, cards: warranty_cards, claims: warranty_claims }
  }, [id, locale])

  return (
    <Loaded state={state} title={t.storefront.order.loadingTitle} notFound={t.storefront.order.notFound}>
      {({ order, cards, claims }) => {
        const address = order.shipping_address
        return (
          <Page title={t.storefront.order.title(order.display_id ?? order.id)} subtitle={t.storefront.order.placedOn(day(String(order.created_at).slice(0, 10), locale))}>
            <Section title={t.storefront.order.summaryTitle} id="summary">
              <ul className="flex flex-col gap-y-1">
                {(order.items ?? []).map((i) => (
                  <li key={i.id} className="flex justify-between gap-x-4">
                    <Text>
                      {i.product_title ?? i.title} {i.variant_title ? `· ${i.variant_title}` : ""} × {Number(i.quantity)}
                    </Text>
                    <Text>{money(i.total, order.currency_code, locale)}</Text>
                  </li>
                ))}
              </ul>
              <Text weight="plus">{t.storefront.order.total(money(order.total, order.currency_code, locale))}</Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t.storefront.order.delivery((order.shipping_methods ?? []).map((m) => m.name).join(", ") || "–", money(order.shipping_total, order.currency_code, locale))}
              </Text>
              {address?.address_1 ? (
                <Text size="small" className="text-ui-fg-subtle">
                  {[address.first_name && `${address.first_name} ${address.last_name ?? ""}`.trim(), address.address_1, address.address_2, address.postal_code, address.city]
                    .filter(Boolean)
                    .join(", ")}
                </Text>
              ) : null}
            </Section>
            <Section title={t.storefront.order.cardsTitle} id="cards">
              <Text size="small" className="text-ui-fg-subtle">
                {t.storefront.order.cardsIntro}
              </Text>
              {cards.length === 0 ? <Text>{t.storefront.order.noCards}</Text> : null}
              <div className="flex flex-col gap-y-3">
                {cards.map((c) => (
                  <WarrantyCardView key={c.id} card={c} claims={claims.filter((cl) => cl.warranty_card_id === c.id)} />
                ))}
              </div>
            </Section>
          </Page>
        )
      }}
    </Loaded>
  )
}
