import { Input, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerMove } from "../hooks/use-drawer-move"
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
    const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, config.move, [config.field], {
      success: config.done(claim),
      onDone: () => onOpenChange(false),
    })
    const value = text.trim()
    const submit = () => {
      send((value ? { [config.field]: value } : {}) as ClaimMoveBodies[TextMove])
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
        error={generalError}
        submitDisabled={config.required && !value}
      >
        <ClaimFormField id={id} label={config.label} optional={!config.required} hint={config.hint} error={errors[config.field]}>
          <Field id={id} autoFocus value={text} onChange={(e: { target: { value: string } }) => setText(e.target.value)} />
        </ClaimFormField>
      </FormDrawer>
    )
  }
  Drawer.displayName = `TextMoveDrawer(${config.move})`
  return Drawer
}
