import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { AdminUpdateWarrantySettingsBody, AdminWarrantySettingsResponse } from "../../types"

export const warrantySettingsKey = ["warranty_settings"] as const

/** Settings -> Warranty: the values, their defaults, what is overridden, the version and the log. */
export function useWarrantySettings() {
  return useQuery({
    queryKey: warrantySettingsKey,
    queryFn: () => sdk.client.fetch<AdminWarrantySettingsResponse>("/admin/warranty-settings"),
  })
}

/** Saves some settings (null resets one) at the version read; the answer is the settings after the save. */
export function useSaveWarrantySettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminUpdateWarrantySettingsBody) =>
      sdk.client.fetch<AdminWarrantySettingsResponse>("/admin/warranty-settings", { method: "POST", body }),
    onSuccess: (data) => queryClient.setQueryData(warrantySettingsKey, data),
  })
}

/** After a 409 (someone saved meanwhile): read the settings again. */
export function useReloadWarrantySettings() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: warrantySettingsKey })
}
