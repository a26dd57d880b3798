import type { ClaimStatusValue } from "./claim-transitions"

export type PhotoStageValue = "filing" | "intake" | "diagnosis"

/** R11.4: the shopper adds photos of the defect while the claim waits for the device. */
export const SHOPPER_PHOTO_STATUSES: ClaimStatusValue[] = ["submitted"]
/** Staff add photos at intake (seals, liquid indicators, damage) and at diagnosis. */
export const STAFF_PHOTO_STAGES: PhotoStageValue[] = ["intake", "diagnosis"]

export type PhotoUpload = {
  actor: "customer" | "admin"
  stage: PhotoStageValue
  status: string
  ticket_number: string
  /** The names of the files sent, in order. */
  names: string[]
  /** Filing photos the claim already has. */
  filing_count: number
  max_claim_photos: number
}

export type PhotoUploadProblem = { kind: "invalid" | "not_allowed"; message: string }

/**
 * R11.4: may these photos be added? The shopper's go under `filing` while the claim is
 * submitted, at most `max_claim_photos` in all; staff's under `intake` or `diagnosis`, at any
 * status. Messages name the file or the field.
 */
export function photoUploadProblem(u: PhotoUpload): PhotoUploadProblem | null {
  if (!u.names.length) {
    return { kind: "invalid", message: "files: no photo was sent (multipart/form-data, field files)" }
  }
  if (u.actor === "admin") {
    return STAFF_PHOTO_STAGES.includes(u.stage)
      ? null
      : { kind: "invalid", message: `stage: staff add photos at ${STAFF_PHOTO_STAGES.join(" or ")}` }
  }
  if (u.stage !== "filing") {
    return { kind: "invalid", message: "stage: a shopper's photos are filing photos" }
  }
  if (!SHOPPER_PHOTO_STATUSES.includes(u.status as ClaimStatusValue)) {
    return {
      kind: "not_allowed",
      message: `Photos can be added to claim ${u.ticket_number} only until the service receives the device; it is "${u.status}".`,
    }
  }
  const room = Math.max(0, u.max_claim_photos - u.filing_count)
  if (u.names.length > room) {
    return {
      kind: "invalid",
      message: `files: "${u.names[room]}" is one photo too many: a claim takes at most ${u.max_claim_photos} photos (it has ${u.filing_count})`,
    }
  }
  return null
}
