import { useMutation } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminWarrantyClaimReceiptParams, WarrantyLocale } from "../../types"

/** The PDFs printed from a claim's page: R6.5 parcel label, intake and handover receipts. */
export type ClaimDocumentKind = "label" | "intake-receipt" | "handover-receipt"

export type ClaimDocumentRequest = {
  id: string
  ticket_number: string
  kind: ClaimDocumentKind
  locale: WarrantyLocale
}

/**
 * One of a claim's PDFs as a download: fetched through the SDK with the admin session (a plain
 * link would carry no auth), then handed to the browser as a file.
 */
export function useDownloadClaimDocument() {
  return useMutation({
    mutationFn: async ({ id, ticket_number, kind, locale }: ClaimDocumentRequest) => {
      // With an accept header other than JSON the SDK returns the raw Response.
      const query: AdminWarrantyClaimReceiptParams = { locale }
      const response = await sdk.client.fetch<Response>(`/admin/warranty-claims/${id}/${kind}`, {
        query,
        headers: { accept: "application/pdf" },
      })
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      // The name the server gives it too: the ticket first, so a folder sorts by claim.
      link.download = `${ticket_number}-${kind}.pdf`
      document.body.appendChild(link)
      link.click()
      link.remove()
      // Give the browser time to start the download before the blob goes away.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    },
  })
}
