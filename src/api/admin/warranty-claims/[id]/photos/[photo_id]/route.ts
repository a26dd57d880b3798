import { photoBytesRoute } from "../../../../../utils/claim-photos"

/** R11.4: one photo's image, served only here (never at a public file URL). */
export const GET = photoBytesRoute("admin", "image")
