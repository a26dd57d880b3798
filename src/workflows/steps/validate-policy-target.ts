import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The product (and, when given, its variant) must exist; a variant of another product is a 404. */
export const validatePolicyTargetStep = createStep(
  "validate-policy-target",
  async (input: { product_id: string; variant_id?: string | null }, { container }) => {
    const query = container.resolve("query")
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "variants.id"],
      filters: { id: input.product_id },
    })
    const product = data[0]
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${input.product_id} was not found`)
    }
    if (input.variant_id && !((product.variants ?? []) as { id: string }[]).some((v) => v.id === input.variant_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant with id: ${input.variant_id} was not found on product ${input.product_id}`
      )
    }
    return new StepResponse(product.id)
  }
)
