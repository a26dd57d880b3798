import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import type { UploadedPhoto } from "../../workflows/steps/clean-claim-photos"
import { warrantyService } from "./warranty-cards"

/** The most photos one upload takes (a shopper's claim takes `max_claim_photos` in all). */
export const MAX_PHOTOS_PER_UPLOAD = 12

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`

function uploadProblem(err: unknown, maxBytes: number): MedusaError {
  const e = err as { code?: string; field?: string; filename?: string; message?: string }
  const bad = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
  switch (e.code) {
    case "LIMIT_FILE_SIZE":
      return bad(`files: "${e.filename ?? "a file"}" is larger than ${megabytes(maxBytes)}`)
    case "LIMIT_FILE_COUNT":
      return bad(`files: at most ${MAX_PHOTOS_PER_UPLOAD} photos in one upload`)
    case "LIMIT_UNEXPECTED_FILE":
      return bad(`${e.field ?? "a field"}: photos go in the field "files"`)
    default:
      return bad(`The upload is not valid multipart/form-data (${e.message ?? "unreadable"}): send the photos in the field "files"`)
  }
}

/**
 * R11.4: reads a multipart upload of photos into memory as Medusa's own `/admin/uploads` does
 * (multer), held to the shop's size limit per file (`photo_max_bytes`): an oversized file stops
 * the upload with a 400 naming it, before the rest is buffered. Text fields land in `req.body`.
 */
export async function readPhotoUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { photo_max_bytes } = await warrantyService(req.scope).getSettings()
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: "utf8",
    limits: { fileSize: photo_max_bytes, files: MAX_PHOTOS_PER_UPLOAD, fields: 10, fieldSize: 1024, parts: MAX_PHOTOS_PER_UPLOAD + 10 },
  }).array("files", MAX_PHOTOS_PER_UPLOAD)
  upload(req, res, (err) => next(err ? uploadProblem(err, photo_max_bytes) : undefined))
}

/** A name as a person reads it: no folders, no control characters, not too long. */
function displayName(name: string, index: number): string {
  // eslint-disable-next-line no-control-regex
  const clean = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200)
  return clean || `photo-${index + 1}`
}

/** The files multer read, as the workflow takes them; none (or not multipart) is a 400. */
export function uploadedPhotos(req: MedusaRequest): UploadedPhoto[] {
  const files = (req as unknown as { files?: multer.File[] }).files
  if (!Array.isArray(files) || !files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'files: send the photos as multipart/form-data in the field "files"')
  }
  return files.map((f, i) => ({ name: displayName(f.originalname, i), content: f.buffer.toString("base64") }))
}
