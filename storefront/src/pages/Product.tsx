import type { HttpTypes } from "@medusajs/types"
import { Alert, Button, Label, RadioGroup, Text } from "@medusajs/ui"
import type { StoreProductWarranty } from "medusa-plugin-warranty/client"
import { useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { Page, Section } from "../components/Page"
import { ErrorAlert, Loaded } from "../components/PageState"
import { ProductImage } from "../components/ProductImage"
import { WarrantyDetails } from "../components/WarrantyTerms"
import { useCart } from "../lib/cart"
import { throwNotFound } from "../lib/errors"
import { money } from "../lib/format"
import { useLocale } from "../lib/i18n"
import { pictureKind, priceOf, PRODUCT_FIELDS } from "../lib/products"
import { shopRegion } from "../lib/region"
import { useShop } from "../lib/shop"
import { useLoad } from "../lib/use-load"

type Loaded = { product: HttpTypes.StoreProduct; warranty: StoreProductWarranty }

export function ProductPage() {
  const { handle = "" } = useParams()
  const { sdk, warranty } = useShop()
  const { t, locale } = useLocale()
  const state = useLoad(async (): Promise<Loaded> => {
    const region = await shopRegion(sdk)
    const { products } = await sdk.store.product.list({ handle, region_id: region.id, fields: PRODUCT_FIELDS, limit: 1 })
    const product = products[0] ?? throwNotFound()
    // R2.2: the product's and its variants' own terms, in one call.
    const { warranty: terms } = await warranty.products.warranty(product.id)
    return { product, warranty: terms }
  }, [handle, locale])

  return (
    <Loaded state={state} title={t.storefront.product.loadingTitle} notFound={t.storefront.product.notFound}>
      {(data) => <ProductView {...data} />}
    </Loaded>
  )
}

function ProductView({ product, warranty }: Loaded) {
  const { t, locale } = useLocale()
  const { addItem } = useCart()
  const variants = product.variants ?? []
  const [variantId, setVariantId] = useState<string>(variants[0]?.id ?? "")
  const [busy, setBusy] = useState(false)
  const [added, setAdded] = useState(false)
  const [error, setError] = useState<unknown>()
  useEffect(() => setAdded(false), [variantId])
  const variant = variants.find((v) => v.id === variantId)
  const price = priceOf(variant)
  const soldOut = variant?.manage_inventory === true && variant.allow_backorder !== true && (variant.inventory_quantity ?? 0) <= 0

  const add = async () => {
    setBusy(true)
    setError(undefined)
    try {
      await addItem(variantId, 1)
      setAdded(true)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Page title={product.title ?? ""}>
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <ProductImage title={product.title ?? ""} thumbnail={product.thumbnail} kind={pictureKind(product, warranty.kind === "accessory")} className="max-w-[10rem] md:max-w-none" />
        <div className="flex flex-col gap-y-5">
          <Text size="xlarge" weight="plus" aria-label={t.storefront.product.price}>
            {price ? money(price.amount, price.currency, locale) : t.storefront.catalogue.noPrice}
          </Text>
          <Text className="text-ui-fg-subtle">{t.storefront.product.taxIncluded}</Text>
          {variants.length > 1 ? (
            <fieldset className="flex flex-col gap-y-2">
              <legend className="txt-compact-small-plus mb-2">{t.storefront.product.variant}</legend>
              <RadioGroup value={variantId} onValueChange={setVariantId} className="flex flex-wrap gap-2">
                {variants.map((v) => (
                  <div key={v.id} className="shadow-borders-base flex items-center gap-x-2 rounded-md px-3 py-2">
                    <RadioGroup.Item value={v.id} id={`variant-${v.id}`} />
                    <Label htmlFor={`variant-${v.id}`} size="small" weight="plus" className="cursor-pointer">
                      {v.title} · {money(priceOf(v)?.amount, priceOf(v)?.currency, locale)}
                    </Label>
                  </div>
                ))}
              </RadioGroup>
            </fieldset>
          ) : variant?.title ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t.storefront.product.variant}: {variant.title}
            </Text>
          ) : null}
          <div className="flex flex-col gap-y-3">
            <Button size="large" onClick={add} isLoading={busy} disabled={!variantId || soldOut} className="w-full md:w-fit">
              {soldOut ? t.storefront.product.soldOut : t.storefront.product.addToCart}
            </Button>
            {added ? (
              <Alert variant="success">
                {t.storefront.product.added}{" "}
                <Link to="/cart" className="text-sf-link underline">
                  {t.storefront.product.viewCart}
                </Link>
              </Alert>
            ) : null}
            {error !== undefined ? <ErrorAlert error={error} /> : null}
          </div>
          <Section title={t.storefront.product.warrantyTitle} id="warranty">
            <WarrantyDetails warranty={warranty} variantId={variantId} />
          </Section>
          {product.description ? (
            <Section title={t.storefront.product.description} id="description">
              <Text>{product.description}</Text>
            </Section>
          ) : null}
        </div>
      </div>
    </Page>
  )
}
