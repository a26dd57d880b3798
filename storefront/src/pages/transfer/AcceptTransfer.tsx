import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams, useSearchParams } from "react-router-dom"
import { Page } from "../../components/Page"
import { ErrorAlert } from "../../components/PageState"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"

type Texts = { title: string; intro: string; button: string; done: string; next: string; to: string }

/** The page an e-mailed transfer link opens: the token from the link, one button, the answer in words. */
function AcceptPage({ texts, accept }: { texts: Texts; accept: (token: string) => Promise<string | void> }) {
  const { t } = useLocale()
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string>()
  const [error, setError] = useState<unknown>()

  const run = async () => {
    setBusy(true)
    setError(undefined)
    try {
      setDone((await accept(token)) || texts.done)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Page title={texts.title}>
      {!token ? (
        <Text>{t.ownership.storefront.missingToken}</Text>
      ) : done ? (
        <div className="flex flex-col gap-y-2">
          <Text role="status">{done}</Text>
          <Link to={texts.to} className="text-sf-link txt-medium underline">
            {texts.next}
          </Link>
        </div>
      ) : (
        <div className="flex flex-col gap-y-3">
          <Text className="text-ui-fg-subtle">{texts.intro}</Text>
          <div>
            <Button onClick={run} isLoading={busy}>
              {texts.button}
            </Button>
          </div>
        </div>
      )}
      {error !== undefined ? <ErrorAlert error={error} /> : null}
    </Page>
  )
}

/** `/account/orders/:id/accept?token=`: Medusa's order transfer, accepted with the e-mailed token (issue 11 s.2). */
export function AcceptOrderTransferPage() {
  const { id = "" } = useParams()
  const { sdk } = useShop()
  const { t } = useLocale()
  return (
    <AcceptPage
      texts={{ title: t.ownership.storefront.acceptOrderTitle, intro: t.ownership.storefront.acceptOrderIntro, button: t.ownership.storefront.acceptOrder, done: t.ownership.storefront.orderAccepted, next: t.ownership.storefront.openAccount, to: "/account" }}
      accept={async (token) => {
        await sdk.store.order.acceptTransfer(id, { token }, { fields: "id" })
      }}
    />
  )
}

/** `/account/cards/:id/accept?token=`: the new owner takes a warranty card (issue 11 s.3). */
export function AcceptCardTransferPage() {
  const { id = "" } = useParams()
  const { warranty } = useShop()
  const { t } = useLocale()
  return (
    <AcceptPage
      texts={{ title: t.ownership.storefront.acceptCardTitle, intro: t.ownership.storefront.acceptCardIntro, button: t.ownership.storefront.acceptCard, done: "", next: t.ownership.storefront.openCard, to: `/account/cards/${id}` }}
      accept={async (token) => t.ownership.storefront.cardAccepted((await warranty.cards.acceptTransfer(id, { token })).warranty_card.card_number)}
    />
  )
}
