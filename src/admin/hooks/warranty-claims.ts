import { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { errorMessage } from "../lib/format"
import { sdk } from "../lib/sdk"
import type {
  AdminWarrantyClaimMove as AdminClaimMove,
  AdminWarrantyClaimMoveBodies as ClaimMoveBodies,
  AdminWarrantyClaimListParams as WarrantyClaimListParams,
  AdminWarrantyClaimListResponse as WarrantyClaimListResponse,
  AdminWarrantyClaimResponse as WarrantyClaimResponse,
} from "../../types"

export const warrantyClaimKeys = {
  all: ["warranty_claims"] as const,
  list: (params: WarrantyClaimListParams) => ["warranty_claims", "list", params] as const,
  detail: (id: string) => ["warranty_claims", "detail", id] as const,
}

/** `keepPrevious` keeps the last page on screen while the next loads (the list page, not widgets). */
export function useWarrantyClaims(params: WarrantyClaimListParams, options?: { keepPrevious?: boolean }) {
  return useQuery({
    queryKey: warrantyClaimKeys.list(params),
    queryFn: () => sdk.client.fetch<WarrantyClaimListResponse>("/admin/warranty-claims", { query: params }),
    placeholderData: options?.keepPrevious ? keepPreviousData : undefined,
  })
}

export function useWarrantyClaim(id: string) {
  return useQuery({
    queryKey: warrantyClaimKeys.detail(id),
    queryFn: () => sdk.client.fetch<WarrantyClaimResponse>(`/admin/warranty-claims/${id}`),
    enabled: Boolean(id),
  })
}

/** Moves whose route is not the move's name with dashes (the outcome routes, R8.2-R8.5). */
const CLAIM_MOVE_PATHS: Partial<Record<AdminClaimMove, string>> = {
  make_offer: "offer",
  mark_fee_paid: "fee/mark-paid",
  waive_fee: "fee/waive",
}

const claimMovePath = (move: AdminClaimMove): string => CLAIM_MOVE_PATHS[move] ?? move.replace(/_/g, "-")

/**
 * One admin move on a claim: POST /admin/warranty-claims/:id/<claimMovePath(move)>. The claim and
 * every list are refetched after the move, and after a refusal too: a 409 means the page showed
 * a stale status, so the fresh claim brings the moves that are open now.
 */
export function useClaimMove<M extends AdminClaimMove>(id: string, move: M) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ClaimMoveBodies[M]) =>
      sdk.client.fetch<WarrantyClaimResponse>(`/admin/warranty-claims/${id}/${claimMovePath(move)}`, {
        method: "POST",
        body,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: warrantyClaimKeys.all }),
  })
}

/**
 * The parcel label (R6.5) as a PDF download, fetched through the SDK like the card document; in
 * the claim's language, so it matches the label the shopper printed.
 */
export function useDownloadClaimLabel() {
  return useMutation({
    mutationFn: async ({ id, ticket_number, locale }: { id: string; ticket_number: string; locale: "ro" | "en" }) => {
      // With an accept header other than JSON the SDK returns the raw Response.
      const response = await sdk.client.fetch<Response>(`/admin/warranty-claims/${id}/label`, {
        query: { locale },
        headers: { accept: "application/pdf" },
      })
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = `${ticket_number}-label.pdf`
      document.body.appendChild(link)
      link.click()
      link.remove()
      // Give the browser time to start the download before the blob goes away.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    },
  })
}

/** A 409: the move is not open from the claim's current status (someone else moved it first). */
export function isClaimConflict(error: unknown): boolean {
  return error instanceof FetchError && error.status === 409
}

/**
 * The callbacks every claim move passes to `mutate`: a toast either way, with the server's
 * message on error. `onDone` (closing a drawer) runs on success, and on a 409, where the form no
 * longer applies: the refetched claim shows its current status and moves instead.
 */
export function claimMoveCallbacks(success: string, onDone?: () => void) {
  return {
    onSuccess: () => {
      toast.success(success)
      onDone?.()
    },
    onError: (error: Error) => {
      if (isClaimConflict(error)) {
        toast.error(errorMessage(error), { description: "The page now shows the claim's current status." })
        onDone?.()
        return
      }
      toast.error(errorMessage(error))
    },
  }
}
