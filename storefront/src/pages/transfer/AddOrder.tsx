import { Button, Text } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { Section } from "../../components/Page"
import { TextField } from "../../components/Fields"
import { ErrorAlert } from "../../components/PageState"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"

/**
 * Issue 11 s.2: a shopper who checked out as a guest asks, by the order's id, to bring it into
 * their account: Medusa's own order transfer request; the plugin e-mails its link to the order's
 * address, which opens `/account/orders/:id/accept`.
 */
export function AddOrderSection() {
  const { sdk } = useShop()
  const { t } = useLocale()
  const [orderId, setOrderId] = useState("")
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState(false)
  const [error, setError] = useState<unknown>()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(undefined)
    setSent(false)
    try {
      await sdk.store.order.requestTransfer(orderId.trim(), {}, { fields: "id" })
      setSent(true)
      setOrderId("")
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Section title={t.ownership.storefront.addOrderTitle} id="add-order">
      <Text size="small" className="text-ui-fg-subtle">
        {t.ownership.storefront.addOrderIntro}
      </Text>
      <form onSubmit={submit} className="flex flex-col gap-y-2" aria-label={t.ownership.storefront.addOrderTitle}>
        <TextField id="add-order-id" label={t.ownership.storefront.orderIdLabel} value={orderId} onChange={setOrderId} required autoComplete="off" maxLength={100} />
        <div>
          <Button type="submit" size="small" isLoading={busy}>
            {t.ownership.storefront.sendRequest}
          </Button>
        </div>
      </form>
      {sent ? (
        <Text size="small" role="status">
          {t.ownership.storefront.requestSent}
        </Text>
      ) : null}
      {error !== undefined ? <ErrorAlert error={error} /> : null}
    </Section>
  )
}
