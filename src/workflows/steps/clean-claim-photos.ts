import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sniffPhotoKind } from "../../modules/warranty/rules/photo-types"
import { cleanPhoto } from "../utils/clean-photo"

/** A photo as uploaded: the name its device gave and its bytes (base64, as Medusa's own upload workflow takes them). */
export type UploadedPhoto = { name: string; content: string }

export type CleanedClaimPhoto = {
  name: string
  content_type: string
  /** base64 */
  image: string
  /** base64, WebP */
  thumbnail: string
  size: number
  width: number
  height: number
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`

/**
 * R11.4: each photo checked by its content (JPEG, PNG, WebP, HEIC/HEIF; never by its name or
 * declared type), held to the size limit, and re-encoded without metadata (EXIF GPS included),
 * HEIC as JPEG; with its thumbnail. A file that fails is a 400 naming it.
 */
export const cleanClaimPhotosStep = createStep(
  "clean-claim-photos",
  async (input: { files: UploadedPhoto[]; photo_max_bytes: number }) => {
    const cleaned: CleanedClaimPhoto[] = []
    for (const file of input.files) {
      const bytes = Buffer.from(file.content, "base64")
      if (bytes.length > input.photo_max_bytes) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `files: "${file.name}" is larger than ${megabytes(input.photo_max_bytes)} (${megabytes(bytes.length)})`
        )
      }
      const kind = sniffPhotoKind(bytes)
      if (!kind) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `files: "${file.name}" is not a photo: send JPEG, PNG, WebP or HEIC/HEIF images (checked by content, not by name)`
        )
      }
      const photo = await cleanPhoto(bytes, kind).catch(() => {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `files: "${file.name}" could not be read as a ${kind.toUpperCase()} image`)
      })
      cleaned.push({
        name: file.name,
        content_type: photo.content_type,
        image: photo.image.toString("base64"),
        thumbnail: photo.thumbnail.toString("base64"),
        size: photo.image.length,
        width: photo.width,
        height: photo.height,
      })
    }
    return new StepResponse(cleaned)
  }
)
