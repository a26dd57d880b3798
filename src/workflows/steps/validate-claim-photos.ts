import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import { photoUploadProblem, type PhotoStageValue } from "../../modules/warranty/rules/claim-photos"
import type WarrantyModuleService from "../../modules/warranty/service"

export type ValidateClaimPhotosInput = {
  claim: { id: string; status: string; ticket_number: string }
  actor: "customer" | "admin"
  stage: PhotoStageValue
  names: string[]
  max_claim_photos: number
}

/** R11.4: who may add photos to this claim now, under which stage, and how many (`rules/claim-photos.ts`). */
export const validateClaimPhotosStep = createStep(
  "validate-claim-photos",
  async (input: ValidateClaimPhotosInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [, filing_count] = await warranty.listAndCountClaimPhotographs({ claim_id: input.claim.id, stage: "filing" }, { take: 1 })
    const problem = photoUploadProblem({
      actor: input.actor,
      stage: input.stage,
      status: input.claim.status,
      ticket_number: input.claim.ticket_number,
      names: input.names,
      filing_count,
      max_claim_photos: input.max_claim_photos,
    })
    if (problem) {
      const type = problem.kind === "invalid" ? MedusaError.Types.INVALID_DATA : MedusaError.Types.NOT_ALLOWED
      throw new MedusaError(type, problem.message)
    }
    return new StepResponse(filing_count)
  }
)
