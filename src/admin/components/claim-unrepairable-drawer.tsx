import { Textarea } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import type { WarrantyClaimDetail } from "../lib/types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/**
 * R8.2, R8.5: the device cannot be repaired. The API needs the reason (`note`), so this is a
 * small form rather than a bare confirmation.
 */
export const ClaimUnrepairableDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [note, setNote] = useState("")
  const { mutate, isPending } = useClaimMove(claim.id, "mark_unrepairable")

  const submit = () => {
    mutate(
      { note: note.trim() },
      claimMoveCallbacks(`${claim.ticket_number} marked unrepairable`, () => onOpenChange(false))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Mark ${claim.ticket_number} unrepairable`}
      description="The claim ends here; replacement or refund (R8.2, R8.3) follows from this status."
      submitLabel="Mark unrepairable"
      danger
      onSubmit={submit}
      isPending={isPending}
      submitDisabled={!note.trim()}
    >
      <ClaimFormField id="claim-unrepairable-note" label="Why it cannot be repaired" hint="e.g. parts withdrawn, end of life.">
        <Textarea id="claim-unrepairable-note" autoFocus value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
    </FormDrawer>
  )
}
