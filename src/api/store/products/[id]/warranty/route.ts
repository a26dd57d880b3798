import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { readerLocale } from "../../../../utils/locale"
import { MedusaError } from "@medusajs/framework/utils"
import { PolicyRow, resolvePolicy } from "../../../../../modules/warranty/rules/policy"
import { STATUTORY_RIGHTS_STATEMENT } from "../../../../../modules/warranty/texts"
import { warrantyService } from "../../../../utils/warranty-cards"
import type { StoreGetProductWarrantyParamsType } from "../../../../validators"

/**
 * R2.2: the product page shows the product's own warranty length, before purchase.
 * R5.3: with the statutory-rights statement.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetProductWarrantyParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve("query")
  const options = warrantyService(req.scope).getOptions()
  const locale = readerLocale(req)

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status", "variants.id", "sales_channels.id"],
    filters: { id: req.params.id },
  })
  const product = products[0]
  // Like the store's product routes: only a published product of the key's sales channels.
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  const visible = ((product?.sales_channels ?? []) as { id: string }[]).some((c) => channels.includes(c.id))
  if (!product || product.status !== "published" || !visible) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  const { data: policies } = await query.graph({
    entity: "warranty_policy",
    fields: ["product_id", "variant_id", "months", "battery_days", "coverage", "kind"],
    filters: { product_id: product.id },
  })
  const defaults = { months: options.default_warranty_months, battery_days: options.battery_warranty_days }
  const own = resolvePolicy(policies as PolicyRow[], product.id, null, defaults)
  const variants = ((product.variants ?? []) as { id: string }[]).map((v) => {
    const terms = resolvePolicy(policies as PolicyRow[], product.id, v.id, defaults)
    return { variant_id: v.id, months: terms.months, battery_days: terms.battery_days, coverage: terms.coverage }
  })

  res.json({
    warranty: {
      product_id: product.id,
      months: own.months,
      battery_days: own.battery_days,
      coverage: own.coverage,
      kind: own.kind,
      variants,
      statement: STATUTORY_RIGHTS_STATEMENT[locale],
      locale,
    },
  })
}
