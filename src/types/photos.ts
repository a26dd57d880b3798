/** Evidence photos of a claim (R11.4, R6.7): what the photo routes take and answer. */
import type { WarrantyDateTime } from "./common"

/** `filing`: the shopper's, attached when filing; `intake` and `diagnosis`: staff's. */
export type WarrantyClaimPhotoStage = "filing" | "intake" | "diagnosis"

/**
 * One photo as the shopper reads it. `url` and `thumbnail_url` are the plugin's own routes
 * (relative to the Medusa backend), answered only to the claim's shopper (with their session
 * or token) and to staff: fetch them with the SDK, never put a token in an `<img src>`.
 */
export type StoreWarrantyClaimPhoto = {
  id: string
  claim_id: string
  stage: WarrantyClaimPhotoStage
  /** Of the stored image: `image/jpeg` (a HEIC arrives as JPEG), `image/png` or `image/webp`. */
  content_type: string
  /** Bytes of the stored (cleaned) image. */
  size: number
  width: number
  height: number
  /** The name the uploader's device gave; display only. */
  original_name: string
  /** Who added it: the shopper or the service. */
  added_by: "customer" | "admin"
  created_at: WarrantyDateTime
  /** `GET` the image (its `content_type`). */
  url: string
  /** `GET` a small WebP copy, at most 320 px on its longest side. */
  thumbnail_url: string
}

/** One photo as staff read it: who added it and whether the shopper sees it. */
export type AdminWarrantyClaimPhoto = StoreWarrantyClaimPhoto & {
  actor_id: string | null
  visible_to_customer: boolean
}

/** `GET /store/warranty-claims/:id/photos` (oldest first), and `POST` (the photos just added). */
export type StoreWarrantyClaimPhotoListResponse = { claim_photos: StoreWarrantyClaimPhoto[]; count: number }
/** `GET /admin/warranty-claims/:id/photos[?stage=]` (oldest first), and `POST` (the photos just added). */
export type AdminWarrantyClaimPhotoListResponse = { claim_photos: AdminWarrantyClaimPhoto[]; count: number }

/**
 * `POST /admin/warranty-claims/:id/photos`: multipart/form-data with the images in `files` and
 * these text fields. `visible_to_customer` ("true"/"false", default false) shows them to the shopper.
 */
export type AdminUploadWarrantyClaimPhotosFields = {
  stage: Exclude<WarrantyClaimPhotoStage, "filing">
  visible_to_customer?: "true" | "false"
}
