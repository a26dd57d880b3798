import type { HttpTypes } from "@medusajs/types"
import { Text } from "@medusajs/ui"
import type { StoreProductWarranty } from "medusa-plugin-warranty/client"
import { Link } from "react-router-dom"
import { Page } from "../components/Page"
import { Loaded } from "../components/PageState"
import { ProductImage } from "../components/ProductImage"
import { WarrantyBadge } from "../components/WarrantyTerms"
import { money } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { lowestPrice, pictureKind, PRODUCT_FIELDS } from "../lib/products"
import { shopRegion } from "../lib/region"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"

type Entry = { product: HttpTypes.StoreProduct; warranty: StoreProductWarranty | null }

export function CataloguePage() {
  const { sdk, warranty } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(async (): Promise<Entry[]> => {
    const region = await shopRegion(sdk)
    const { products: found } = await sdk.store.product.list({ region_id: region.id, fields: PRODUCT_FIELDS, limit: 50 })
    const products = [...found].sort((a, b) => (a.title ?? "").localeCompare(b.title ?? "", locale))
    // Each card shows the product's own terms (R2.2); a product without them still shows its price.
    const terms = await Promise.all(products.map((p) => warranty.products.warranty(p.id).then((r) => r.warranty, () => null)))
    return products.map((product, i) => ({ product, warranty: terms[i] }))
  }, [locale])

  return (
    <Loaded state={state} title={t.storefront.catalogue.title}>
      {(entries) => (
        <Page title={t.storefront.catalogue.title} subtitle={t.storefront.catalogue.subtitle}>
          {entries.length === 0 ? <Text>{t.storefront.catalogue.empty}</Text> : null}
          <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {entries.map(({ product, warranty: w }) => {
              const price = lowestPrice(product)
              const several = (product.variants ?? []).length > 1
              return (
                <li key={product.id}>
                  <Link
                    to={`/products/${product.handle}`}
                    className="bg-ui-bg-base shadow-elevation-card-rest hover:shadow-elevation-card-hover flex h-full gap-x-4 rounded-lg p-4 sm:flex-col sm:gap-y-3"
                  >
                    <ProductImage
                      title={product.title ?? ""}
                      thumbnail={product.thumbnail}
                      kind={pictureKind(product, w?.kind === "accessory")}
                      className="w-24 shrink-0 sm:w-full"
                    />
                    <div className="flex flex-col gap-y-1.5">
                      <Text size="large" weight="plus" as="span">
                        {product.title}
                      </Text>
                      <Text size="base" as="span">
                        {price ? (several ? t.storefront.catalogue.from(money(price.amount, price.currency, locale)) : money(price.amount, price.currency, locale)) : t.storefront.catalogue.noPrice}
                      </Text>
                      {w ? <WarrantyBadge terms={w} size="small" /> : null}
                    </div>
                  </Link>
                </li>
              )
            })}
          </ul>
        </Page>
      )}
    </Loaded>
  )
}
