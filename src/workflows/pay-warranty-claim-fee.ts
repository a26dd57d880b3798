import { MedusaError } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  authorizePaymentSessionStep,
  capturePaymentWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Fee } from "../modules/warranty/rules/claim-moves"
import { moveWarrantyClaimWorkflow } from "./move-warranty-claim"
import { recordFeePaymentStep } from "./steps/record-fee-payment"
import { resolveClaimFeePaymentStep } from "./steps/resolve-claim-fee-payment"
import { retrieveWarrantyClaimStep } from "./steps/retrieve-warranty-claim"

export const payWarrantyClaimFeeWorkflowId = "pay-warranty-claim-fee"

export type PayWarrantyClaimFeeInput = {
  id: string
  customer_id: string
  /** Used only when the storefront has not made a session on the fee's collection yet. */
  provider_id?: string
}

/**
 * R8.4: the shopper pays the due diagnostic fee online through its payment collection, with a
 * provider the order's region has; Medusa authorizes and captures the session, and the claim
 * records the fee as paid (`pay_fee`), which releases the device's return.
 */
export const payWarrantyClaimFeeWorkflow = createWorkflow(payWarrantyClaimFeeWorkflowId, (input: PayWarrantyClaimFeeInput) => {
  const claim = retrieveWarrantyClaimStep(
    transform({ input }, ({ input }) => ({ id: input.id, customer_id: input.customer_id }))
  )
  const due = resolveClaimFeePaymentStep(
    transform({ claim, input }, ({ claim, input }) => ({
      fees: claim.fees as unknown as Fee[] | null,
      order_id: claim.order_id,
      provider_id: input.provider_id ?? "pp_system_default",
    }))
  )

  // The fee is claimed first, under the claim's row lock: of two payments at once (a double
  // click) or a payment and a staff waiver, one is recorded and the other gets a 409 before any
  // money moves. If the provider then refuses, the move is undone and the fee is due again.
  const moved = moveWarrantyClaimWorkflow.runAsStep({
    input: transform({ input, due }, ({ input, due }) => ({
      id: input.id,
      move: "pay_fee" as const,
      actor: "customer" as const,
      actor_id: input.customer_id,
      customer_id: input.customer_id,
      input: { payment_collection_id: due.payment_collection_id, payment_id: due.payment_id },
    })),
  })

  const created = when({ due }, ({ due }) => !due.payment_id && !due.session_id).then(() =>
    createPaymentSessionsWorkflow.runAsStep({
      input: transform({ input, due }, ({ input, due }) => ({
        payment_collection_id: due.payment_collection_id,
        provider_id: input.provider_id ?? "pp_system_default",
        customer_id: input.customer_id,
      })),
    })
  )

  const authorized = when({ due }, ({ due }) => !due.payment_id).then(() =>
    authorizePaymentSessionStep(
      transform({ due, created }, ({ due, created }) => ({ id: (due.session_id ?? created?.id)! }))
    )
  )

  const payment = transform({ due, authorized }, ({ due, authorized }) => {
    const payment_id = due.payment_id ?? authorized?.id
    if (!payment_id) {
      // A provider that authorizes later (bank transfer, payment link): nothing to capture yet.
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "payment: the provider has not authorized the payment yet; the fee is recorded as paid once it is"
      )
    }
    return { payment_collection_id: due.payment_collection_id, payment_id }
  })

  when({ due }, ({ due }) => !due.captured).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ payment, input }, ({ payment, input }) => ({
        payment_id: payment.payment_id,
        captured_by: input.customer_id,
      })),
    })
  })

  recordFeePaymentStep(transform({ input, payment }, ({ input, payment }) => ({ claim_id: input.id, ...payment })))

  return new WorkflowResponse(moved)
})
