import { Input } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** R7.4: the parcel that takes the device back, to the address the customer confirmed. */
export const ClaimShipReturnDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [carrier, setCarrier] = useState(claim.return_shipment?.carrier ?? "")
  const [tracking, setTracking] = useState(claim.return_shipment?.tracking_number ?? "")
  const { mutate, isPending } = useClaimMove(claim.id, "ship_return")

  const submit = () => {
    mutate(
      { carrier: carrier.trim(), tracking_number: tracking.trim() },
      claimMoveCallbacks(`Return of ${claim.ticket_number} shipped`, () => onOpenChange(false))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Ship ${claim.ticket_number} back`}
      description="Shipping back is at the customer's cost (R6.2)."
      submitLabel="Save shipment"
      onSubmit={submit}
      isPending={isPending}
      submitDisabled={!carrier.trim() || !tracking.trim()}
    >
      <ClaimFormField id="claim-carrier" label="Carrier">
        <Input id="claim-carrier" autoFocus value={carrier} onChange={(e) => setCarrier(e.target.value)} />
      </ClaimFormField>
      <ClaimFormField id="claim-tracking" label="Tracking number">
        <Input id="claim-tracking" value={tracking} onChange={(e) => setTracking(e.target.value)} />
      </ClaimFormField>
    </FormDrawer>
  )
}
