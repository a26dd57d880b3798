import { listPhotosRoute, uploadPhotosRoute } from "../../../../utils/claim-photos"

/** R11.4: the claim's evidence photos, every stage (`?stage=` for one). */
export const GET = listPhotosRoute("admin")

/** R11.4: photos at intake or diagnosis (`stage`), multipart `files`. */
export const POST = uploadPhotosRoute("admin")
