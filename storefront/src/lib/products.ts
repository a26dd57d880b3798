import type { HttpTypes } from "@medusajs/types"

/** What the catalogue and the product page read of a product: prices in the shop's region. */
export const PRODUCT_FIELDS = "id,title,handle,description,thumbnail,*variants,*variants.calculated_price,+variants.inventory_quantity"

export function priceOf(variant: HttpTypes.StoreProductVariant | undefined) {
  const p = variant?.calculated_price
  return p && p.calculated_amount !== null && p.calculated_amount !== undefined
    ? { amount: Number(p.calculated_amount), currency: p.currency_code ?? "" }
    : null
}

/** The cheapest variant's price, for "from …" in the catalogue. */
export function lowestPrice(product: HttpTypes.StoreProduct) {
  const prices = (product.variants ?? []).map(priceOf).filter((p): p is { amount: number; currency: string } => !!p)
  return prices.sort((a, b) => a.amount - b.amount)[0] ?? null
}

/** A stand-in picture by kind: the icon only, the API decides nothing here. */
export function pictureKind(product: Pick<HttpTypes.StoreProduct, "title">, accessory: boolean): "device" | "accessory" | "tablet" {
  return accessory ? "accessory" : /ipad|tab/i.test(product.title ?? "") ? "tablet" : "device"
}
