import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminRecordBatteryHealthBody as RecordBatteryHealthBody,
  AdminUpdateWarrantyCardBody as UpdateWarrantyCardBody,
  AdminWarrantyCardListParams as WarrantyCardListParams,
  AdminWarrantyCardListResponse as WarrantyCardListResponse,
  AdminWarrantyCardResponse as WarrantyCardResponse,
  AdminWarrantyInvoiceResponse as WarrantyInvoiceResponse,
} from "../../types"

export const warrantyCardKeys = {
  all: ["warranty_cards"] as const,
  list: (params: WarrantyCardListParams) => ["warranty_cards", "list", params] as const,
  detail: (id: string) => ["warranty_cards", "detail", id] as const,
}

/**
 * `keepPrevious` keeps the last page on screen while the next one loads (list pages); a widget
 * must not use it, or moving from one order to another would briefly show the first order's cards.
 */
export function useWarrantyCards(params: WarrantyCardListParams, options?: { keepPrevious?: boolean }) {
  return useQuery({
    queryKey: warrantyCardKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<WarrantyCardListResponse>("/admin/warranty-cards", {
        query: params,
      }),
    placeholderData: options?.keepPrevious ? keepPreviousData : undefined,
  })
}

/** One card, e.g. the one a replacement issued (R8.2); nothing is fetched without an id. */
export function useWarrantyCard(id: string | null | undefined) {
  return useQuery({
    queryKey: warrantyCardKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<WarrantyCardResponse>(`/admin/warranty-cards/${id}`),
    enabled: Boolean(id),
  })
}

/** Every card mutation changes what lists show (status, readings, serial): refetch them all. */
function useInvalidateCards() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: warrantyCardKeys.all })
}

export function useUpdateWarrantyCard(id: string) {
  const invalidate = useInvalidateCards()
  return useMutation({
    mutationFn: (body: UpdateWarrantyCardBody) =>
      sdk.client.fetch<WarrantyCardResponse>(`/admin/warranty-cards/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useRecordBatteryHealth(id: string) {
  const invalidate = useInvalidateCards()
  return useMutation({
    mutationFn: (body: RecordBatteryHealthBody) =>
      sdk.client.fetch<{ battery_health_record: { id: string } }>(`/admin/warranty-cards/${id}/battery-health`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export function useVoidWarrantyCard(id: string) {
  const invalidate = useInvalidateCards()
  return useMutation({
    mutationFn: (reason: string) =>
      sdk.client.fetch<WarrantyCardResponse>(`/admin/warranty-cards/${id}/void`, {
        method: "POST",
        body: { reason },
      }),
    onSuccess: invalidate,
  })
}

/** R3.2: the invoice date of a courier order; its courier cards start on it. */
export function useRecordWarrantyInvoice(orderId: string) {
  const invalidate = useInvalidateCards()
  return useMutation({
    mutationFn: (issued_on: string) =>
      sdk.client.fetch<WarrantyInvoiceResponse>(`/admin/orders/${orderId}/warranty-invoice`, {
        method: "POST",
        body: { issued_on },
      }),
    onSuccess: invalidate,
  })
}

/**
 * Fetches the card PDF through the SDK (so it works when the backend is on another origin too)
 * and hands it to the browser as a download.
 */
export function useDownloadWarrantyCard() {
  return useMutation({
    mutationFn: async ({ id, card_number, locale }: { id: string; card_number: string; locale: "ro" | "en" }) => {
      // With an accept header other than JSON the SDK returns the raw Response.
      const response = await sdk.client.fetch<Response>(`/admin/warranty-cards/${id}/document`, {
        query: { locale },
        headers: { accept: "application/pdf" },
      })
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = `${card_number}-${locale}.pdf`
      document.body.appendChild(link)
      link.click()
      link.remove()
      // Give the browser time to start the download before the blob goes away.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    },
  })
}
