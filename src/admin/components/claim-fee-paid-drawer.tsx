import { Input } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import { dueFeesLabel } from "../lib/format"
import type { WarrantyClaimDetail } from "../lib/types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** R8.4: the shopper paid the fee at the counter; the till receipt number is kept as the reference. */
export const ClaimMarkFeePaidDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [reference, setReference] = useState("")
  const { mutate, isPending } = useClaimMove(claim.id, "mark_fee_paid")

  const submit = () => {
    mutate(
      reference.trim() ? { reference: reference.trim() } : {},
      claimMoveCallbacks(`Fee marked paid on ${claim.ticket_number}`, () => onOpenChange(false))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Mark fee paid: ${claim.ticket_number}`}
      description={`${dueFeesLabel(claim.fees)} paid at the counter. The device can then go back to the customer (R8.4).`}
      submitLabel="Mark paid"
      onSubmit={submit}
      isPending={isPending}
    >
      <ClaimFormField id="claim-fee-reference" label="Till reference" optional hint="e.g. the receipt number.">
        <Input id="claim-fee-reference" autoFocus value={reference} onChange={(e) => setReference(e.target.value)} />
      </ClaimFormField>
    </FormDrawer>
  )
}
