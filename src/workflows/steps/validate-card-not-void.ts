import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** A void card is closed: nothing on it changes any more. */
export const validateCardNotVoidStep = createStep(
  "validate-card-not-void",
  async (card: { id: string; card_number: string; status: string; void_reason?: string | null }) => {
    if (card.status === "void") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Warranty card ${card.card_number} is void (${card.void_reason ?? "no reason"}) and can no longer be changed`
      )
    }
  }
)
