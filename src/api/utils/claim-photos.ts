import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { THUMBNAIL_TYPE } from "../../workflows/utils/clean-photo"
import { addClaimPhotosWorkflow } from "../../workflows/add-claim-photos"
import type {
  AdminWarrantyClaimPhoto,
  AdminWarrantyClaimPhotoListResponse,
  StoreWarrantyClaimPhoto,
  StoreWarrantyClaimPhotoListResponse,
  WarrantyClaimPhotoStage,
} from "../../types"
import { idempotencyKeyId } from "./idempotency"
import { uploadedPhotos } from "./photo-upload"
import { warrantyService } from "./warranty-cards"
import { findClaim, type Audience } from "./warranty-claims"

type PhotoRow = {
  id: string
  claim_id: string
  stage: string
  file_id: string
  thumbnail_file_id: string
  content_type: string
  size: number
  width: number
  height: number
  original_name: string
  actor: string
  actor_id: string | null
  visible_to_customer: boolean
  created_at: Date | string
}

type PhotoList = { store: StoreWarrantyClaimPhotoListResponse; admin: AdminWarrantyClaimPhotoListResponse }

/** Whose claim: a shopper reads only their own (a foreign claim is a 404, as if missing). */
const scope = (req: AuthenticatedMedusaRequest, audience: Audience) => ({
  id: req.params.id,
  customer_id: audience === "store" ? req.auth_context.actor_id : undefined,
})

function present(row: PhotoRow, audience: Audience): StoreWarrantyClaimPhoto | AdminWarrantyClaimPhoto {
  const base = `/${audience}/warranty-claims/${row.claim_id}/photos/${row.id}`
  const photo: StoreWarrantyClaimPhoto = {
    id: row.id,
    claim_id: row.claim_id,
    stage: row.stage as WarrantyClaimPhotoStage,
    content_type: row.content_type,
    size: row.size,
    width: row.width,
    height: row.height,
    original_name: row.original_name,
    added_by: row.actor === "customer" ? "customer" : "admin",
    created_at: new Date(row.created_at).toISOString(),
    url: base,
    thumbnail_url: `${base}/thumbnail`,
  }
  return audience === "admin" ? { ...photo, actor_id: row.actor_id, visible_to_customer: row.visible_to_customer } : photo
}

/** A claim's photos the reader may see, oldest first: a shopper those shown to them, staff all (or one stage). */
export async function listClaimPhotos<A extends Audience>(
  container: MedusaContainer,
  claim: { id: string; customer_id?: string },
  audience: A,
  filters: { stage?: string; id?: string[] } = {}
): Promise<PhotoList[A]> {
  await findClaim(container, claim)
  const rows = (await warrantyService(container).listClaimPhotographs(
    {
      claim_id: claim.id,
      ...(filters.stage ? { stage: filters.stage as WarrantyClaimPhotoStage } : {}),
      ...(filters.id ? { id: filters.id } : {}),
      ...(audience === "store" ? { visible_to_customer: true } : {}),
    },
    { order: { created_at: "ASC" } }
  )) as PhotoRow[]
  const claim_photos = rows.map((r) => present(r, audience))
  return { claim_photos, count: claim_photos.length } as PhotoList[A]
}

/** `GET .../photos`: the list. */
export function listPhotosRoute(audience: Audience) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const stage = (req.validatedQuery as { stage?: string } | undefined)?.stage
    res.json(await listClaimPhotos(req.scope, scope(req, audience), audience, { stage }))
  }
}

/** `POST .../photos`: the shopper's filing photos, or staff's at a stage; answers the photos added. */
export function uploadPhotosRoute(audience: Audience) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const body = (req.validatedBody ?? {}) as { stage?: "intake" | "diagnosis"; visible_to_customer?: boolean }
    const claim = scope(req, audience)
    const { result } = await addClaimPhotosWorkflow(req.scope).run({
      input: {
        claim_id: claim.id,
        customer_id: claim.customer_id,
        actor: audience === "store" ? "customer" : "admin",
        actor_id: req.auth_context.actor_id,
        stage: audience === "store" ? "filing" : (body.stage ?? "intake"),
        visible_to_customer: body.visible_to_customer,
        files: uploadedPhotos(req),
        idempotency_key_id: idempotencyKeyId(req),
      },
    })
    res.json(await listClaimPhotos(req.scope, claim, audience, { id: result.photo_ids }))
  }
}

/** The upload's answer again, from the log line it wrote (a retry after the first run died unanswered). */
export function replayPhotoUpload(audience: Audience) {
  return async (req: AuthenticatedMedusaRequest, event_id: string) => {
    const [event] = await warrantyService(req.scope).listClaimEvents({ id: event_id }, { select: ["data"], take: 1 })
    const photos = ((event?.data as { photos?: { id: string }[] } | undefined)?.photos ?? []).map((p) => p.id)
    return { status: 200, body: await listClaimPhotos(req.scope, scope(req, audience), audience, { id: photos }) }
  }
}

/**
 * `GET .../photos/:photo_id[/thumbnail]`: the bytes, read from the File Module, to the claim's
 * shopper (photos shown to them) or staff; kept out of shared caches.
 */
export function photoBytesRoute(audience: Audience, which: "image" | "thumbnail") {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const claim = scope(req, audience)
    await findClaim(req.scope, claim)
    const [row] = (await warrantyService(req.scope).listClaimPhotographs(
      { id: req.params.photo_id, claim_id: claim.id, ...(audience === "store" ? { visible_to_customer: true } : {}) },
      { take: 1 }
    )) as PhotoRow[]
    if (!row) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Claim photo with id: ${req.params.photo_id} was not found`)
    }
    const files = req.scope.resolve(Modules.FILE)
    const bytes = await files.getAsBuffer(which === "image" ? row.file_id : row.thumbnail_file_id)
    const type = which === "image" ? row.content_type : THUMBNAIL_TYPE
    const extension = type.split("/")[1] === "jpeg" ? "jpg" : type.split("/")[1]
    res.setHeader("Content-Type", type)
    res.setHeader("Content-Length", String(bytes.length))
    res.setHeader("Cache-Control", "private, max-age=3600")
    res.setHeader("X-Content-Type-Options", "nosniff")
    res.setHeader("Content-Disposition", `inline; filename="${row.id}${which === "thumbnail" ? "-thumb" : ""}.${extension}"`)
    res.status(200).end(bytes)
  }
}
