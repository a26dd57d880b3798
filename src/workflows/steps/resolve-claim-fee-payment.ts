import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Fee } from "../../modules/warranty/rules/claim-moves"

export type ResolveClaimFeePaymentInput = {
  fees: Fee[] | null
  order_id: string
  /** The provider a new session would use; the order's region must have it enabled. */
  provider_id: string
}

/** Where paying the due fee stands: a payment to reuse, a session to authorize, or neither (make one). */
export type ClaimFeePayment = {
  payment_collection_id: string
  /** A pending session the storefront already made on the collection. */
  session_id: string | null
  /** A payment already authorized (and perhaps captured) by an earlier attempt. */
  payment_id: string | null
  captured: boolean
}

type CollectionRow = {
  id: string
  payment_sessions?: ({ id: string; status: string; provider_id: string } | null)[] | null
  payments?: ({ id: string; canceled_at?: string | Date | null; captures?: ({ id: string } | null)[] | null } | null)[] | null
}

/**
 * R8.4: finds the due fee's payment collection and how far paying it got. A payment captured by
 * an earlier attempt whose claim move then failed is reused, so paying again only records it
 * and never takes the money twice. The collection belongs to no cart, so Medusa checks no region
 * for it: here a session is paid only through a provider the order's region has enabled (a
 * region without the system provider cannot have its fee "paid" through it).
 */
export const resolveClaimFeePaymentStep = createStep(
  "resolve-claim-fee-payment",
  async (input: ResolveClaimFeePaymentInput, { container }) => {
    const fee = (input.fees ?? []).find((f) => f.status === "due" && !!f.payment_collection_id)
    if (!fee) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "fees: no fee is due on this claim that can be paid online")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data }, { data: orders }] = await Promise.all([
      query.graph({
        entity: "payment_collection",
        fields: ["id", "payment_sessions.id", "payment_sessions.status", "payment_sessions.provider_id", "payments.id", "payments.canceled_at", "payments.captures.id"],
        filters: { id: fee.payment_collection_id! },
      }),
      query.graph({ entity: "order", fields: ["id", "region.payment_providers.id"], filters: { id: input.order_id } }),
    ])
    const enabled = ((orders[0] as { region?: { payment_providers?: ({ id: string } | null)[] | null } | null } | undefined)?.region
      ?.payment_providers ?? [])
      .filter((p): p is { id: string } => !!p)
      .map((p) => p.id)
    const allowed = (provider: string) => enabled.includes(provider)
    const collection = data[0] as CollectionRow | undefined
    if (!collection) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `fees: the fee's payment collection ${fee.payment_collection_id} was not found`)
    }
    const payments = (collection.payments ?? []).filter((p) => !!p)
    const captured = payments.find((p) => (p.captures ?? []).length > 0)
    const authorized = payments.find((p) => !p.canceled_at)
    const payment = captured ?? authorized ?? null
    const session = (collection.payment_sessions ?? []).find((s) => s?.status === "pending") ?? null
    if (!payment) {
      const provider = session?.provider_id ?? input.provider_id
      if (!allowed(provider)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `provider_id: "${provider}" is not a payment provider of the order's region; use one of: ${enabled.join(", ") || "none"}`
        )
      }
    }
    const state: ClaimFeePayment = {
      payment_collection_id: collection.id,
      session_id: payment ? null : session?.id ?? null,
      payment_id: payment?.id ?? null,
      captured: !!captured,
    }
    return new StepResponse(state)
  }
)
