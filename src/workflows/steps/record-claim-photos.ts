import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { ClaimPhotoWrite } from "../../modules/warranty/service"
import type { ClaimActor } from "../../modules/warranty/models/claim-event"

export type RecordClaimPhotosInput = {
  status: string
  photos: ClaimPhotoWrite[]
  actor: ClaimActor
  actor_id: string | null
  visible_to_customer: boolean
  /** The shopper's `Idempotency-Key`, tied to the log line in the same transaction. */
  idempotency_key_id?: string | null
}

/** R11.4: the photos' rows and the claim's log line (who added which), in one transaction. Undone: both deleted. */
export const recordClaimPhotosStep = createStep(
  "record-claim-photos",
  async (input: RecordClaimPhotosInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const written = await warranty.recordClaimPhotos(input)
    return new StepResponse(written, written)
  },
  async (written, { container }) => {
    if (!written) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.deleteClaimPhotographs(written.photo_ids)
    await warranty.deleteClaimEvents(written.event_id)
  }
)
