import { Text } from "@medusajs/ui"
import type { AdminWarrantyShopper } from "../../types"

/**
 * The shopper of a claim or card in a list: the name and the e-mail under it. Plain text: a click
 * on the row opens the claim or card (the claim page links to the customer). A guest has no
 * customer: the name they gave on the claim, if any.
 */
export const ShopperCell = ({ shopper, fallback }: { shopper: AdminWarrantyShopper | null; fallback?: string | null }) => {
  const name = shopper ? shopper.name || shopper.email || "Customer" : fallback || "Guest"
  const detail = shopper ? (shopper.name ? shopper.email : null) : fallback ? "Guest" : null
  return (
    <div className="flex flex-col">
      <Text size="small" leading="compact" className="whitespace-nowrap">
        {name}
      </Text>
      {detail && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
          {detail}
        </Text>
      )}
    </div>
  )
}
