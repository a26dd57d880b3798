import type { HttpTypes } from "@medusajs/types"
import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { money } from "../lib/format"
import { useLocale } from "../lib/i18n"

type Totals = Pick<HttpTypes.StoreCart, "original_item_total" | "discount_total" | "shipping_total" | "tax_total" | "total" | "currency_code">

/** Items, credit (a promotion code), delivery, VAT and what is left to pay. */
export function CartTotals({ cart }: { cart: Totals }) {
  const { t, locale } = useLocale()
  const m = (n: number | null | undefined) => money(n ?? 0, cart.currency_code, locale)
  // Items before the credit, so the credit line shows what it took off.
  const rows: [string, string][] = [[t.storefront.cart.items, m(cart.original_item_total)]]
  if ((cart.discount_total ?? 0) > 0) {
    rows.push([t.storefront.cart.discount, `−${m(cart.discount_total)}`])
  }
  rows.push([t.storefront.cart.shipping, m(cart.shipping_total)])
  return (
    <div className="flex flex-col gap-y-2">
      <dl className="flex flex-col gap-y-2">
        {rows.map(([k, v]) => (
          <div key={k} className="flex justify-between gap-x-4">
            <dt className="txt-compact-medium text-ui-fg-subtle">{k}</dt>
            <dd className="txt-compact-medium">{v}</dd>
          </div>
        ))}
        <div className="border-ui-border-base flex justify-between gap-x-4 border-t pt-2">
          <dt className="txt-compact-large-plus">{t.storefront.cart.total}</dt>
          <dd className="txt-compact-large-plus">{m(cart.total)}</dd>
        </div>
      </dl>
      <Text size="small" className="text-ui-fg-subtle">
        {t.storefront.cart.vatIncluded(m(cart.tax_total))}
      </Text>
    </div>
  )
}

export function CartLines({ items, currency, children }: { items: HttpTypes.StoreCartLineItem[]; currency: string; children?: (item: HttpTypes.StoreCartLineItem) => ReactNode }) {
  const { t, locale } = useLocale()
  return (
    <ul className="divide-ui-border-base flex flex-col divide-y">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-y-2 py-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="flex flex-col">
            <Text weight="plus">{item.product_title ?? item.title}</Text>
            <Text size="small" className="text-ui-fg-subtle">
              {[item.variant_title, t.storefront.cart.quantity(Number(item.quantity)), money(item.unit_price, currency, locale)].filter(Boolean).join(" · ")}
            </Text>
          </div>
          <div className="flex items-center justify-between gap-x-3 sm:justify-end">
            {children ? children(item) : null}
            <Text weight="plus">{money(item.original_total ?? item.unit_price * Number(item.quantity), currency, locale)}</Text>
          </div>
        </li>
      ))}
    </ul>
  )
}
