import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { claimProductLabel, formatDay, KIND_LABELS } from "../lib/format"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimField, ClaimSection } from "./claim-section"
import { LINK_CLASS } from "../lib/link"

/** The card the claim was filed on and the unit (as copied at filing), with the way to the order. */
export const ClaimDeviceSection = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const card = claim.warranty_card
  return (
    <ClaimSection title="Card and device">
      <ClaimField label="Card">{card?.card_number ?? claim.warranty_card_id}</ClaimField>
      <ClaimField label="Product">{claimProductLabel(claim)}</ClaimField>
      <ClaimField label="Kind">{KIND_LABELS[claim.product_kind] ?? claim.product_kind}</ClaimField>
      <ClaimField label="IMEI / serial">
        {claim.serial_number ? (
          <Text size="small" leading="compact" className="font-mono">
            {claim.serial_number}
          </Text>
        ) : (
          <Text size="small" leading="compact" className="text-ui-fg-muted">
            Not set
          </Text>
        )}
      </ClaimField>
      <ClaimField label="Commercial warranty ends">
        {card?.ends_on ? (
          <div className="flex flex-col">
            <Text size="small" leading="compact">
              {formatDay(card.ends_on)}
            </Text>
            {claim.has_battery && card.battery_ends_on && (
              <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                battery warranty to {formatDay(card.battery_ends_on)}
              </Text>
            )}
          </div>
        ) : (
          "Not started"
        )}
      </ClaimField>
      <ClaimField label="Order">
        <Link to={`/orders/${claim.order_id}`} className={LINK_CLASS}>
          View order
        </Link>
      </ClaimField>
    </ClaimSection>
  )
}
