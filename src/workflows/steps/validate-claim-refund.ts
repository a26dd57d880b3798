import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateClaimRefundInput = { order_id: string; amount: number; currency_code: string }

type Amount = { raw_amount?: BigNumberInput | null; amount?: BigNumberInput | null } | null
type OrderRow = { id: string; currency_code: string; payment_collections?: ({ payments?: OrderPayment[] | null } | null)[] | null }
type OrderPayment = {
  id: string
  canceled_at?: string | Date | null
  captures?: Amount[] | null
  refunds?: ({ id: string } & Amount)[] | null
}

const sum = (rows: Amount[] | null | undefined) =>
  MathBN.sum(0, ...(rows ?? []).map((r) => MathBN.convert(r?.raw_amount ?? r?.amount ?? 0)))

/**
 * R8.3(c): the refund goes back on the original order's payment, in its currency, and no more
 * than is still refundable there (captured minus refunded). Picks the captured payment with the
 * most left, and gives the refunds it already has so the new one can be told apart.
 */
export const validateClaimRefundStep = createStep(
  "validate-claim-refund",
  async (input: ValidateClaimRefundInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "payment_collections.payments.id",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.raw_amount",
        "payment_collections.payments.refunds.id",
        "payment_collections.payments.refunds.raw_amount",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderRow | undefined
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    const currency = input.currency_code.toUpperCase()
    if (order.currency_code.toLowerCase() !== input.currency_code.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `value: the refund is in ${currency} but the order was paid in ${order.currency_code.toUpperCase()}`
      )
    }
    if (!(input.amount > 0)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "value: the refund must be more than 0")
    }

    const payments = (order.payment_collections ?? [])
      .flatMap((pc) => pc?.payments ?? [])
      .filter((p) => !p.canceled_at && (p.captures ?? []).length > 0)
      .map((p) => ({ payment: p, refundable: MathBN.sub(sum(p.captures), sum(p.refunds)) }))
      .sort((a, b) => (MathBN.gt(a.refundable, b.refundable) ? -1 : 1))
    if (!payments.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "order: the order's payment has not been captured; capture it on the order page, then refund the claim"
      )
    }
    const best = payments[0]
    if (MathBN.gt(input.amount, best.refundable)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `value: ${input.amount} ${currency} is more than the ${best.refundable.toNumber()} ${currency} still refundable on the order's payment`
      )
    }
    return new StepResponse({
      payment_id: best.payment.id,
      refund_ids: (best.payment.refunds ?? []).map((r) => r.id),
    })
  }
)
