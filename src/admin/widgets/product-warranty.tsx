import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { ArrowPath, EllipsisHorizontal, PencilSquare } from "@medusajs/icons"
import { Badge, Container, DropdownMenu, Heading, IconButton, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { PolicyDrawer, type PolicyTarget } from "../components/policy-drawer"
import {
  useDeleteWarrantyPolicy,
  useProductVariants,
  useProductWarranty,
  useVariantWarranties,
} from "../hooks/warranty-policy"
import { COVERAGE_LABELS, errorMessage, KIND_LABELS } from "../lib/format"
import type { AdminWarrantyPolicyResponse as WarrantyPolicyResponse, WarrantyTerms } from "../../types"

const SOURCE_BADGES = {
  variant: { label: "Variant's own", color: "purple" },
  product: { label: "Product's own", color: "blue" },
  default: { label: "Plugin default", color: "grey" },
} as const

/** An accessory without a battery cover has no battery line (R5.2). */
const noBattery = (t: Pick<WarrantyTerms, "kind" | "battery_days">) => t.kind === "accessory" && t.battery_days <= 0

const termsLine = (t: WarrantyTerms) =>
  [
    `${t.months} months`,
    noBattery(t) ? null : `battery ${t.battery_days} days`,
    t.coverage === "full" ? "full" : "manufacturing defects",
  ]
    .filter(Boolean)
    .join(" · ")

const Row = ({ label, value }: { label: string; value: string }) => (
  <div className="grid grid-cols-2 items-center px-6 py-3">
    <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" leading="compact">
      {value}
    </Text>
  </div>
)

/** R2.2: the warranty terms a buyer of this product gets, and each variant's own terms. */
const ProductWarrantyWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { data, isLoading, isError, error } = useProductWarranty(product.id)
  const { data: variantData } = useProductVariants(product.id)
  const variants = variantData?.variants ?? []
  const variantPolicies = useVariantWarranties(
    product.id,
    variants.map((v) => v.id)
  )
  const remove = useDeleteWarrantyPolicy(product.id)
  const prompt = usePrompt()
  const [editing, setEditing] = useState<{ target: string | null } | null>(null)

  const policy = data?.warranty_policy
  const effective = policy?.effective
  const variantRows = variants.map((v, i) => ({
    variant: v,
    policy: variantPolicies[i]?.data?.warranty_policy as WarrantyPolicyResponse["warranty_policy"] | undefined,
  }))
  const ownVariantRows = variantRows.filter((r) => r.policy?.policy)

  const targets: PolicyTarget[] = [
    { variantId: null, label: `Whole product (${product.title})`, current: policy },
    ...variantRows.map((r) => ({
      variantId: r.variant.id,
      label: `Variant: ${r.variant.title ?? r.variant.sku ?? "untitled"}`,
      current: r.policy,
    })),
  ]

  const resetProduct = async () => {
    const confirmed = await prompt({
      title: "Reset to the default terms?",
      description:
        "The product will use the plugin's default warranty terms again (variants with their own terms keep them). Cards already issued keep their terms.",
      confirmText: "Reset",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    remove.mutate(null, {
      onSuccess: () => toast.success("Warranty terms reset to default"),
      onError: (e) => toast.error(`Could not reset the warranty terms: ${errorMessage(e)}`),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Warranty</Heading>
        <DropdownMenu modal={false}>
          <DropdownMenu.Trigger asChild>
            <IconButton size="small" variant="transparent" aria-label="Warranty actions">
              <EllipsisHorizontal />
            </IconButton>
          </DropdownMenu.Trigger>
          <DropdownMenu.Content align="end">
            <DropdownMenu.Item className="gap-x-2" onClick={() => setEditing({ target: null })}>
              <PencilSquare className="text-ui-fg-subtle" />
              Edit
            </DropdownMenu.Item>
            <DropdownMenu.Item className="gap-x-2" disabled={!policy?.policy} onClick={resetProduct}>
              <ArrowPath className="text-ui-fg-subtle" />
              Reset to default
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu>
      </div>
      {isLoading ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Loading warranty terms…
          </Text>
        </div>
      ) : isError || !effective ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Could not load the warranty terms: {errorMessage(error)}
          </Text>
        </div>
      ) : (
        <>
          <div className="flex items-center justify-between px-6 py-3">
            <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
              Terms from
            </Text>
            <Badge size="2xsmall" color={SOURCE_BADGES[effective.source].color}>
              {SOURCE_BADGES[effective.source].label}
            </Badge>
          </div>
          <Row label="Warranty" value={`${effective.months} months`} />
          {!noBattery(effective) && <Row label="Battery warranty" value={`${effective.battery_days} days`} />}
          <Row label="Coverage" value={COVERAGE_LABELS[effective.coverage]} />
          <Row label="Kind" value={KIND_LABELS[effective.kind]} />
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Text size="small" weight="plus" leading="compact" className="text-ui-fg-subtle">
              Variants with their own terms
            </Text>
            {ownVariantRows.length ? (
              ownVariantRows.map(({ variant, policy: vp }) => (
                <button
                  key={variant.id}
                  type="button"
                  onClick={() => setEditing({ target: variant.id })}
                  className="hover:bg-ui-bg-base-hover -mx-2 flex flex-col rounded-md px-2 py-1 text-left"
                >
                  <Text size="small" leading="compact" weight="plus">
                    {variant.title ?? variant.sku ?? "Untitled variant"}
                  </Text>
                  {vp?.policy && (
                    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                      {termsLine(vp.policy)}
                    </Text>
                  )}
                </button>
              ))
            ) : (
              <Text size="small" className="text-ui-fg-muted">
                None: every variant uses the terms above.
              </Text>
            )}
          </div>
        </>
      )}
      {editing && (
        <PolicyDrawer
          productId={product.id}
          targets={targets}
          initialTarget={editing.target}
          open
          onOpenChange={(open) => !open && setEditing(null)}
        />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side",
})

export default ProductWarrantyWidget
