import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LINK_CLASS } from "../lib/link"
import type { AdminWarrantyShopper } from "../../types"

/**
 * The shopper of a claim or card in a list: the name (linking to Medusa's customer page) and the
 * e-mail under it. A guest has no customer page: the name they gave on the claim, if any.
 */
export const ShopperCell = ({ shopper, fallback }: { shopper: AdminWarrantyShopper | null; fallback?: string | null }) => {
  if (!shopper) {
    return (
      <div className="flex flex-col">
        <Text size="small" leading="compact">
          {fallback || "Guest"}
        </Text>
        {fallback && (
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
            Guest
          </Text>
        )}
      </div>
    )
  }
  return (
    <div className="flex flex-col">
      <Link
        to={`/customers/${shopper.id}`}
        onClick={(e) => e.stopPropagation()}
        className={`${LINK_CLASS} txt-compact-small whitespace-nowrap`}
      >
        {shopper.name || shopper.email || "Customer"}
      </Link>
      {shopper.name && shopper.email && (
        <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
          {shopper.email}
        </Text>
      )}
    </div>
  )
}
