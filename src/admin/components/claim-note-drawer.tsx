import { Checkbox, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** A note on the timeline; staff only unless ticked, then the customer sees it too. */
export const ClaimNoteDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [note, setNote] = useState("")
  const [visible, setVisible] = useState(false)
  const { mutate, isPending } = useClaimMove(claim.id, "note")

  const submit = () => {
    mutate(
      { note: note.trim(), visible_to_customer: visible },
      claimMoveCallbacks(`Note added to ${claim.ticket_number}`, () => onOpenChange(false))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Add note"
      description={claim.ticket_number}
      submitLabel="Add note"
      onSubmit={submit}
      isPending={isPending}
      submitDisabled={!note.trim()}
    >
      <ClaimFormField id="claim-note" label="Note">
        <Textarea id="claim-note" autoFocus value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
      <div className="flex items-center gap-x-2">
        <Checkbox id="claim-note-visible" checked={visible} onCheckedChange={(checked) => setVisible(checked === true)} />
        <Label htmlFor="claim-note-visible" size="small">
          Visible to the customer
        </Label>
      </div>
    </FormDrawer>
  )
}
