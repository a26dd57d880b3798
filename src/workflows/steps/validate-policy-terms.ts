import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** R5.2: whatever was changed, an accessory is covered for manufacturing defects only. */
export const validatePolicyTermsStep = createStep(
  "validate-policy-terms",
  async (terms: { kind: string; coverage: string }) => {
    if (terms.kind === "accessory" && terms.coverage !== "manufacturing_defects") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "coverage: an accessory is covered for manufacturing defects only (R5.2), use manufacturing_defects"
      )
    }
  }
)
