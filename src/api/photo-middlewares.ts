import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { readPhotoUpload } from "./utils/photo-upload"
import { AdminGetClaimPhotosParams, AdminUploadClaimPhotos, EmptyBody, GetWarrantyClaimParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/**
 * R11.4: a claim's evidence photos. The upload is read (multer, in memory, held to the size
 * limit) only once the caller is authenticated; the image routes answer only the claim's
 * shopper and staff (Medusa authenticates every /admin route).
 */
export const PHOTO_ROUTES: MiddlewareRoute[] = [
  {
    matcher: "/store/warranty-claims/:id/photos",
    methods: ["GET"],
    middlewares: [customer, validateAndTransformQuery(GetWarrantyClaimParams, {})],
  },
  {
    matcher: "/store/warranty-claims/:id/photos",
    methods: ["POST"],
    middlewares: [customer, readPhotoUpload, validateAndTransformBody(EmptyBody)],
  },
  { matcher: "/store/warranty-claims/:id/photos/:photo_id", methods: ["GET"], middlewares: [customer] },
  { matcher: "/store/warranty-claims/:id/photos/:photo_id/thumbnail", methods: ["GET"], middlewares: [customer] },
  {
    matcher: "/admin/warranty-claims/:id/photos",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetClaimPhotosParams, {})],
  },
  {
    matcher: "/admin/warranty-claims/:id/photos",
    methods: ["POST"],
    middlewares: [readPhotoUpload, validateAndTransformBody(AdminUploadClaimPhotos)],
  },
]
