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
    <Loaded state={state} title={t.claimForm.title} notFound={t.claimForm.notFound}>
      {(data) => <ClaimForm {...data} />}
    </Loaded>
  )
}

function ClaimForm({ card, prefill, orderLabel }: Loaded) {
  const { warranty } = useShop()
  const { t } = useLocale()
  const navigate = useNavigate()
  // R5.2: an accessory's list is the single manufacturing-defect choice: it is the claim.
  const single = card.covered.length === 1
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
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>()
  const [problems, setProblems] = useState<string[]>([])
  const chosen = useMemo(() => [...defects].sort(), [defects])
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
    if (!defects.length) missing.push(t.claimForm.missingDefects)
    if (!description.trim()) missing.push(t.claimForm.missingDescription)
    if (!acks.data_backup || !acks.lock_removed || !acks.films_removed) missing.push(t.claimForm.missingAcks)
    if (!answer) missing.push(t.claimForm.missingEligibility)
    else if (!answer.fileable) missing.push(t.claimForm.notFileable)
    else if (!answer.covered && !paidAccepted) missing.push(t.claimForm.missingPaid)
    setProblems(missing)
    if (missing.length) {
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const list = accessories
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
      const { warranty_claim } = await warranty.claims.create({
        warranty_card_id: card.id,
        defects,
        description: description.trim(),
        delivery_method: delivery,
        contact: { name: name.trim(), contact_person: person.trim() || name.trim(), phone: phone.trim(), address: addressBody(address) },
        acknowledgements: { data_backup: true, lock_removed: true, films_removed: true, accessories_included: acks.accessories_included, ...(list.length ? { accessories: list } : {}) },
        ...(answer && !answer.covered ? { paid_service_accepted: paidAccepted } : {}),
      })
      navigate(`/account/claims/${warranty_claim.id}?filed=1`)
    } catch (err) {
      setError(err)
      setBusy(false)
    }
  }

  return (
    <Page
      title={t.claimForm.title}
      subtitle={t.claimForm.subtitle(card.product_title, card.card_number, orderLabel)}
      actions={
        <Link to={`/account/orders/${card.order_id}`} className="text-sf-link txt-compact-medium underline">
          {t.claimForm.backToOrder}
        </Link>
      }
    >
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        <Section title={t.claimForm.defectsTitle} id="defects">
          {single ? (
            <>
              <Text size="small" className="text-ui-fg-subtle">
                {t.claimForm.accessoryIntro}
              </Text>
              <CheckboxField id={`defect-${card.covered[0].code}`} label={card.covered[0].label} checked={defects.length === 1} onChange={(on) => toggle(card.covered[0].code, on)} />
            </>
          ) : (
            <fieldset className="flex flex-col gap-y-2">
              <legend className="txt-compact-small text-ui-fg-subtle mb-2">{t.claimForm.defectsIntro}</legend>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {card.covered.map((c) => (
                  <CheckboxField key={c.code} id={`defect-${c.code}`} label={c.label} checked={defects.includes(c.code)} onChange={(on) => toggle(c.code, on)} />
                ))}
              </div>
            </fieldset>
          )}
          <TextAreaField id="description" label={t.claimForm.description} hint={t.claimForm.descriptionHint} value={description} onChange={setDescription} required maxLength={2000} />
        </Section>

        <Section title={t.claimForm.eligibilityTitle} id="eligibility">
          {!key ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t.claimForm.pickDefects}
            </Text>
          ) : eligibilityError !== undefined ? (
            <ErrorAlert error={eligibilityError} />
          ) : answer ? (
            <EligibilityAnswer eligibility={answer} paidAccepted={paidAccepted} onPaidAccepted={setPaidAccepted} />
          ) : (
            <Text size="small" role="status" className="text-ui-fg-subtle">
              {t.claimForm.checking}
            </Text>
          )}
        </Section>

        <Section title={t.claimForm.deliveryTitle} id="delivery">
          <RadioGroup value={delivery} onValueChange={(v) => setDelivery(v === "drop_off" ? "drop_off" : "courier")} aria-label={t.claimForm.deliveryTitle} className="flex flex-col gap-2">
            <RadioGroup.ChoiceBox value="courier" label={t.claimForm.courier} description={t.claimForm.courierDetail} />
            <RadioGroup.ChoiceBox value="drop_off" label={t.claimForm.dropOff} description={t.claimForm.dropOffDetail} />
          </RadioGroup>
        </Section>

        <Section title={t.claimForm.contactTitle} id="contact">
          <Text size="small" className="text-ui-fg-subtle">
            {t.claimForm.contactIntro}
          </Text>
          <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
            <TextField id="contact-name" label={t.claimForm.senderName} value={name} onChange={setName} required autoComplete="name" />
            <TextField id="contact-person" label={t.claimForm.contactPerson} value={person} onChange={setPerson} required />
            <TextField id="contact-phone" type="tel" label={t.claimForm.phone} value={phone} onChange={setPhone} required autoComplete="tel" />
          </div>
          <AddressFields idPrefix="contact" value={address} onChange={setAddress} countries={[{ code: "ro", name: t.address.romania }]} />
        </Section>

        <Section title={t.claimForm.checklistTitle} id="checklist">
          <Text size="small" className="text-ui-fg-subtle">
            {t.claimForm.checklistIntro}
          </Text>
          <CheckboxField id="ack-data_backup" label={t.claimForm.ackBackup} detail={t.claimForm.ackBackupDetail} checked={acks.data_backup} onChange={(v) => setAcks({ ...acks, data_backup: v })} />
          <CheckboxField id="ack-lock_removed" label={t.claimForm.ackLock} checked={acks.lock_removed} onChange={(v) => setAcks({ ...acks, lock_removed: v })} />
          <CheckboxField id="ack-films_removed" label={t.claimForm.ackFilms} checked={acks.films_removed} onChange={(v) => setAcks({ ...acks, films_removed: v })} />
          <CheckboxField
            id="ack-accessories_included"
            label={t.claimForm.ackAccessories}
            detail={t.claimForm.ackAccessoriesDetail}
            checked={acks.accessories_included}
            onChange={(v) => setAcks({ ...acks, accessories_included: v })}
          />
          <TextField id="accessories" label={t.claimForm.accessoriesList} hint={t.claimForm.accessoriesHint} value={accessories} onChange={setAccessories} />
        </Section>

        {problems.length ? (
          <div role="alert" className="bg-ui-bg-base border-ui-tag-red-border rounded-lg border p-3">
            <Text size="small" weight="plus">
              {t.claimForm.fixFirst}
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
            {t.claimForm.submit}
          </Button>
        </div>
      </form>
    </Page>
  )
}
