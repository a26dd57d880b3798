import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { defectsProblem, Eligibility } from "../../modules/warranty/rules/claim-covers"
import type { ClaimContact } from "../../modules/warranty/rules/claim-moves"

export type { ClaimContact }

export type ValidateClaimFilingInput = {
  card: { kind: string; coverage: string }
  defects: string[]
  eligibility: Eligibility
  paid_service_accepted?: boolean
  contact: Partial<ClaimContact> | null
}

/**
 * R5.1/R5.2: the defects fit the product; the card can be claimed on (not void, started); R6.5:
 * the label has a full contact block; R11.3: with no free cover the shopper said yes to a paid
 * service before filing.
 */
export const validateClaimFilingStep = createStep(
  "validate-claim-filing",
  async (input: ValidateClaimFilingInput) => {
    const problem = defectsProblem(input.card, input.defects)
    if (problem) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `defects: ${problem}`)
    }
    if (!input.eligibility.fileable) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `warranty_card_id: ${input.eligibility.reasons.map((r) => r.message).join(" ")}`
      )
    }
    if (!input.eligibility.covered && input.paid_service_accepted !== true) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `paid_service_accepted: ${input.eligibility.reasons.map((r) => r.message).join(" ")} Send paid_service_accepted: true to file a paid claim.`
      )
    }
    const c = input.contact ?? {}
    const missing = [
      !c.name && "contact.name",
      !c.contact_person && "contact.contact_person",
      !c.phone && "contact.phone",
      !c.address?.address_1 && "contact.address.address_1",
      !c.address?.city && "contact.address.city",
      !c.address?.postal_code && "contact.address.postal_code",
      !c.address?.country_code && "contact.address.country_code",
    ].filter(Boolean)
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${missing.join(", ")}: required for the parcel label (R6.5) and not found in the order's shipping address`
      )
    }
    return new StepResponse(c as ClaimContact)
  }
)
