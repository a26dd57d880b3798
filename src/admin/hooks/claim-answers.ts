import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminAcceptWarrantyOfferBody,
  AdminDeclineWarrantyOfferBody,
  AdminRecordQuoteAnswerBody,
  AdminWarrantyClaimResponse as WarrantyClaimResponse,
  WarrantyCustomerAnswer,
} from "../../types"
import { warrantyClaimKeys } from "./warranty-claims"

/** The body of each answer staff record for the shopper, and its route under the claim. */
type AnswerBodies = {
  accept_quote: AdminRecordQuoteAnswerBody
  decline_quote: AdminRecordQuoteAnswerBody
  accept_offer: AdminAcceptWarrantyOfferBody
  decline_offer: AdminDeclineWarrantyOfferBody
}
/** One answer with its body. */
export type CustomerAnswerVariables = { [A in WarrantyCustomerAnswer]: { answer: A; body: AnswerBodies[A] } }[WarrantyCustomerAnswer]

const ANSWER_PATHS: Record<WarrantyCustomerAnswer, string> = {
  accept_quote: "quote/accept",
  decline_quote: "quote/decline",
  accept_offer: "offer/accept",
  decline_offer: "offer/decline",
}

/**
 * The shopper's answer given at the counter, on the phone or by e-mail, recorded by staff:
 * POST /admin/warranty-claims/:id/<quote|offer>/<accept|decline>. The claim is refetched after.
 */
export function useRecordCustomerAnswer(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ answer, body }: CustomerAnswerVariables) =>
      sdk.client.fetch<WarrantyClaimResponse>(`/admin/warranty-claims/${id}/${ANSWER_PATHS[answer]}`, { method: "POST", body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: warrantyClaimKeys.all }),
  })
}

/** What the offer screens need of the claim's order: its currency and whether its payment is captured. */
export type ClaimOrderSummary = {
  id: string
  display_id: number | null
  currency_code: string
  payment_status: string | null
  /** Payments still to capture (authorized only). */
  capturable_payment_ids: string[]
}

type OrderRow = {
  id: string
  display_id?: number | null
  currency_code: string
  payment_status?: string | null
  payment_collections?: { status?: string | null; payments?: { id: string; captured_at?: string | null; canceled_at?: string | null }[] | null }[] | null
}

export const claimOrderKeys = { detail: (id: string) => ["warranty_claim_order", id] as const }

/** The claim's order through Medusa's admin API: currency and payment state. */
export function useClaimOrder(orderId: string | null | undefined) {
  return useQuery({
    queryKey: claimOrderKeys.detail(orderId ?? ""),
    enabled: !!orderId,
    queryFn: async (): Promise<ClaimOrderSummary> => {
      const { order } = await sdk.admin.order.retrieve(orderId as string, {
        fields: "id,display_id,currency_code,payment_status,*payment_collections,*payment_collections.payments",
      })
      const row = order as unknown as OrderRow
      const capturable = (row.payment_collections ?? [])
        .filter((pc) => pc.status === "authorized" || pc.status === "partially_authorized")
        .flatMap((pc) => pc.payments ?? [])
        .filter((p) => !p.captured_at && !p.canceled_at)
        .map((p) => p.id)
      return {
        id: row.id,
        display_id: row.display_id ?? null,
        currency_code: row.currency_code,
        payment_status: row.payment_status ?? null,
        capturable_payment_ids: capturable,
      }
    },
  })
}

/** Captures the order's authorized payments (Medusa's own capture), the way out of an offer refused for it. */
export function useCaptureOrderPayments(orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (paymentIds: string[]) => {
      for (const id of paymentIds) {
        await sdk.admin.payment.capture(id, {})
      }
    },
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: claimOrderKeys.detail(orderId) })
      queryClient.invalidateQueries({ queryKey: warrantyClaimKeys.all })
    },
  })
}

/** One variant as the picker lists it: names, SKU, stock and the price in the order's currency. */
export type PickerVariant = {
  id: string
  title: string | null
  sku: string | null
  product_id: string
  product_title: string
  thumbnail: string | null
  /** Units on hand minus reserved; null when Medusa does not manage its inventory. */
  inventory_quantity: number | null
  price: { amount: number; currency_code: string } | null
}

type VariantRow = {
  id: string
  title?: string | null
  sku?: string | null
  manage_inventory?: boolean | null
  inventory_quantity?: number | null
  prices?: { amount: number; currency_code: string; price_rules?: unknown[] | null }[] | null
  product?: { id: string; title: string; status?: string | null; thumbnail?: string | null } | null
}

const toVariant = (v: VariantRow, currency: string | null): PickerVariant => {
  const price = (v.prices ?? []).find((pr) => !!currency && pr.currency_code === currency && !(pr.price_rules ?? []).length)
  return {
    id: v.id,
    title: v.title ?? null,
    sku: v.sku ?? null,
    product_id: v.product?.id ?? "",
    product_title: v.product?.title ?? "",
    thumbnail: v.product?.thumbnail ?? null,
    inventory_quantity: v.manage_inventory === false ? null : (v.inventory_quantity ?? 0),
    price: price ? { amount: Number(price.amount), currency_code: price.currency_code } : null,
  }
}

const VARIANT_FIELDS = "id,title,sku,manage_inventory,inventory_quantity,*prices,product.id,product.title,product.status,product.thumbnail"

/**
 * Variants of published products whose product title, variant title or SKU matches `q` (Medusa's
 * admin variant search, which also searches the product's title), with their stock (on hand
 * minus reserved, over every location) and price in `currency`.
 */
export function useVariantSearch(q: string, currency: string | null, enabled = true) {
  const term = q.trim()
  return useQuery({
    queryKey: ["warranty_variant_search", term, currency],
    enabled,
    queryFn: async () => {
      const { variants } = await sdk.admin.productVariant.list({ q: term || undefined, limit: 20, fields: VARIANT_FIELDS })
      return (variants as unknown as VariantRow[]).filter((v) => v.product?.status === "published").map((v) => toVariant(v, currency))
    },
    staleTime: 10_000,
  })
}

type ProductRow = { id: string; title: string; variants?: { id: string; title?: string | null; sku?: string | null }[] | null }

/** Products (and their variants) by id, for names where the claim stores ids (suggestions, choices). */
export function useProductNames(productIds: string[]) {
  const ids = [...new Set(productIds.filter(Boolean))].sort()
  return useQuery({
    queryKey: ["warranty_product_names", ids],
    enabled: ids.length > 0,
    queryFn: async () => {
      const { products } = await sdk.admin.product.list({ id: ids, limit: ids.length, fields: "id,title,variants.id,variants.title,variants.sku" })
      const rows = products as unknown as ProductRow[]
      return { products: rows, variants: rows.flatMap((p) => (p.variants ?? []).map((v) => ({ id: v.id, title: v.title ?? null, sku: v.sku ?? null, product_id: p.id }))) }
    },
  })
}

/** A variant by id (the replacement of an older offer that stored no names). */
export function useVariantName(variantId: string | null | undefined) {
  return useQuery({
    queryKey: ["warranty_variant_name", variantId],
    enabled: !!variantId,
    queryFn: async () => {
      const { variants } = await sdk.admin.productVariant.list({ id: [variantId as string], fields: "id,title,sku,product.id,product.title" })
      const v = variants[0] as unknown as { id: string; title?: string | null; sku?: string | null; product?: { id: string; title: string } } | undefined
      return v ? { id: v.id, title: v.title ?? null, sku: v.sku ?? null, product_id: v.product?.id ?? null, product_title: v.product?.title ?? null } : null
    },
  })
}
