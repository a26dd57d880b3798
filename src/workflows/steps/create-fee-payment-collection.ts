import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CreateFeePaymentCollectionInput = {
  claim_id: string
  ticket_number: string
  amount: number
  currency_code: string
}

/**
 * R8.4: a due fee gets its own Medusa payment collection, which the storefront pays with any
 * provider the shop has (`POST /store/payment-collections/:id/payment-sessions`). It is not
 * linked to the original order, so the order's totals and refunds stay as they were.
 */
export const createFeePaymentCollectionStep = createStep(
  "create-fee-payment-collection",
  async (input: CreateFeePaymentCollectionInput, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const [collection] = await payments.createPaymentCollections([
      {
        amount: input.amount,
        currency_code: input.currency_code,
        metadata: { warranty_claim_id: input.claim_id, ticket_number: input.ticket_number },
      },
    ])
    return new StepResponse({ payment_collection_id: collection.id }, collection.id)
  },
  async (collectionId, { container }) => {
    if (!collectionId) {
      return
    }
    await container.resolve(Modules.PAYMENT).deletePaymentCollections([collectionId])
  }
)
