import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimActor } from "../modules/warranty/models/claim-event"
import type { ClaimPhotoStage } from "../modules/warranty/models/claim-photo"
import type { PhotoStageValue } from "../modules/warranty/rules/claim-photos"
import { cleanClaimPhotosStep, type UploadedPhoto } from "./steps/clean-claim-photos"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { recordClaimPhotosStep } from "./steps/record-claim-photos"
import { retrieveWarrantyClaimStep } from "./steps/retrieve-warranty-claim"
import { storeClaimPhotoFilesStep } from "./steps/store-claim-photo-files"
import { validateClaimPhotosStep } from "./steps/validate-claim-photos"

export const addClaimPhotosWorkflowId = "add-claim-photos"

export type AddClaimPhotosInput = {
  claim_id: string
  /** The shopper's own claims only (a foreign claim is a 404); none for staff. */
  customer_id?: string
  actor: "customer" | "admin"
  actor_id: string | null
  stage: PhotoStageValue
  files: UploadedPhoto[]
  /** Staff photos: shown to the shopper too. Filing photos always are (they are the shopper's). */
  visible_to_customer?: boolean
  /** The request's `Idempotency-Key` (its stored row): tied to the photos' log line as it is written. */
  idempotency_key_id?: string | null
}

/**
 * R11.4, R6.7: evidence photos of a claim. The shopper attaches photos of the defect when filing;
 * staff attach photos at intake and diagnosis (seals, liquid indicators, damage). Each is checked
 * by content, cleaned of metadata, stored with a thumbnail in the File Module, and the claim's log
 * records who added which. A failed database write deletes the stored files.
 */
export const addClaimPhotosWorkflow = createWorkflow(addClaimPhotosWorkflowId, (input: AddClaimPhotosInput) => {
  const settings = getWarrantySettingsStep()
  const claim = retrieveWarrantyClaimStep(transform({ input }, ({ input }) => ({ id: input.claim_id, customer_id: input.customer_id })))
  validateClaimPhotosStep(
    transform({ input, claim, settings }, ({ input, claim, settings }) => ({
      claim: { id: claim.id, status: claim.status, ticket_number: claim.ticket_number },
      actor: input.actor,
      stage: input.stage,
      names: input.files.map((f) => f.name),
      max_claim_photos: settings.max_claim_photos,
    }))
  )
  const cleaned = cleanClaimPhotosStep(
    transform({ input, settings }, ({ input, settings }) => ({ files: input.files, photo_max_bytes: settings.photo_max_bytes }))
  )
  const stored = storeClaimPhotoFilesStep(cleaned)
  const written = recordClaimPhotosStep(
    transform({ input, claim, stored }, ({ input, claim, stored }) => {
      const visible = input.actor === "customer" || !!input.visible_to_customer
      return {
        status: claim.status,
        actor: input.actor as ClaimActor,
        actor_id: input.actor_id,
        visible_to_customer: visible,
        idempotency_key_id: input.idempotency_key_id,
        photos: stored.map((p) => ({
          claim_id: claim.id,
          stage: input.stage as ClaimPhotoStage,
          file_id: p.file_id,
          thumbnail_file_id: p.thumbnail_file_id,
          content_type: p.content_type,
          size: p.size,
          width: p.width,
          height: p.height,
          original_name: p.name,
          actor: input.actor as ClaimActor,
          actor_id: input.actor_id,
          visible_to_customer: visible,
        })),
      }
    })
  )
  return new WorkflowResponse(written)
})
