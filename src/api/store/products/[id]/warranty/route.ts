import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolvePolicy } from "../../../../../modules/warranty/rules/policy"
import { texts } from "../../../../../i18n"
import { readerLocale } from "../../../../utils/locale"
import { productWithPolicies, warrantyService } from "../../../../utils/warranty-cards"
import type { StoreGetProductWarrantyParamsType } from "../../../../validators"
import type { StoreProductWarrantyResponse } from "../../../../../types"

/**
 * R2.2: the product page shows the product's own warranty length, before purchase.
 * R5.3: with the statutory-rights statement.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetProductWarrantyParamsType>, res: MedusaResponse<StoreProductWarrantyResponse>) {
  const options = await warrantyService(req.scope).getSettings()
  const locale = readerLocale(req)
  const { product, variant_ids, channel_ids, policies } = await productWithPolicies(req.scope, req.params.id)
  // Like the store's product routes: only a published product of the key's sales channels.
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  if (!product || product.status !== "published" || !channel_ids.some((id) => channels.includes(id))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  const own = resolvePolicy(policies, product.id, null, options)
  const variants = variant_ids.map((variant_id) => {
    const terms = resolvePolicy(policies, product.id, variant_id, options)
    return { variant_id, months: terms.months, battery_days: terms.battery_days, coverage: terms.coverage }
  })

  res.json({
    warranty: {
      product_id: product.id,
      months: own.months,
      battery_days: own.battery_days,
      coverage: own.coverage,
      kind: own.kind,
      variants,
      statement: texts(locale).warranty.statutory_rights,
      locale,
    },
  })
}
