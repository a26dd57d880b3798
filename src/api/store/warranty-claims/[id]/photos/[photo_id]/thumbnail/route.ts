import { photoBytesRoute } from "../../../../../../utils/claim-photos"

/** R11.4: one photo's thumbnail (WebP, at most 320 px). */
export const GET = photoBytesRoute("store", "thumbnail")
