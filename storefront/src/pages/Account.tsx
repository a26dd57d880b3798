import { Button, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { ClaimStatusBadge } from "../components/ClaimStatus"
import { Page, Section } from "../components/Page"
import { Loaded } from "../components/PageState"
import { useAuth } from "../lib/auth"
import { day, money } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"
import { AddOrderSection } from "./transfer/AddOrder"
import { MyCardsSection } from "./transfer/MyCards"

/** `/account`: who is signed in, their orders (each with its cards) and their claims. */
export function AccountPage() {
  const { sdk, warranty } = useShop()
  const { t, locale } = useLocale()
  const { signOut } = useAuth()
  const navigate = useNavigate()
  const state = useLoad(async () => {
    const [{ customer }, { orders }, { warranty_claims }] = await Promise.all([
      sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name" }),
      sdk.store.order.list({ fields: "id,display_id,created_at,total,currency_code,status,*items", order: "-created_at", limit: 50 }),
      warranty.claims.list({ limit: 50 }),
    ])
    return { customer, orders, claims: warranty_claims }
  }, [locale])

  return (
    <Loaded state={state} title={t.storefront.account.title}>
      {({ customer, orders, claims }) => (
        <Page
          title={t.storefront.account.title}
          subtitle={t.storefront.account.signedInAs([customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email, customer.email)}
          actions={
            <Button
              variant="secondary"
              onClick={async () => {
                await signOut()
                navigate("/")
              }}
            >
              {t.storefront.nav.signOut}
            </Button>
          }
        >
          <Section title={t.storefront.account.ordersTitle} id="orders">
            {orders.length === 0 ? <Text>{t.storefront.account.noOrders}</Text> : null}
            <ul className="divide-ui-border-base flex flex-col divide-y">
              {orders.map((o) => (
                <li key={o.id} className="flex flex-col gap-y-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="flex flex-col">
                    <Link to={`/account/orders/${o.id}`} className="text-sf-link txt-medium-plus underline">
                      {t.storefront.account.orderLink(o.display_id ?? o.id)}
                    </Link>
                    <Text size="small" className="text-ui-fg-subtle">
                      {day(String(o.created_at).slice(0, 10), locale)} · {(o.items ?? []).map((i) => i.product_title ?? i.title).join(", ")}
                    </Text>
                  </div>
                  <Text weight="plus">{money(o.total, o.currency_code, locale)}</Text>
                </li>
              ))}
            </ul>
          </Section>
          <MyCardsSection />
          <AddOrderSection />
          <Section title={t.storefront.account.claimsTitle} id="claims">
            {claims.length === 0 ? <Text>{t.storefront.account.noClaims}</Text> : null}
            <ul className="divide-ui-border-base flex flex-col divide-y">
              {claims.map((c) => (
                <li key={c.id} className="flex flex-col gap-y-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="flex flex-col">
                    <Link to={`/account/claims/${c.id}`} className="text-sf-link txt-medium-plus underline">
                      {t.storefront.account.claimLink(c.ticket_number, c.product_title)}
                    </Link>
                    <Text size="small" className="text-ui-fg-subtle">
                      {t.storefront.account.filedOn(day(c.filed_on, locale))}
                      {c.due_on ? ` · ${t.storefront.claim.dueOn(day(c.due_on, locale))}` : ""}
                    </Text>
                  </div>
                  <ClaimStatusBadge status={c.status} label={c.status_label} />
                </li>
              ))}
            </ul>
          </Section>
        </Page>
      )}
    </Loaded>
  )
}
