import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminTransferWarrantyCardBody as TransferWarrantyCardBody,
  AdminTransferWarrantyCardResponse as TransferWarrantyCardResponse,
  AdminWarrantyCardOwnersResponse as WarrantyCardOwnersResponse,
} from "../../types"
import { warrantyCardKeys } from "./warranty-cards"

const ownerKeys = {
  detail: (id: string) => ["warranty_cards", "owners", id] as const,
}

/** Issue 11: the card's owners, oldest first, and its storefront transfers. */
export function useWarrantyCardOwners(id: string) {
  return useQuery({
    queryKey: ownerKeys.detail(id),
    queryFn: () => sdk.client.fetch<WarrantyCardOwnersResponse>(`/admin/warranty-cards/${id}/owners`),
  })
}

/** Issue 11 s.3: staff give the card to another customer; every card list and the log refetch. */
export function useTransferWarrantyCard(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TransferWarrantyCardBody) =>
      sdk.client.fetch<TransferWarrantyCardResponse>(`/admin/warranty-cards/${id}/transfer`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: warrantyCardKeys.all }),
  })
}

/** Registered customers matching what the clerk types (name or e-mail), ten at most. */
export function useCustomerSearch(q: string) {
  const term = q.trim()
  return useQuery({
    queryKey: ["warranty_transfer_customers", term],
    queryFn: () => sdk.admin.customer.list({ q: term, limit: 10, has_account: true, fields: "id,email,first_name,last_name" }),
    enabled: term.length >= 2,
  })
}
