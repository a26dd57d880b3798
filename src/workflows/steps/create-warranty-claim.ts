import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import { ClaimActor } from "../../modules/warranty/models/claim-event"

type CreateClaimData = Parameters<WarrantyModuleService["createWarrantyClaims"]>[0]
export type NewWarrantyClaim = CreateClaimData extends (infer T)[] ? T : CreateClaimData

/**
 * Creates the claim and the first entry of its log (`submit`) in one transaction, tied to the
 * shopper's `Idempotency-Key` when the request had one; the compensation removes both.
 */
export const createWarrantyClaimStep = createStep(
  "create-warranty-claim",
  async (input: { claim: NewWarrantyClaim; actor_id: string | null; idempotency_key_id?: string | null }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const claim = await warranty.recordSubmittedClaim({
      claim: input.claim,
      event: {
        move: "submit",
        from_status: null,
        to_status: input.claim.status,
        actor: ClaimActor.CUSTOMER,
        actor_id: input.actor_id,
        data: { defects: input.claim.defects, covers: input.claim.covers, delivery_method: input.claim.delivery_method },
        visible_to_customer: true,
      },
      idempotency_key_id: input.idempotency_key_id,
    })
    return new StepResponse(claim, claim.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.removeSubmittedClaim(id)
  }
)
