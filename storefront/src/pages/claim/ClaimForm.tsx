import { Button, RadioGroup, Text } from "@medusajs/ui"
import type { StoreWarrantyCardDetail, WarrantyClaimDeliveryMethod, WarrantyDefectCode, WarrantyEligibility } from "medusa-plugin-warranty/client"
import { useEffect, useMemo, useState, type FormEvent } from "react"
import { Link, useNavigate, useParams } from "react-router-dom"
import { AddressFields, addressBody, addressFrom, type AddressValue } from "../../components/AddressFields"
import { CheckboxField, TextAreaField, TextField } from "../../components/Fields"
import { Page, Section } from "../../components/Page"
import { ErrorAlert, Loaded } from "../../components/PageState"
import { useLocale } from "../../lib/i18n"
import { ownOrder } from "../../lib/orders"
import { useShop } from "../../lib/shop"
import { useLoad } from "../../lib/use-load"
import { PhotoPicker } from "./ClaimPhotos"
import { EligibilityAnswer } from "./Eligibility"

type Prefill = { name: string; phone: string; address: AddressValue }

type Loaded = { card: StoreWarrantyCardDetail; prefill: Prefill; orderLabel: string | number }

/** `/account/cards/:id/claim`: file a claim on one unit's card (R5, R6, R11.3). */
export function ClaimFormPage() {
  const { id = "" } = useParams()
  const { sdk, warranty } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(async (): Promise<Loaded> => {
    const { warranty_card: card } = await warranty.cards.retrieve(id)
    // R6.5: the label's contact block starts from the order's shipping address.
    const order = await ownOrder(sdk, card.order_id, "id,display_id,*shipping_address")
    const a = order.shipping_address
    return {
      card,
      orderLabel: order.display_id ?? order.id,
      prefill: {
        name: [a?.first_name, a?.last_name].filter(Boolean).join(" "),
        phone: a?.phone ?? "",
        address: addressFrom(a),
      },
    }
  }, [id, locale])
  return (
    <Loaded state={state} title={t.storefront.claimForm.title} notFound={t.storefront.claimForm.notFound}>
      {(data) => <ClaimForm {...data} />}
    </Loaded>
  )
}

function ClaimForm({ card, prefill, orderLabel }: Loaded) {
  const { warranty } = useShop()
  const { t } = useLocale()
  const navigate = useNavigate()
  // R5.2: an accessory's list is the single manufacturing-defect choice: it is the claim.
  const single = card.kind === "accessory"
  const [defects, setDefects] = useState<WarrantyDefectCode[]>(single ? [card.covered[0].code] : [])
  const [description, setDescription] = useState("")
  const [delivery, setDelivery] = useState<WarrantyClaimDeliveryMethod>("courier")
  const [name, setName] = useState(prefill.name)
  const [person, setPerson] = useState(prefill.name)
  const [phone, setPhone] = useState(prefill.phone)
  const [address, setAddress] = useState<AddressValue>(prefill.address)
  const [acks, setAcks] = useState({ data_backup: false, lock_removed: false, films_removed: false, accessories_included: false })
  const [accessories, setAccessories] = useState("")
  const [eligibility, setEligibility] = useState<{ key: string; value: WarrantyEligibility } | null>(null)
  const [eligibilityError, setEligibilityError] = useState<unknown>()
  const [paidAccepted, setPaidAccepted] = useState(false)
  const [photos, setPhotos] = useState<File[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const [problems, setProblems] = useState<string[]>([])
  const chosen = useMemo(() => [...defects].sort(), [defects])
  const accessoryList = useMemo(
    () =>
      accessories
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    [accessories]
  )
  const key = chosen.join(",")

  // R11.3: before filing, the API says which covers apply to exactly these defects today.
  useEffect(() => {
    if (!key) {
      setEligibility(null)
      return
    }
    let live = true
    const timer = window.setTimeout(() => {
      warranty.cards.eligibility(card.id, { defects: chosen }).then(
        ({ eligibility: value }) => {
          if (live) {
            setEligibility({ key, value })
            setEligibilityError(undefined)
          }
        },
        (e: unknown) => live && setEligibilityError(e)
      )
    }, 250)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [warranty, card.id, key])
  const answer = eligibility?.key === key ? eligibility.value : null

  const toggle = (code: WarrantyDefectCode, on: boolean) => setDefects((d) => (on ? [...d, code] : d.filter((x) => x !== code)))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const missing: string[] = []
    if (!defects.length) missing.push(t.storefront.claimForm.missingDefects)
    if (!description.trim()) missing.push(t.storefront.claimForm.missingDescription)
    if (!acks.data_backup || !acks.lock_removed || !acks.films_removed) missing.push(t.storefront.claimForm.missingAcks)
    if (!answer) missing.push(t.storefront.claimForm.missingEligibility)
    else if (!answer.fileable) missing.push(t.storefront.claimForm.notFileable)
    else if (!answer.covered && !paidAccepted) missing.push(t.storefront.claimForm.missingPaid)
    setProblems(missing)
    if (missing.length) {
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const { warranty_claim } = await warranty.claims.create({
        warranty_card_id: card.id,
        defects,
        description: description.trim(),
        delivery_method: delivery,
        contact: { name: name.trim(), contact_person: person.trim() || name.trim(), phone: phone.trim(), address: addressBody(address) },
        acknowledgements: { data_backup: true, lock_removed: true, films_removed: true, accessories_included: acks.accessories_included, ...(accessoryList.length ? { accessories: accessoryList } : {}) },
        ...(answer && !answer.covered ? { paid_service_accepted: paidAccepted } : {}),
      })
      // R11.4: the photos go right after filing; the claim stands even when they fail.
      const sent = photos.length ? await warranty.claims.addPhotos(warranty_claim.id, photos).then(() => true, () => false) : true
      navigate(`/account/claims/${warranty_claim.id}?filed=1${sent ? "" : "&photos=failed"}`)
    } catch (err) {
      setError(err)
      setBusy(false)
    }
  }

  return (
    <Page
      title={t.storefront.claimForm.title}
      subtitle={t.storefront.claimForm.subtitle(card.product_title, card.card_number, orderLabel)}
      actions={
        <Link to={`/account/orders/${card.order_id}`} className="text-sf-link txt-compact-medium underline">
          {t.storefront.claimForm.backToOrder}
        </Link>
      }
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        <Section title={t.storefront.claimForm.defectsTitle} id="defects">
          {single ? (
            <>
              <Text size="small" className="text-ui-fg-subtle">
                {t.storefront.claimForm.accessoryIntro}
              </Text>
              <CheckboxField id={`defect-${card.covered[0].code}`} label={card.covered[0].label} checked={defects.length === 1} onChange={(on) => toggle(card.covered[0].code, on)} />
            </>
          ) : (
            <fieldset className="flex flex-col gap-y-2">
              <legend className="txt-compact-small text-ui-fg-subtle mb-2">{t.storefront.claimForm.defectsIntro}</legend>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {card.covered.map((c) => (
                  <CheckboxField key={c.code} id={`defect-${c.code}`} label={c.label} checked={defects.includes(c.code)} onChange={(on) => toggle(c.code, on)} />
                ))}
              </div>
            </fieldset>
          )}
          <TextAreaField id="description" label={t.storefront.claimForm.description} hint={t.storefront.claimForm.descriptionHint} value={description} onChange={setDescription} required maxLength={2000} />
        </Section>

        <PhotoPicker files={photos} onChange={setPhotos} />

        <Section title={t.storefront.claimForm.eligibilityTitle} id="eligibility">
          {!key ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t.storefront.claimForm.pickDefects}
            </Text>
          ) : eligibilityError !== undefined ? (
            <ErrorAlert error={eligibilityError} />
          ) : answer ? (
            <EligibilityAnswer eligibility={answer} paidAccepted={paidAccepted} onPaidAccepted={setPaidAccepted} />
          ) : (
            <Text size="small" role="status" className="text-ui-fg-subtle">
              {t.storefront.claimForm.checking}
            </Text>
          )}
        </Section>

        <Section title={t.claim_label.field.hand_in_title} id="delivery">
          <RadioGroup value={delivery} onValueChange={(v) => setDelivery(v === "drop_off" ? "drop_off" : "courier")} aria-label={t.claim_label.field.hand_in_title} className="flex flex-col gap-2">
            {/* R6.2: shipping is the shopper's, both ways; cash on delivery is refused. */}
            <RadioGroup.ChoiceBox value="courier" label={t.storefront.claimForm.courier} description={t.claim_label.no_cash_on_delivery} />
            <RadioGroup.ChoiceBox value="drop_off" label={t.storefront.claimForm.dropOff} description={t.storefront.claimForm.dropOffDetail} />
          </RadioGroup>
        </Section>

        <Section title={t.storefront.claimForm.contactTitle} id="contact">
          <Text size="small" className="text-ui-fg-subtle">
            {t.storefront.claimForm.contactIntro}
          </Text>
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
            <TextField id="contact-name" label={t.storefront.claimForm.senderName} value={name} onChange={setName} required autoComplete="name" />
            <TextField id="contact-person" label={t.storefront.claimForm.contactPerson} value={person} onChange={setPerson} required />
            <TextField id="contact-phone" type="tel" label={t.storefront.claimForm.phone} value={phone} onChange={setPhone} required autoComplete="tel" />
          </div>
          <AddressFields idPrefix="contact" value={address} onChange={setAddress} countries={[{ code: "ro", name: t.storefront.address.romania }]} />
        </Section>

        {/* R6.3, R6.4: the words the parcel label prints, so what is ticked here is what it says. */}
        <Section title={t.claim_label.field.checklist_title} id="checklist">
          <Text size="small" className="text-ui-fg-subtle">
            {t.storefront.claimForm.checklistIntro}
          </Text>
          <CheckboxField id="ack-data_backup" label={t.claim_label.checklist.data_backup} checked={acks.data_backup} onChange={(v) => setAcks({ ...acks, data_backup: v })} />
          <CheckboxField id="ack-lock_removed" label={t.claim_label.checklist.lock_removed} checked={acks.lock_removed} onChange={(v) => setAcks({ ...acks, lock_removed: v })} />
          <CheckboxField id="ack-films_removed" label={t.claim_label.checklist.films_removed} checked={acks.films_removed} onChange={(v) => setAcks({ ...acks, films_removed: v })} />
          <TextField id="accessories" label={t.storefront.claimForm.accessoriesList} hint={t.storefront.claimForm.accessoriesHint} value={accessories} onChange={setAccessories} />
          <CheckboxField
            id="ack-accessories_included"
            label={t.claim_label.accessories_included(accessoryList)}
            checked={acks.accessories_included}
            onChange={(v) => setAcks({ ...acks, accessories_included: v })}
          />
        </Section>

        {problems.length ? (
          <div role="alert" className="bg-ui-bg-base border-ui-tag-red-border rounded-lg border p-3">
            <Text size="small" weight="plus">
              {t.storefront.claimForm.fixFirst}
            </Text>
            <ul className="txt-small list-disc pl-4">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {error !== undefined ? <ErrorAlert error={error} /> : null}
        <div>
          <Button type="submit" size="large" isLoading={busy} className="w-full md:w-fit">
            {t.storefront.claimForm.submit}
          </Button>
        </div>
      </form>
    </Page>
  )
}
