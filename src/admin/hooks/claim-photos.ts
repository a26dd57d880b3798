import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminWarrantyClaimPhoto, AdminWarrantyClaimPhotoListResponse } from "../../types"
import { warrantyClaimKeys } from "./warranty-claims"

const photoKeys = {
  list: (id: string) => ["warranty_claims", "photos", id] as const,
  image: (photoId: string, size: "thumbnail" | "full") => ["warranty_claim_photo", photoId, size] as const,
}

/** R11.4: every photo of the claim, oldest first (all stages). */
export function useClaimPhotos(id: string) {
  return useQuery({
    queryKey: photoKeys.list(id),
    queryFn: () => sdk.client.fetch<AdminWarrantyClaimPhotoListResponse>(`/admin/warranty-claims/${id}/photos`),
    enabled: Boolean(id),
  })
}

/**
 * One photo's bytes as an object URL: fetched through the SDK with the admin session (an `<img
 * src>` to the route would carry no auth, and no token goes in a URL). Cached for the session:
 * a stored photo never changes.
 */
export function usePhotoImage(photo: AdminWarrantyClaimPhoto, size: "thumbnail" | "full", enabled = true) {
  return useQuery({
    queryKey: photoKeys.image(photo.id, size),
    queryFn: async () => {
      // With an accept header other than JSON the SDK returns the raw Response.
      const response = await sdk.client.fetch<Response>(size === "thumbnail" ? photo.thumbnail_url : photo.url, {
        headers: { accept: "image/*" },
      })
      return URL.createObjectURL(await response.blob())
    },
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
  })
}

export type PhotoUploadInput = { files: File[]; stage: "intake" | "diagnosis"; visible_to_customer: boolean }

/** R11.4: staff's photos at intake or diagnosis; the gallery and the claim's log refresh after. */
export function useUploadClaimPhotos(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ files, stage, visible_to_customer }: PhotoUploadInput) => {
      const form = new FormData()
      form.append("stage", stage)
      form.append("visible_to_customer", String(visible_to_customer))
      for (const file of files) {
        form.append("files", file, file.name)
      }
      // No content-type: the browser writes multipart/form-data with its boundary.
      return sdk.client.fetch<AdminWarrantyClaimPhotoListResponse>(`/admin/warranty-claims/${id}/photos`, {
        method: "POST",
        body: form,
        headers: { "content-type": null },
      })
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: photoKeys.list(id) }),
        queryClient.invalidateQueries({ queryKey: warrantyClaimKeys.detail(id) }),
      ]),
  })
}
