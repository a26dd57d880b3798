import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** A warranty cannot start in the future: the card is handed over or invoiced on a past day. */
export const validateStartDateStep = createStep(
  "validate-start-date",
  async (input: { field: string; date?: string | null; today: string }) => {
    if (input.date && input.date > input.today) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${input.field} must not be after today (${input.today}) in the shop's time zone`
      )
    }
  }
)
