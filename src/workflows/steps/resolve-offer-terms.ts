import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MoveInput } from "../../modules/warranty/rules/claim-moves"

export type ResolveOfferTermsInput = {
  claim: { order_id: string; variant_id: string | null }
  offer: MoveInput["make_offer"]
}

type VariantRow = {
  id: string
  title?: string | null
  sku?: string | null
  product?: { id: string; title?: string | null; status?: string | null } | null
  prices?: { amount: number; currency_code: string; price_rules?: unknown[] | null }[] | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks an offer against the catalogue before it is made, and fills the list price when a
 * valuation is at list price (R8.3): a replacement names a published variant (R8.2; the unit in
 * stock is found and held by the next step); suggested products must be in the catalogue. Reads
 * only, so nothing to undo.
 */
export const resolveOfferTermsStep = createStep("resolve-offer-terms", async (input: ResolveOfferTermsInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const offer: MoveInput["make_offer"] = { ...input.offer }

  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "currency_code", "sales_channel_id"],
    filters: { id: input.claim.order_id },
  })
  const order = orders[0] as { id: string; currency_code: string; sales_channel_id: string | null } | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.claim.order_id} was not found`)
  }

  // The credit and the refund are paid in the order's currency (R8.3); no currency means that one.
  if (offer.value && !offer.value.currency_code) {
    offer.value = { amount: offer.value.amount, currency_code: order.currency_code }
  }
  if (offer.value && offer.value.currency_code.toLowerCase() !== order.currency_code) {
    throw invalid(`value.currency_code: must be the order's currency, ${order.currency_code.toUpperCase()}`)
  }

  if (offer.suggested_product_ids?.length) {
    const ids = [...new Set(offer.suggested_product_ids)]
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "status"], filters: { id: ids } })
    const found = new Set((products as { id: string; status: string }[]).filter((p) => p.status === "published").map((p) => p.id))
    const missing = ids.filter((id) => !found.has(id))
    if (missing.length) {
      throw invalid(`suggested_product_ids: not in the catalogue (or not published): ${missing.join(", ")}`)
    }
    offer.suggested_product_ids = ids
  }

  const variantId = offer.kind === "replacement" ? (offer.replacement_variant_id ?? input.claim.variant_id) : input.claim.variant_id
  const needsVariant = offer.kind === "replacement" || (offer.kind === "valuation" && offer.basis === "list_price" && !offer.value)
  if (!needsVariant) {
    return new StepResponse(offer)
  }
  if (!variantId) {
    throw invalid("replacement_variant_id: the claimed unit has no variant on record; name one")
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "sku", "product.id", "product.title", "product.status", "prices.amount", "prices.currency_code", "prices.price_rules.id"],
    filters: { id: variantId },
  })
  const variant = variants[0] as VariantRow | undefined
  const field = offer.kind === "replacement" ? "replacement_variant_id" : "basis"
  if (!variant || variant.product?.status !== "published") {
    throw invalid(`${field}: variant ${variantId} is not in the catalogue (or its product is not published)`)
  }
  const name = [variant.product?.title, variant.title].filter(Boolean).join(" ")

  if (offer.kind === "replacement") {
    // Whether a unit is in stock is decided where it is held (`hold-replacement-unit`).
    offer.replacement_variant_id = variant.id
    // Names beside the ids: the offer and its log entry read as the catalogue had them.
    offer.product_id = variant.product?.id ?? null
    offer.product_title = variant.product?.title ?? null
    offer.variant_title = variant.title ?? null
    offer.sku = variant.sku ?? null
    return new StepResponse(offer)
  }

  // R8.3: the list price of the variant, in the order's currency, without price-list or rule prices.
  const price = (variant.prices ?? []).find((p) => p.currency_code === order.currency_code && !(p.price_rules ?? []).length)
  if (!price) {
    throw invalid(`basis: ${name} has no list price in ${order.currency_code.toUpperCase()}; enter the value`)
  }
  offer.value = { amount: Number(price.amount), currency_code: order.currency_code }
  return new StepResponse(offer)
})
