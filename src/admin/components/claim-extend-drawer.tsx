import { Input, Select, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerMove } from "../hooks/use-drawer-move"
import { EXTENSION_REASON_LABELS, formatDay } from "../lib/format"
import type {
  WarrantyExtensionReason as ExtensionReason,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

const REASONS = Object.keys(EXTENSION_REASON_LABELS) as ExtensionReason[]

/** YYYY-MM-DD plus one day, for the date input's minimum. */
const nextDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

/** R7.2: the service period may be extended for the manufacturer's service or a missing replacement. */
export const ClaimExtendDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [reason, setReason] = useState<ExtensionReason | "">("")
  const [dueOn, setDueOn] = useState("")
  const [note, setNote] = useState("")
  const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, "extend", ["reason", "due_on", "note"] as const, {
    success: `${claim.ticket_number} now due on ${formatDay(dueOn)}`,
    onDone: () => onOpenChange(false),
  })
  const min = claim.due_on ? nextDay(claim.due_on) : undefined

  const submit = () => {
    if (!reason) {
      return
    }
    send({ reason, due_on: dueOn, ...(note.trim() ? { note: note.trim() } : {}) })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Extend ${claim.ticket_number}`}
      description={claim.due_on ? `Due now on ${formatDay(claim.due_on)}.` : undefined}
      submitLabel="Extend"
      onSubmit={submit}
      isPending={isPending}
      error={generalError}
      submitDisabled={!reason || !dueOn || (min !== undefined && dueOn < min)}
    >
      <ClaimFormField id="claim-extend-reason" label="Reason" error={errors.reason}>
        <Select value={reason} onValueChange={(v) => setReason(v as ExtensionReason)}>
          <Select.Trigger id="claim-extend-reason" aria-label="Extension reason">
            <Select.Value placeholder="Choose a reason" />
          </Select.Trigger>
          <Select.Content>
            {REASONS.map((r) => (
              <Select.Item key={r} value={r}>
                {EXTENSION_REASON_LABELS[r]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </ClaimFormField>
      <ClaimFormField id="claim-extend-due" label="New due date" error={errors.due_on}>
        <Input id="claim-extend-due" type="date" min={min} value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </ClaimFormField>
      <ClaimFormField id="claim-extend-note" label="Note" optional error={errors.note}>
        <Textarea id="claim-extend-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
    </FormDrawer>
  )
}
