import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminUpsertWarrantyPolicyBody as UpsertWarrantyPolicyBody,
  AdminWarrantyPolicyResponse as WarrantyPolicyResponse,
} from "../../types"

export const warrantyPolicyKeys = {
  product: (productId: string) => ["warranty_policy", productId] as const,
  target: (productId: string, variantId: string | null) => ["warranty_policy", productId, variantId ?? "product"] as const,
}

/** The product's own policy, or one variant's when `variantId` is given. */
function policyPath(productId: string, variantId: string | null) {
  return variantId
    ? `/admin/products/${productId}/variants/${variantId}/warranty`
    : `/admin/products/${productId}/warranty`
}

export function useProductWarranty(productId: string) {
  return useQuery({
    queryKey: warrantyPolicyKeys.target(productId, null),
    queryFn: () => sdk.client.fetch<WarrantyPolicyResponse>(policyPath(productId, null)),
  })
}

/** The product page's data leaves variants out, so the widget lists them itself. */
export function useProductVariants(productId: string) {
  return useQuery({
    queryKey: ["warranty_policy_variants", productId],
    queryFn: () => sdk.admin.product.listVariants(productId, { fields: "id,title,sku", limit: 200 }),
  })
}

export function useVariantWarranties(productId: string, variantIds: string[]) {
  return useQueries({
    queries: variantIds.map((variantId) => ({
      queryKey: warrantyPolicyKeys.target(productId, variantId),
      queryFn: () => sdk.client.fetch<WarrantyPolicyResponse>(policyPath(productId, variantId)),
    })),
  })
}

/** A product policy change also changes what its variants inherit: refetch all of them. */
function useInvalidatePolicies(productId: string) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: warrantyPolicyKeys.product(productId) })
}

export function useUpsertWarrantyPolicy(productId: string) {
  const invalidate = useInvalidatePolicies(productId)
  return useMutation({
    mutationFn: ({ variantId, body }: { variantId: string | null; body: UpsertWarrantyPolicyBody }) =>
      sdk.client.fetch<WarrantyPolicyResponse>(policyPath(productId, variantId), { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export function useDeleteWarrantyPolicy(productId: string) {
  const invalidate = useInvalidatePolicies(productId)
  return useMutation({
    mutationFn: (variantId: string | null) =>
      sdk.client.fetch<{ id: string; object: string; deleted: boolean }>(policyPath(productId, variantId), {
        method: "DELETE",
      }),
    onSuccess: invalidate,
  })
}
