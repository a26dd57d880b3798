import { Button, Text } from "@medusajs/ui"
import type { StoreWarrantyCardTransferStateResponse } from "medusa-plugin-warranty/client"
import { useState, type FormEvent } from "react"
import { day } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"
import { TextField } from "./Fields"
import { ErrorAlert } from "./PageState"

/**
 * Issue 11 s.3: the owner hands the card to a new owner by e-mail, or takes back the open
 * transfer. Hidden when the shop does not transfer cards, and while a claim on the card is open.
 */
export function CardTransferSection({ cardId, claimOpen }: { cardId: string; claimOpen: boolean }) {
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(() => warranty.cards.transfer(cardId), [cardId])
  const [formOpen, setFormOpen] = useState(false)
  const [email, setEmail] = useState("")
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const [notice, setNotice] = useState<string>()

  const run = async (call: () => Promise<StoreWarrantyCardTransferStateResponse["warranty_card_transfer"]>, done?: string) => {
    setBusy(true)
    setError(undefined)
    try {
      const transfer = await call()
      state.setData({ card_transfers: true, warranty_card_transfer: transfer })
      setNotice(done)
      setFormOpen(false)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  const send = (e: FormEvent) => {
    e.preventDefault()
    void run(async () => (await warranty.cards.requestTransfer(cardId, { email: email.trim() })).warranty_card_transfer)
  }

  if (!state.data || claimOpen) {
    return null
  }
  if (!state.data.card_transfers) {
    // The shop turned transfers off (Settings -> Warranty or the plugin option): say so, no button.
    return (
      <div className="border-ui-border-base border-t pt-3">
        <Text size="small" className="text-ui-fg-subtle">
          {t.ownership.storefront.transfersOff}
        </Text>
      </div>
    )
  }
  const pending = state.data.warranty_card_transfer
  return (
    <div className="border-ui-border-base flex flex-col gap-y-2 border-t pt-3">
      {notice ? <Text size="small">{notice}</Text> : null}
      {pending ? (
        <div className="flex flex-wrap items-center gap-2">
          <Text size="small">{t.ownership.storefront.transferPending(pending.email, day(pending.expires_at.slice(0, 10), locale))}</Text>
          <Button size="small" variant="secondary" isLoading={busy} onClick={() => run(async () => (await warranty.cards.cancelTransfer(cardId)).warranty_card_transfer, t.ownership.storefront.transferCanceled)}>
            {t.ownership.storefront.cancelTransfer}
          </Button>
        </div>
      ) : formOpen ? (
        <form onSubmit={send} className="flex flex-col gap-y-2" aria-label={t.ownership.storefront.transferTitle}>
          <Text size="small" weight="plus">
            {t.ownership.storefront.transferTitle}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t.ownership.storefront.transferIntro}
          </Text>
          <TextField id={`transfer-email-${cardId}`} label={t.ownership.storefront.emailLabel} type="email" value={email} onChange={setEmail} required autoComplete="off" />
          <div>
            <Button size="small" type="submit" isLoading={busy}>
              {t.ownership.storefront.sendTransfer}
            </Button>
          </div>
        </form>
      ) : (
        <div>
          <Button size="small" variant="secondary" onClick={() => setFormOpen(true)}>
            {t.ownership.storefront.transferTitle}
          </Button>
        </div>
      )}
      {error !== undefined ? <ErrorAlert error={error} /> : null}
    </div>
  )
}
