import { Text } from "@medusajs/ui"
import { addressLines, formatDateTime } from "../lib/format"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimField, ClaimSection } from "./claim-section"

/** R7.4: where the device goes back (as the shopper confirmed it) and the parcel that took it. */
export const ClaimReturnSection = ({ claim }: { claim: WarrantyClaimDetail }) => {
  const details = claim.return_details
  const shipment = claim.return_shipment
  if (!details && !shipment) {
    return null
  }
  return (
    <ClaimSection title="Return">
      {details && (
        <ClaimField label="Return to">
          <div className="flex flex-col gap-y-0.5">
            <Text size="small" leading="compact" weight="plus">
              {details.name}
            </Text>
            <Text size="small" leading="compact">
              {details.phone}
            </Text>
            {addressLines(details.address).map((line) => (
              <Text key={line} size="small" leading="compact" className="text-ui-fg-subtle">
                {line}
              </Text>
            ))}
          </div>
        </ClaimField>
      )}
      {details && (
        <ClaimField label="Confirmed by the customer">
          {details.confirmed_at ? formatDateTime(details.confirmed_at) : "Not yet"}
        </ClaimField>
      )}
      {shipment && <ClaimField label="Carrier">{shipment.carrier}</ClaimField>}
      {shipment && (
        <ClaimField label="Tracking number">
          <Text size="small" leading="compact" className="font-mono">
            {shipment.tracking_number}
          </Text>
        </ClaimField>
      )}
      {shipment && <ClaimField label="Shipped">{formatDateTime(shipment.shipped_at)}</ClaimField>}
      {shipment?.paid_by && (
        <ClaimField label="Postage paid by">
          {/* R6.2: the shopper's cost after a refusal; R8.5: the shop's when another device was bought. */}
          {shipment.paid_by === "shop" ? "The shop" : "The customer"}
        </ClaimField>
      )}
    </ClaimSection>
  )
}
