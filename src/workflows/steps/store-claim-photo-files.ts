import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { THUMBNAIL_TYPE } from "../utils/clean-photo"
import type { CleanedClaimPhoto } from "./clean-claim-photos"

export type StoredClaimPhoto = Omit<CleanedClaimPhoto, "image" | "thumbnail"> & { file_id: string; thumbnail_file_id: string }

const EXTENSION: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" }

/**
 * R11.4: puts each cleaned photo and its thumbnail in Medusa's File Module (whichever provider
 * the shop runs), `private`, under a random name that says nothing of the claim or the shopper:
 * the plugin's routes are the only way to them. Undone: the files are deleted.
 */
export const storeClaimPhotoFilesStep = createStep(
  "store-claim-photo-files",
  async (photos: CleanedClaimPhoto[], { container }) => {
    const files = container.resolve(Modules.FILE)
    const stored: StoredClaimPhoto[] = []
    const ids: string[] = []
    try {
      for (const { image, thumbnail, ...photo } of photos) {
        const name = `warranty-photo-${randomUUID()}`
        const [full, small] = await files.createFiles([
          { filename: `${name}.${EXTENSION[photo.content_type]}`, mimeType: photo.content_type, content: image, access: "private" },
          { filename: `${name}-thumb.webp`, mimeType: THUMBNAIL_TYPE, content: thumbnail, access: "private" },
        ])
        ids.push(full.id, small.id)
        stored.push({ ...photo, file_id: full.id, thumbnail_file_id: small.id })
      }
    } catch (e) {
      // A step that throws is not compensated: what it stored before failing goes here.
      await files.deleteFiles(ids)
      throw e
    }
    return new StepResponse(stored, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve(Modules.FILE).deleteFiles(ids)
    }
  }
)
