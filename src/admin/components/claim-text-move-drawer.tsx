import { Input, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import type {
  AdminWarrantyClaimMoveBodies as ClaimMoveBodies,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** The moves whose whole form is one text field. */
type TextMove = "mark_unrepairable" | "mark_fee_paid" | "waive_fee" | "recycle"

type TextMoveConfig = {
  move: TextMove
  /** The body field the text goes into. */
  field: "note" | "reason" | "reference"
  /** Required text (the API refuses the move without it) or optional. */
  required: boolean
  /** A one-line input rather than a text area. */
  short?: boolean
  label: string
  hint?: string
  title: (claim: WarrantyClaimDetail) => string
  description: (claim: WarrantyClaimDetail) => string
  submitLabel: string
  done: (claim: WarrantyClaimDetail) => string
  danger?: boolean
}

/** A drawer for a move that takes one text field (a reason, a note or a reference). */
export function textMoveDrawer(config: TextMoveConfig) {
  const id = `claim-${config.move}-${config.field}`
  const Drawer = ({ claim, open, onOpenChange }: Props) => {
    const [text, setText] = useState("")
    const { mutate, isPending } = useClaimMove(claim.id, config.move)
    const value = text.trim()
    const submit = () => {
      const body = (value ? { [config.field]: value } : {}) as ClaimMoveBodies[TextMove]
      mutate(body, claimMoveCallbacks(config.done(claim), () => onOpenChange(false)))
    }
    const Field = config.short ? Input : Textarea
    return (
      <FormDrawer
        open={open}
        onOpenChange={onOpenChange}
        title={config.title(claim)}
        description={config.description(claim)}
        submitLabel={config.submitLabel}
        danger={config.danger}
        onSubmit={submit}
        isPending={isPending}
        submitDisabled={config.required && !value}
      >
        <ClaimFormField id={id} label={config.label} optional={!config.required} hint={config.hint}>
          <Field id={id} autoFocus value={text} onChange={(e: { target: { value: string } }) => setText(e.target.value)} />
        </ClaimFormField>
      </FormDrawer>
    )
  }
  Drawer.displayName = `TextMoveDrawer(${config.move})`
  return Drawer
}
