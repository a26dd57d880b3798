import { Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerMove } from "../hooks/use-drawer-move"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { BatteryPercentField, batteryReading, ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** The repair begins: what the workshop is going to do, for the log and the customer's timeline. */
export const ClaimStartRepairDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [note, setNote] = useState("")
  const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, "start_repair", ["note"] as const, {
    success: `${claim.ticket_number}: repair started`,
    onDone: () => onOpenChange(false),
  })
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Start repair: ${claim.ticket_number}`}
      description="The claim moves to Repairing and the customer is told."
      submitLabel="Start repair"
      onSubmit={() => send(note.trim() ? { note: note.trim() } : {})}
      isPending={isPending}
      error={generalError}
    >
      <ClaimFormField
        id="claim-start-repair-note"
        label="Repair note"
        optional
        error={errors.note}
        hint="e.g. the part being replaced. The customer sees it on their claim."
      >
        <Textarea id="claim-start-repair-note" autoFocus value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
    </FormDrawer>
  )
}

/**
 * The device is ready: what was done and, for a unit with a battery, the health read after the
 * repair (a `repair` reading on the card; none when left empty).
 */
export const ClaimMarkReadyDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [note, setNote] = useState("")
  const [battery, setBattery] = useState("")
  const { submit: send, isPending, errors, generalError } = useDrawerMove(
    claim.id,
    "mark_ready",
    ["note", "battery_percent"] as const,
    { success: `${claim.ticket_number}: marked ready`, onDone: () => onOpenChange(false) }
  )
  const reading = batteryReading(battery)
  const courier = claim.delivery_method === "courier"

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Mark ready: ${claim.ticket_number}`}
      description={
        courier
          ? "The customer is told the device is ready; then the return address is asked for."
          : "The customer is told the device is ready to collect at the counter."
      }
      submitLabel="Mark ready"
      onSubmit={() =>
        send({
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(claim.has_battery && reading.percent !== null ? { battery_percent: reading.percent } : {}),
        })
      }
      isPending={isPending}
      error={generalError}
      submitDisabled={!reading.valid}
    >
      <ClaimFormField
        id="claim-mark-ready-note"
        label="What was done"
        optional
        error={errors.note}
        hint="The customer sees it on their claim and on the handover receipt."
      >
        <Textarea id="claim-mark-ready-note" autoFocus value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
      {claim.has_battery && (
        <BatteryPercentField id="claim-mark-ready-battery" label="Battery health after the repair (%)" value={battery} onChange={setBattery} error={errors.battery_percent} />
      )}
    </FormDrawer>
  )
}
