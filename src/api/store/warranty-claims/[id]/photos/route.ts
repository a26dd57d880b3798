import { listPhotosRoute, replayPhotoUpload, uploadPhotosRoute } from "../../../../utils/claim-photos"
import { idempotent } from "../../../../utils/idempotency"

/** R11.4: the claim's evidence photos the shopper sees (theirs, and those staff show them). */
export const GET = listPhotosRoute("store")

/** R11.4: photos of the defect, attached while the claim is submitted (at most `max_claim_photos`). */
export const POST = idempotent(uploadPhotosRoute("store"), replayPhotoUpload("store"))
