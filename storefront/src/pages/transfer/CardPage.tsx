import { useParams } from "react-router-dom"
import { Page } from "../../components/Page"
import { Loaded } from "../../components/PageState"
import { WarrantyCardView } from "../../components/WarrantyCardView"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"
import { useLoad } from "../../lib/use-load"

const CARD_FIELDS = "+battery_health_records.id,+battery_health_records.percent,+battery_health_records.measured_at,+battery_health_records.source,+battery_health_records.battery_kind"

/**
 * `/account/cards/:id`: one card the shopper holds, also one handed to them by a previous owner
 * (whose order is not theirs to see), with its claims.
 */
export function CardPage() {
  const { id = "" } = useParams()
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(async () => {
    const [{ warranty_card }, { warranty_claims }] = await Promise.all([
      warranty.cards.retrieve(id, { fields: CARD_FIELDS }),
      warranty.claims.list({ warranty_card_id: id, limit: 100 }),
    ])
    return { card: warranty_card, claims: warranty_claims }
  }, [id, locale])
  return (
    <Loaded state={state} title={t.ownership.storefront.myCardsTitle} notFound={t.ownership.storefront.cardNotFound}>
      {({ card, claims }) => (
        <Page title={t.ownership.storefront.cardTitle(card.card_number)}>
          <WarrantyCardView card={card} claims={claims} />
        </Page>
      )}
    </Loaded>
  )
}
