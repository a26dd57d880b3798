import type { HttpTypes } from "@medusajs/types"
import { Button } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { CartLines, CartTotals } from "../components/CartSummary"
import { MessagePage, Page, Section } from "../components/Page"
import { ErrorAlert, Loaded } from "../components/PageState"
import { useCart } from "../lib/cart"
import { isNotFound } from "../lib/errors"
import { useLocale } from "../lib/i18n"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"

export const CART_FIELDS =
  "*items,*shipping_methods,*shipping_address,*billing_address,*region,*region.countries,*payment_collection,+completed_at,*promotions"

export function CartPage() {
  const { t } = useLocale()
  const { cartId } = useCart()
  if (!cartId) {
    return <EmptyCart />
  }
  return <CartView cartId={cartId} key={cartId} title={t.storefront.cart.title} />
}

function EmptyCart() {
  const { t } = useLocale()
  return (
    <MessagePage title={t.storefront.cart.title} text={t.storefront.cart.empty} to="/" link={t.storefront.cart.browse} />
  )
}

function CartView({ cartId, title }: { cartId: string; title: string }) {
  const { sdk } = useShop()
  const { t, locale } = useLocale()
  const { remember, forget } = useCart()
  const state = useLoad(
    () =>
      sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS }).then(
        (r) => r.cart,
        // A cart the shop no longer has is an empty one.
        (e: unknown) => (isNotFound(e) ? null : Promise.reject(e))
      ),
    [cartId, locale]
  )
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<unknown>()

  const change = async (item: HttpTypes.StoreCartLineItem, quantity: number) => {
    setBusy(item.id)
    setError(undefined)
    try {
      if (quantity <= 0) {
        await sdk.store.cart.deleteLineItem(cartId, item.id)
        const { cart } = await sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS })
        remember(cart)
        state.setData(cart)
      } else {
        const { cart } = await sdk.store.cart.updateLineItem(cartId, item.id, { quantity }, { fields: CART_FIELDS })
        remember(cart)
        state.setData(cart)
      }
    } catch (e) {
      setError(e)
    } finally {
      setBusy(null)
    }
  }

  const gone = state.data === null || !!state.data?.completed_at
  useEffect(() => {
    // Completed elsewhere (another tab's checkout) or deleted: this visitor's cart is gone.
    if (gone) {
      forget()
    }
  }, [gone, forget])
  return (
    <Loaded state={state} title={title}>
      {(cart) =>
        !cart || cart.completed_at || !(cart.items ?? []).length ? (
          <EmptyCart />
        ) : (
          <Page title={title}>
            {error !== undefined ? <ErrorAlert error={error} /> : null}
            <div className="grid grid-cols-1 gap-6 md:grid-cols-[2fr_1fr]">
              <Section title={t.storefront.cart.itemsTitle} id="items">
                <CartLines items={cart.items ?? []} currency={cart.currency_code}>
                  {(item) => (
                    <div className="flex items-center gap-x-1">
                      <Button
                        size="small"
                        variant="secondary"
                        aria-label={t.storefront.cart.decrease(item.product_title ?? item.title)}
                        disabled={busy !== null}
                        onClick={() => change(item, Number(item.quantity) - 1)}
                      >
                        −
                      </Button>
                      <Button
                        size="small"
                        variant="secondary"
                        aria-label={t.storefront.cart.increase(item.product_title ?? item.title)}
                        disabled={busy !== null}
                        onClick={() => change(item, Number(item.quantity) + 1)}
                      >
                        +
                      </Button>
                      <Button size="small" variant="transparent" disabled={busy !== null} onClick={() => change(item, 0)}>
                        {t.storefront.cart.remove}
                      </Button>
                    </div>
                  )}
                </CartLines>
              </Section>
              <Section title={t.storefront.cart.summary} id="summary">
                <CartTotals cart={cart} />
                <Button size="large" className="w-full" asChild>
                  <Link to="/checkout">{t.storefront.cart.checkout}</Link>
                </Button>
              </Section>
            </div>
          </Page>
        )
      }
    </Loaded>
  )
}
