import { Checkbox, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerMove } from "../hooks/use-drawer-move"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** A note on the timeline; staff only unless ticked, then the customer sees it too. */
export const ClaimNoteDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [note, setNote] = useState("")
  const [visible, setVisible] = useState(false)
  const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, "note", ["note", "visible_to_customer"] as const, {
    success: `Note added to ${claim.ticket_number}`,
    onDone: () => onOpenChange(false),
  })

  const submit = () => send({ note: note.trim(), visible_to_customer: visible })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Add note"
      description={claim.ticket_number}
      submitLabel="Add note"
      onSubmit={submit}
      isPending={isPending}
      error={generalError}
      submitDisabled={!note.trim()}
    >
      <ClaimFormField id="claim-note" label="Note" error={errors.note}>
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
