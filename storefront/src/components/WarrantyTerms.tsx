import { ShieldCheck } from "@medusajs/icons"
import { Badge, Text } from "@medusajs/ui"
import type { StoreProductWarranty } from "medusa-plugin-warranty/client"
import { useLocale } from "../lib/i18n"

type Terms = { months: number; battery_days: number; coverage: StoreProductWarranty["coverage"] }

/** R2.2: the terms of the product, or of the chosen variant when it has its own. */
export function termsFor(warranty: StoreProductWarranty, variantId: string | null | undefined): Terms {
  const own = variantId ? warranty.variants.find((v) => v.variant_id === variantId) : undefined
  return own ?? warranty
}

/** "24 months warranty, battery 90 days"; an accessory's "manufacturing defects" (R5.2). */
export function WarrantyBadge({ terms, size = "base" }: { terms: Terms; size?: "small" | "base" }) {
  const { t } = useLocale()
  const text =
    terms.coverage === "manufacturing_defects"
      ? t.storefront.warranty.badgeAccessory(terms.months)
      : terms.battery_days > 0
        ? t.storefront.warranty.badgeDevice(terms.months, terms.battery_days)
        : t.storefront.warranty.badgeMonths(terms.months)
  return (
    <Badge color="green" size={size === "small" ? "2xsmall" : "base"} className="inline-flex h-auto w-fit items-start gap-x-1 whitespace-normal py-1 text-left">
      <ShieldCheck aria-hidden="true" className="shrink-0" />
      <span>{text}</span>
    </Badge>
  )
}

/** The product page's warranty block: the badge, what it covers, the R5.3 statement and the R10 power notes. */
export function WarrantyDetails({ warranty, variantId }: { warranty: StoreProductWarranty; variantId: string | null }) {
  const { t } = useLocale()
  const terms = termsFor(warranty, variantId)
  return (
    <div className="flex flex-col gap-y-3">
      <WarrantyBadge terms={terms} />
      {/* R5.1 what a phone's warranty covers; R5.2 what an accessory's does not. */}
      <Text size="small" className="text-ui-fg-subtle">
        {terms.coverage === "manufacturing_defects" ? t.warranty.accessory_exclusions : t.storefront.warranty.coverageDevice}
      </Text>
      {/* R5.3, in the API's words. */}
      <Text size="small">{warranty.statement}</Text>
      {/* R10 (Art. 13): informational, shown with the terms. */}
      <Text size="small" className="text-ui-fg-subtle">
        {t.warranty.power_requirements}
      </Text>
    </div>
  )
}
