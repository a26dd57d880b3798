import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { CardStatusBadge } from "../../components/ClaimStatus"
import { Section } from "../../components/Page"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"
import { useLoad } from "../../lib/use-load"

/** The account's cards, those of its orders and those handed to it (issue 11 s.2, s.3). */
export function MyCardsSection() {
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(() => warranty.cards.list({ limit: 100 }), [locale])
  const cards = state.data?.warranty_cards ?? []
  return (
    <Section title={t.ownership.storefront.myCardsTitle} id="cards">
      <Text size="small" className="text-ui-fg-subtle">
        {t.ownership.storefront.myCardsIntro}
      </Text>
      {state.data && cards.length === 0 ? <Text>{t.ownership.storefront.noMyCards}</Text> : null}
      <ul className="divide-ui-border-base flex flex-col divide-y">
        {cards.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Link to={`/account/cards/${c.id}`} className="text-sf-link txt-medium-plus underline">
              {t.ownership.storefront.cardLink(c.card_number, c.product_title)}
            </Link>
            <CardStatusBadge status={c.status} />
          </li>
        ))}
      </ul>
    </Section>
  )
}
