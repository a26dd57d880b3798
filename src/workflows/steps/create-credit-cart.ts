import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"

export type CreateCreditCartInput = {
  order_id: string
  customer_id: string
  variant_id: string
  /** The claim's credit code (`createClaimCreditStep`). */
  code: string
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "country_code",
  "province",
  "postal_code",
  "phone",
] as const

type Address = Partial<Record<(typeof ADDRESS_FIELDS)[number], string | null>>

/**
 * R8.3(b): the dearer product with the credit already on it, in a cart of the claimant's in the
 * original order's region, sales channel and currency, shipping to the order's address; the
 * shopper pays the difference at checkout. Fails if Medusa did not apply the code (expired, used,
 * or not this customer's), so a shopper is never handed a cart at full price.
 */
export const createCreditCartStep = createStep(
  "create-credit-cart",
  async (input: CreateCreditCartInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "region_id", "sales_channel_id", "currency_code", "email", ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`)],
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    const source = (order.shipping_address ?? null) as Address | null
    const shipping_address = source
      ? Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, source[f] ?? undefined]))
      : undefined

    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: order.region_id ?? undefined,
        sales_channel_id: order.sales_channel_id ?? undefined,
        currency_code: order.currency_code,
        email: order.email ?? undefined,
        customer_id: input.customer_id,
        shipping_address,
        items: [{ variant_id: input.variant_id, quantity: 1 }],
        promo_codes: [input.code],
      },
    })

    // An unusable code is dropped silently by Medusa (the cart is still made): check it stuck.
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "promotions.code"], filters: { id: cart.id } })
    const made = carts[0] as { promotions?: ({ code?: string | null } | null)[] | null } | undefined
    const applied = (made?.promotions ?? []).some((p) => p?.code === input.code)
    if (!applied) {
      await container.resolve(Modules.CART).softDeleteCarts([cart.id])
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `code: the credit ${input.code} could not be applied to a cart for this customer (used, expired or not theirs)`
      )
    }
    return new StepResponse({ cart_id: cart.id }, cart.id)
  },
  // A cart left behind by a failed outcome would still carry the claimant's credit: remove it.
  async (cartId, { container }) => {
    if (!cartId) {
      return
    }
    await container.resolve(Modules.CART).softDeleteCarts([cartId])
  }
)
