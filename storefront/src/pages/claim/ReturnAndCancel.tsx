import { Button, Text } from "@medusajs/ui"
import type { StoreWarrantyClaimDetail } from "medusa-plugin-warranty/client"
import { useState, type FormEvent } from "react"
import { AddressFields, addressBody, addressFrom, type AddressValue } from "../../components/AddressFields"
import { TextAreaField, TextField } from "../../components/Fields"
import { Section } from "../../components/Page"
import { moment } from "../../lib/format"
import { useLocale } from "../../lib/i18n"
import { useShop } from "../../lib/shop"
import type { ClaimAct } from "./actions"

/** Where the service sends the device when it is done: asked when `ready` (R7.4) or after a decline. */
const ASKED_IN = ["awaiting_return_details", "returning", "rejected", "unrepairable"]

/** R7.4: the return details the shopper confirmed, the parcel sent back, and the form to give them. */
export function ReturnSection({ claim, act, busy }: { claim: StoreWarrantyClaimDetail; act: ClaimAct; busy: string | null }) {
  const { warranty } = useShop()
  const { t, locale } = useLocale()
  const allowed = claim.allowed_moves.includes("confirm_return_details")
  const from = claim.return_details ?? { name: claim.contact.name, phone: claim.contact.phone, address: claim.contact.address }
  const [name, setName] = useState(from.name)
  const [phone, setPhone] = useState(from.phone)
  const [address, setAddress] = useState<AddressValue>(addressFrom(from.address))
  const [open, setOpen] = useState(ASKED_IN.includes(claim.status) && !claim.return_details)
  const shipment = claim.return_shipment
  if (!allowed && !claim.return_details && !shipment) {
    return null
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const ok = await act(
      "return_details",
      () => warranty.claims.returnDetails(claim.id, { name: name.trim(), phone: phone.trim(), address: addressBody(address) }),
      t.storefront.returns.savedNotice
    )
    if (ok) {
      setOpen(false)
    }
  }
  const saved = claim.return_details
  return (
    <Section title={t.storefront.returns.title} id="return">
      {shipment ? (
        <Text>
          {t.storefront.returns.shipped(shipment.carrier, shipment.tracking_number, moment(shipment.shipped_at, locale))}{" "}
          {shipment.paid_by === "shop" ? t.storefront.returns.paidByShop : t.storefront.returns.paidByYou}
        </Text>
      ) : null}
      {saved ? (
        <div className="flex flex-col gap-y-0.5">
          <Text size="small" weight="plus">
            {t.storefront.returns.confirmed(moment(saved.confirmed_at, locale))}
          </Text>
          <Text size="small">
            {saved.name} · {saved.phone}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {[saved.address.address_1, saved.address.address_2, saved.address.postal_code, saved.address.city].filter(Boolean).join(", ")}
          </Text>
        </div>
      ) : allowed ? (
        <Text size="small">{ASKED_IN.includes(claim.status) ? t.storefront.returns.askedNow : t.storefront.returns.askLater}</Text>
      ) : null}
      {allowed && !open ? (
        <div>
          <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
            {saved ? t.storefront.returns.change : t.storefront.returns.give}
          </Button>
        </div>
      ) : null}
      {allowed && open ? (
        <form onSubmit={submit} className="flex flex-col gap-y-3">
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
            <TextField id="return-name" label={t.storefront.returns.name} value={name} onChange={setName} required autoComplete="name" />
            <TextField id="return-phone" type="tel" label={t.storefront.returns.phone} value={phone} onChange={setPhone} required autoComplete="tel" />
          </div>
          <AddressFields idPrefix="return" value={address} onChange={setAddress} countries={[{ code: "ro", name: t.storefront.address.romania }]} />
          <div>
            <Button type="submit" isLoading={busy === "return_details"} disabled={busy !== null}>
              {t.storefront.returns.submit}
            </Button>
          </div>
        </form>
      ) : null}
    </Section>
  )
}

/** Before intake the shopper may withdraw the claim (only when the API allows `cancel`). */
export function CancelSection({ claim, act, busy }: { claim: StoreWarrantyClaimDetail; act: ClaimAct; busy: string | null }) {
  const { warranty } = useShop()
  const { t } = useLocale()
  const [reason, setReason] = useState("")
  if (!claim.allowed_moves.includes("cancel")) {
    return null
  }
  return (
    <Section title={t.storefront.cancel.title} id="cancel">
      <Text size="small">{t.storefront.cancel.intro}</Text>
      <TextAreaField id="cancel-reason" label={t.storefront.cancel.reason} value={reason} onChange={setReason} maxLength={1000} />
      <div>
        <Button
          variant="danger"
          isLoading={busy === "cancel"}
          disabled={busy !== null}
          onClick={() => act("cancel", () => warranty.claims.cancel(claim.id, reason.trim() ? { reason: reason.trim() } : {}), t.storefront.cancel.notice)}
        >
          {t.storefront.cancel.submit}
        </Button>
      </div>
    </Section>
  )
}
