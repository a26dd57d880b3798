import { CheckCircleSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { Page } from "../components/Page"
import { Loaded } from "../components/PageState"
import { money } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { ownOrder } from "../lib/orders"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"

export function OrderConfirmedPage() {
  const { id = "" } = useParams()
  const { sdk } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(() => ownOrder(sdk, id, "id,display_id,email,total,currency_code"), [id])
  return (
    <Loaded state={state} title={t.storefront.confirmed.title} notFound={t.storefront.order.notFound}>
      {(order) => (
        <Page title={t.storefront.confirmed.title}>
          <div className="bg-ui-bg-base shadow-elevation-card-rest flex flex-col gap-y-3 rounded-lg p-4 md:p-6">
            <div className="flex items-center gap-x-2">
              <CheckCircleSolid className="text-ui-tag-green-icon" aria-hidden="true" />
              <Text size="large" weight="plus">
                {t.storefront.confirmed.placed(order.display_id ?? order.id)}
              </Text>
            </div>
            <Text>{t.storefront.confirmed.total(money(order.total, order.currency_code, locale))}</Text>
            <Text>{t.storefront.confirmed.email(order.email ?? "")}</Text>
            <Text className="text-ui-fg-subtle">{t.storefront.confirmed.cards}</Text>
            <div>
              <Link to={`/account/orders/${order.id}`} className="text-sf-link txt-medium-plus underline">
                {t.storefront.confirmed.viewOrder}
              </Link>
            </div>
          </div>
        </Page>
      )}
    </Loaded>
  )
}
