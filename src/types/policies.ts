/** A product's or variant's own warranty terms (R2.2). */
import type { WarrantyCoverage, WarrantyProductKind } from "./cards"
import type { WarrantyDateTime, WarrantyDeleteResponse, WarrantyLocale } from "./common"

export type WarrantyTerms = {
  months: number
  battery_days: number
  coverage: WarrantyCoverage
  kind: WarrantyProductKind
}

/** `GET /store/products/:id/warranty`: the terms a product page shows before purchase (R2.2). */
export type StoreProductWarranty = WarrantyTerms & {
  product_id: string
  /** Each variant's own terms (a variant's policy wins over the product's). */
  variants: ({ variant_id: string } & Omit<WarrantyTerms, "kind">)[]
  /** R5.3: the statutory-rights statement, in `locale`. */
  statement: string
  locale: WarrantyLocale
}

/** `GET /store/products/:id/warranty`; unpublished, unknown or outside the key's sales channels: 404. */
export type StoreProductWarrantyResponse = { warranty: StoreProductWarranty }

/** A policy row of the product (or variant). */
export type AdminWarrantyPolicy = WarrantyTerms & {
  id: string
  product_id: string
  variant_id: string | null
  updated_at: WarrantyDateTime
}

/** `GET|POST /admin/products/:id/warranty` and `.../variants/:variant_id/warranty` */
export type AdminWarrantyPolicyResponse = {
  warranty_policy: {
    product_id: string
    variant_id: string | null
    /** The product's (or variant's) own row; null when it has none. */
    policy: AdminWarrantyPolicy | null
    /** What applies: the variant's, else the product's, else the plugin default. */
    effective: WarrantyTerms & { source: "variant" | "product" | "default" }
  }
}

/** `POST /admin/products/:id/warranty` (and the variant's): what is left out keeps the current value. */
export type AdminUpsertWarrantyPolicyBody = {
  months: number
  battery_days?: number
  coverage?: WarrantyCoverage
  kind?: WarrantyProductKind
}

/** `DELETE /admin/products/:id/warranty` (and the variant's): back to the default. */
export type AdminDeleteWarrantyPolicyResponse = WarrantyDeleteResponse<"warranty_policy">
