export type PolicyTerms = {
  months: number
  battery_days: number
  coverage: "full" | "manufacturing_defects"
  kind: "device" | "accessory"
}

export type PolicyRow = PolicyTerms & { product_id: string; variant_id?: string | null }

export type ResolvedPolicy = PolicyTerms & { source: "variant" | "product" | "default" }

/** The plugin options that stand for a product without a policy of its own (R2.1, R4.1). */
export type PolicyDefaults = { default_warranty_months: number; battery_warranty_days: number }

/** R2.1-R2.2: a variant's own policy, else the product's, else the plugin default. */
export function resolvePolicy(
  policies: PolicyRow[],
  product_id: string | null | undefined,
  variant_id: string | null | undefined,
  defaults: PolicyDefaults
): ResolvedPolicy {
  const forProduct = policies.filter((p) => product_id && p.product_id === product_id)
  const variantPolicy = variant_id ? forProduct.find((p) => p.variant_id === variant_id) : undefined
  if (variantPolicy) {
    return pick(variantPolicy, "variant")
  }
  const productPolicy = forProduct.find((p) => !p.variant_id)
  if (productPolicy) {
    return pick(productPolicy, "product")
  }
  return {
    months: defaults.default_warranty_months,
    battery_days: defaults.battery_warranty_days,
    coverage: "full",
    kind: "device",
    source: "default",
  }
}

function pick(p: PolicyTerms, source: ResolvedPolicy["source"]): ResolvedPolicy {
  return {
    months: p.months,
    battery_days: p.battery_days,
    coverage: p.coverage,
    kind: p.kind,
    source,
  }
}

export type PolicyChange = {
  months: number
  battery_days?: number
  coverage?: PolicyTerms["coverage"]
  kind?: PolicyTerms["kind"]
}

/**
 * R2.2, R5.2: the terms a policy change leads to. What staff leave out comes from the policy it
 * changes (or, for a variant's first own policy, the product's), as long as the kind stays the
 * same; otherwise from the kind's defaults: an accessory is covered for manufacturing defects
 * only and has no battery warranty.
 */
export function mergePolicy(
  change: PolicyChange,
  base: PolicyTerms | null,
  defaults: PolicyDefaults
): PolicyTerms {
  const kind = change.kind ?? base?.kind ?? "device"
  const sameKind = base?.kind === kind ? base : null
  const accessory = kind === "accessory"
  return {
    months: change.months,
    kind,
    coverage: change.coverage ?? sameKind?.coverage ?? (accessory ? "manufacturing_defects" : "full"),
    battery_days: change.battery_days ?? sameKind?.battery_days ?? (accessory ? 0 : defaults.battery_warranty_days),
  }
}
