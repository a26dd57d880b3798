import type { HttpTypes } from "@medusajs/types"
import { Button, RadioGroup, Text } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { AddressFields, addressBody, addressFrom, type AddressValue } from "../components/AddressFields"
import { CartLines, CartTotals } from "../components/CartSummary"
import { TextField } from "../components/Fields"
import { MessagePage, Page, Section } from "../components/Page"
import { ErrorAlert, Loaded } from "../components/PageState"
import { useCart } from "../lib/cart"
import { money } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"
import { CART_FIELDS } from "./Cart"

/** The demo's payment provider: Medusa's manual one (authorized at once, captured by staff). */
const PAYMENT_PROVIDER = "pp_system_default"

/** A shipping option as the store route answers it: with its fulfilment set (courier or pickup). */
type ShippingOption = HttpTypes.StoreCartShippingOption & {
  calculated_price?: { calculated_amount?: number | null } | null
  service_zone?: {
    fulfillment_set?: { type?: string; location?: { address?: { address_1?: string | null; city?: string | null } | null } | null } | null
  } | null
}

type Contact = { email: string; first_name: string; last_name: string; phone: string }

type Loaded = { cart: HttpTypes.StoreCart; customer: HttpTypes.StoreCustomer }

/**
 * `/checkout`: the visitor's cart, or `?cart=<id>`: a cart the shop made for the shopper (the
 * credit with top-up of a claim, R8.3(b)): address, courier or in-store pickup, then payment
 * with the demo's provider and the order.
 */
export function CheckoutPage() {
  const { t } = useLocale()
  const [params] = useSearchParams()
  const { cartId } = useCart()
  const id = params.get("cart") ?? cartId
  if (!id) {
    return (
      <MessagePage title={t.storefront.checkout.title} text={t.storefront.cart.empty} to="/" link={t.storefront.cart.browse} />
    )
  }
  return <Checkout cartId={id} key={id} />
}

function Checkout({ cartId }: { cartId: string }) {
  const { sdk } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(async (): Promise<Loaded> => {
    const [{ customer }, first] = await Promise.all([
      sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name,phone,*addresses" }),
      sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS }),
    ])
    let cart = first.cart
    if (!cart.completed_at && cart.customer_id !== customer.id) {
      // A cart filled before signing in becomes the shopper's, so the order (and its cards) are theirs.
      cart = (await sdk.store.cart.transferCart(cartId, { fields: CART_FIELDS })).cart
    }
    return { cart, customer }
  }, [cartId, locale])
  return (
    <Loaded state={state} title={t.storefront.checkout.title} notFound={t.storefront.checkout.notFound}>
      {(data) => <CheckoutForm {...data} />}
    </Loaded>
  )
}

function CheckoutForm({ cart: initial, customer }: Loaded) {
  const { sdk } = useShop()
  const { t, locale } = useLocale()
  const { cartId: ownCartId, forget, remember } = useCart()
  const navigate = useNavigate()
  const [cart, setCart] = useState(initial)
  const saved = initial.shipping_address
  const home = customer.addresses?.find((a) => a.is_default_shipping) ?? customer.addresses?.[0]
  const [contact, setContact] = useState<Contact>({
    email: initial.email ?? customer.email ?? "",
    first_name: saved?.first_name ?? home?.first_name ?? customer.first_name ?? "",
    last_name: saved?.last_name ?? home?.last_name ?? customer.last_name ?? "",
    phone: saved?.phone ?? home?.phone ?? customer.phone ?? "",
  })
  const countries = (cart.region?.countries ?? []).map((c) => ({ code: c.iso_2 ?? "", name: c.display_name ?? c.iso_2 ?? "" }))
  const [address, setAddress] = useState<AddressValue>(() => {
    const start = addressFrom(saved?.address_1 ? saved : home)
    // A region of one country: nothing to choose.
    return start.country_code || countries.length !== 1 ? start : { ...start, country_code: countries[0].code }
  })
  const [editing, setEditing] = useState(!saved?.address_1)
  const [options, setOptions] = useState<ShippingOption[] | null>(null)
  const [busy, setBusy] = useState<null | "address" | "shipping" | "order" | "code">(null)
  const [code, setCode] = useState("")
  const [error, setError] = useState<unknown>()
  const chosen = cart.shipping_methods?.[0]?.shipping_option_id ?? ""

  useEffect(() => {
    if (editing) {
      return
    }
    let live = true
    sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }).then(
      ({ shipping_options }) => live && setOptions(shipping_options as ShippingOption[]),
      (e: unknown) => live && setError(e)
    )
    return () => {
      live = false
    }
  }, [sdk, cart.id, editing])

  const run = async (what: "address" | "shipping" | "order" | "code", work: () => Promise<void>) => {
    setBusy(what)
    setError(undefined)
    try {
      await work()
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
    }
  }

  const saveAddress = (e: FormEvent) => {
    e.preventDefault()
    void run("address", async () => {
      const person = { first_name: contact.first_name.trim(), last_name: contact.last_name.trim(), phone: contact.phone.trim() }
      const where = { ...person, ...addressBody(address) }
      const { cart: next } = await sdk.store.cart.update(cart.id, { email: contact.email.trim(), shipping_address: where, billing_address: where }, { fields: CART_FIELDS })
      setCart(next)
      setEditing(false)
    })
  }

  const chooseShipping = (optionId: string) =>
    run("shipping", async () => {
      const { cart: next } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId }, { fields: CART_FIELDS })
      setCart(next)
    })

  /** A credit code from a claim (R8.3) or any promotion: Medusa checks it is this shopper's. */
  const applyCode = (e: FormEvent) => {
    e.preventDefault()
    void run("code", async () => {
      const { cart: next } = await sdk.store.cart.addPromotions(cart.id, { promo_codes: [code.trim()] }, { fields: CART_FIELDS })
      if (!(next.promotions ?? []).some((p) => p.code?.toLowerCase() === code.trim().toLowerCase())) {
        throw new Error(t.storefront.checkout.promoRefused(code.trim()))
      }
      setCart(next)
      setCode("")
    })
  }

  const placeOrder = () =>
    run("order", async () => {
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: PAYMENT_PROVIDER })
      const result = await sdk.store.cart.complete(cart.id)
      if (result.type === "cart") {
        setCart((await sdk.store.cart.retrieve(cart.id, { fields: CART_FIELDS })).cart)
        throw new Error(result.error?.message || t.storefront.checkout.failed)
      }
      if (cart.id === ownCartId) {
        forget()
      }
      navigate(`/order-confirmed/${result.order.id}`)
    })

  if (cart.completed_at) {
    return (
      <MessagePage
        title={t.storefront.checkout.title}
        text={t.storefront.checkout.alreadyCompleted}
        to="/account"
        link={t.storefront.checkout.toAccount}
      />
    )
  }

  const amountOf = (o: ShippingOption) => o.calculated_price?.calculated_amount ?? o.amount
  return (
    <Page title={t.storefront.checkout.title}>
      {error !== undefined ? <ErrorAlert error={error} /> : null}
      <div className="grid grid-cols-1 gap-6 md:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-6">
          <Section title={t.storefront.checkout.addressTitle} id="address">
            {editing ? (
              <form onSubmit={saveAddress} className="flex flex-col gap-y-3">
                <TextField id="email" type="email" label={t.storefront.checkout.email} value={contact.email} onChange={(v) => setContact({ ...contact, email: v })} required autoComplete="email" />
                <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
                  <TextField id="first_name" label={t.storefront.checkout.firstName} value={contact.first_name} onChange={(v) => setContact({ ...contact, first_name: v })} required autoComplete="given-name" />
                  <TextField id="last_name" label={t.storefront.checkout.lastName} value={contact.last_name} onChange={(v) => setContact({ ...contact, last_name: v })} required autoComplete="family-name" />
                </div>
                <TextField id="phone" type="tel" label={t.storefront.checkout.phone} value={contact.phone} onChange={(v) => setContact({ ...contact, phone: v })} required autoComplete="tel" />
                <AddressFields idPrefix="shipping" value={address} onChange={setAddress} countries={countries} />
                <div>
                  <Button type="submit" isLoading={busy === "address"}>
                    {t.storefront.checkout.continueToDelivery}
                  </Button>
                </div>
              </form>
            ) : (
              <div className="flex flex-col gap-y-2">
                <Text>
                  {[cart.shipping_address?.first_name, cart.shipping_address?.last_name].filter(Boolean).join(" ")} · {cart.email}
                </Text>
                <Text className="text-ui-fg-subtle">
                  {[cart.shipping_address?.address_1, cart.shipping_address?.address_2, cart.shipping_address?.postal_code, cart.shipping_address?.city].filter(Boolean).join(", ")}
                </Text>
                <div>
                  <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
                    {t.storefront.checkout.editAddress}
                  </Button>
                </div>
              </div>
            )}
          </Section>

          {!editing ? (
            <Section title={t.storefront.checkout.deliveryTitle} id="delivery">
              {options === null ? (
                <Text role="status" className="text-ui-fg-subtle">
                  {t.storefront.common.loading}
                </Text>
              ) : options.length === 0 ? (
                <Text>{t.storefront.checkout.noOptions}</Text>
              ) : (
                <RadioGroup value={chosen} onValueChange={(v) => void chooseShipping(v)} aria-label={t.storefront.checkout.deliveryTitle} className="flex flex-col gap-2">
                  {options.map((o) => {
                    const set = o.service_zone?.fulfillment_set
                    const kind = set?.type === "pickup" ? "pickup" : "courier"
                    const where = [set?.location?.address?.address_1, set?.location?.address?.city].filter(Boolean).join(", ")
                    const price = amountOf(o) ? money(amountOf(o), cart.currency_code, locale) : t.storefront.checkout.free
                    // R3.1-R3.3: how the order comes decides when its warranty starts; say it before the choice.
                    const detail = kind === "pickup" ? [where && t.storefront.checkout.pickupAt(where)] : [o.type?.description ?? o.name]
                    return (
                      <RadioGroup.ChoiceBox
                        key={o.id}
                        value={o.id}
                        disabled={busy !== null}
                        label={`${t.card.delivery_kind[kind]} · ${price}`}
                        description={[...detail, t.card.start_rule[kind]].filter(Boolean).join(" ")}
                      />
                    )
                  })}
                </RadioGroup>
              )}
            </Section>
          ) : null}

          {!editing && chosen ? (
            <Section title={t.storefront.checkout.paymentTitle} id="payment">
              <Text>{t.storefront.checkout.paymentText}</Text>
              <Button size="large" className="w-full md:w-fit" onClick={placeOrder} isLoading={busy === "order"} disabled={busy !== null}>
                {t.storefront.checkout.placeOrder(money(cart.total, cart.currency_code, locale))}
              </Button>
            </Section>
          ) : null}
        </div>
        <Section title={t.storefront.cart.summary} id="summary">
          <CartLines items={cart.items ?? []} currency={cart.currency_code} />
          {(cart.promotions ?? []).length ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t.storefront.checkout.codes((cart.promotions ?? []).map((p) => p.code).filter(Boolean).join(", "))}
            </Text>
          ) : null}
          <CartTotals cart={cart} />
          <form onSubmit={applyCode} className="flex items-end gap-x-2">
            <div className="flex-1">
              <TextField id="promo-code" label={t.storefront.checkout.promoLabel} value={code} onChange={setCode} />
            </div>
            <Button type="submit" variant="secondary" isLoading={busy === "code"} disabled={!code.trim() || busy !== null}>
              {t.storefront.checkout.promoApply}
            </Button>
          </form>
        </Section>
      </div>
      {/* Keeps the header's count right when the visitor's own cart changed here. */}
      <RememberCart cart={cart} own={cart.id === ownCartId} remember={remember} />
    </Page>
  )
}

function RememberCart({ cart, own, remember }: { cart: HttpTypes.StoreCart; own: boolean; remember: (c: HttpTypes.StoreCart) => void }) {
  useEffect(() => {
    if (own && !cart.completed_at) {
      remember(cart)
    }
  }, [cart, own, remember])
  return null
}
