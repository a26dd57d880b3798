import { Textarea } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import { dueFeesLabel } from "../lib/format"
import type { WarrantyClaimDetail } from "../lib/types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** R8.4: staff let the fee go; the reason is required and kept on the fee. */
export const ClaimWaiveFeeDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [reason, setReason] = useState("")
  const { mutate, isPending } = useClaimMove(claim.id, "waive_fee")

  const submit = () => {
    mutate(
      { reason: reason.trim() },
      claimMoveCallbacks(`Fee waived on ${claim.ticket_number}`, () => onOpenChange(false))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Waive fee: ${claim.ticket_number}`}
      description={`${dueFeesLabel(claim.fees)} is no longer owed; the device can then go back to the customer (R8.4).`}
      submitLabel="Waive fee"
      danger
      onSubmit={submit}
      isPending={isPending}
      submitDisabled={!reason.trim()}
    >
      <ClaimFormField id="claim-fee-waive-reason" label="Reason">
        <Textarea id="claim-fee-waive-reason" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      </ClaimFormField>
    </FormDrawer>
  )
}
