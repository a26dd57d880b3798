import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OfferChoice } from "../../modules/warranty/rules/claim-moves"

export type ResolveOfferChoiceInput = OfferChoice & { order_id: string }

type ProductRow = {
  id: string
  status: string
  variants?: { id: string }[] | null
  sales_channels?: { id: string }[] | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The product a shopper picks with a credit (R8.3 a/b, R8.5) must be in the catalogue the
 * original order was sold from: published and in that sales channel. A product with several
 * variants needs the variant. Reads only.
 */
export const resolveOfferChoiceStep = createStep("resolve-offer-choice", async (input: ResolveOfferChoiceInput, { container }) => {
  const choice: OfferChoice = { option: input.option, product_id: input.product_id ?? null, variant_id: input.variant_id ?? null }
  if (!choice.product_id && !choice.variant_id) {
    return new StepResponse(choice)
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (!choice.product_id) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: choice.variant_id as string } })
    const variant = data[0] as { id: string; product_id: string } | undefined
    if (!variant) {
      throw invalid(`variant_id: ${choice.variant_id} is not in the catalogue`)
    }
    choice.product_id = variant.product_id
  }
  const [{ data: products }, { data: orders }] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", "status", "variants.id", "sales_channels.id"], filters: { id: choice.product_id as string } }),
    query.graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: input.order_id } }),
  ])
  const product = products[0] as ProductRow | undefined
  const channel = (orders[0] as { sales_channel_id?: string | null } | undefined)?.sales_channel_id
  const inChannel = !channel || (product?.sales_channels ?? []).some((c) => c.id === channel)
  if (!product || product.status !== "published" || !inChannel) {
    throw invalid(`product_id: ${choice.product_id} is not in the shop's catalogue`)
  }
  const variants = (product.variants ?? []).map((v) => v.id)
  if (choice.variant_id && !variants.includes(choice.variant_id)) {
    throw invalid(`variant_id: ${choice.variant_id} is not a variant of product ${product.id}`)
  }
  if (!choice.variant_id) {
    if (variants.length !== 1) {
      throw invalid(`variant_id: product ${product.id} comes in ${variants.length} variants; choose one`)
    }
    choice.variant_id = variants[0]
  }
  return new StepResponse(choice)
})
