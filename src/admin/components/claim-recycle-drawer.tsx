import { Textarea } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import type { WarrantyClaimDetail } from "../lib/types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** R8.5: the broken device was recycled, at no cost to the customer; this closes the claim. */
export const ClaimRecycleDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [note, setNote] = useState("")
  const { mutate, isPending } = useClaimMove(claim.id, "recycle")

  const submit = () => {
    mutate(
      note.trim() ? { note: note.trim() } : {},
      claimMoveCallbacks(`${claim.ticket_number}: device recycled`, () => onOpenChange(false))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Record recycling: ${claim.ticket_number}`}
      description="The device is recycled free of charge (R8.5) and the claim is closed. This cannot be undone."
      submitLabel="Record recycling"
      onSubmit={submit}
      isPending={isPending}
    >
      <ClaimFormField id="claim-recycle-note" label="Note" optional hint="e.g. the recycler or the batch.">
        <Textarea id="claim-recycle-note" autoFocus value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
    </FormDrawer>
  )
}
