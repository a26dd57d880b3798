import { model } from "@medusajs/framework/utils"
import { ClaimActor } from "./claim-event"

/** R11.4, R6.7: who took a claim's photo and when: the shopper at filing, staff at intake or diagnosis. */
export enum ClaimPhotoStage {
  FILING = "filing",
  INTAKE = "intake",
  DIAGNOSIS = "diagnosis",
}

/**
 * One evidence photo of a claim (R11.4). The bytes live in Medusa's File Module (`file_id`, and
 * `thumbnail_file_id` for the small copy), stored private under a random name, cleaned of every
 * metadata block (EXIF GPS included); the plugin's routes serve them to the claim's shopper and
 * to staff only. `original_name` is the name the uploader's device gave, for display only.
 */
export const ClaimPhoto = model
  .define({ name: "claim_photo", tableName: "warranty_claim_photo" }, {
    id: model.id({ prefix: "wcph" }).primaryKey(),
    claim_id: model.text(),
    stage: model.enum(ClaimPhotoStage),
    file_id: model.text(),
    thumbnail_file_id: model.text(),
    content_type: model.text(),
    size: model.number(),
    width: model.number(),
    height: model.number(),
    original_name: model.text(),
    actor: model.enum(ClaimActor),
    actor_id: model.text().nullable(),
    /** Filing photos are the shopper's own; staff photos only when staff show them. */
    visible_to_customer: model.boolean().default(false),
  })
  .indexes([{ on: ["claim_id", "created_at"], where: "deleted_at IS NULL" }])
