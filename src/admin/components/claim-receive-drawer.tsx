import { Checkbox, Input, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerMove } from "../hooks/use-drawer-move"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { BatteryPercentField, batteryReading, ClaimFormField, YesNoField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

const FIELDS = ["accessories_received", "original_packaging", "seals_intact", "damage_notes", "battery_percent"] as const

const splitList = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)

/**
 * The intake checklist (R6.4, R6.7, R11.4): what came in the parcel and its state. Receiving
 * starts the service clock (R7.1, R11.2).
 */
export const ClaimReceiveDrawer = ({ claim, open, onOpenChange }: Props) => {
  const declared = claim.acknowledgements?.accessories ?? []
  const [received, setReceived] = useState<string[]>([])
  const [other, setOther] = useState("")
  const [packaging, setPackaging] = useState<boolean | null>(null)
  const [seals, setSeals] = useState<boolean | null>(null)
  const [damage, setDamage] = useState("")
  const [battery, setBattery] = useState("")
  const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, "receive", FIELDS, {
    success: `${claim.ticket_number} received`,
    onDone: () => onOpenChange(false),
  })

  const reading = batteryReading(battery)

  const toggle = (item: string, on: boolean) =>
    setReceived((list) => (on ? [...list, item] : list.filter((i) => i !== item)))

  const submit = () => {
    if (packaging === null || seals === null) {
      return
    }
    const accessories = [...received, ...splitList(other).filter((item) => !received.includes(item))]
    send({
      accessories_received: accessories,
      original_packaging: packaging,
      seals_intact: seals,
      ...(damage.trim() ? { damage_notes: damage.trim() } : {}),
      // R4.6: only a reading someone took is sent; an accessory has none.
      ...(claim.has_battery && reading.percent !== null ? { battery_percent: reading.percent } : {}),
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Receive ${claim.ticket_number}`}
      description="Record what arrived and its state. The service period starts today."
      submitLabel="Receive device"
      onSubmit={submit}
      isPending={isPending}
      error={generalError}
      submitDisabled={packaging === null || seals === null || !reading.valid}
    >
      <ClaimFormField
        label="Accessories received"
        error={errors.accessories_received}
        hint={declared.length ? "Tick what the shopper listed and is in the parcel." : "The shopper listed none."}
      >
        {declared.map((item, i) => (
          <div key={`${i}-${item}`} className="flex items-center gap-x-2">
            <Checkbox
              id={`claim-accessory-${i}`}
              checked={received.includes(item)}
              onCheckedChange={(checked) => toggle(item, checked === true)}
            />
            <Label htmlFor={`claim-accessory-${i}`} size="small">
              {item}
            </Label>
          </div>
        ))}
        <Input
          id="claim-accessories-other"
          aria-label="Other accessories received"
          placeholder="Other items, comma separated"
          value={other}
          onChange={(e) => setOther(e.target.value)}
        />
      </ClaimFormField>
      <YesNoField
        id="claim-packaging"
        label="Original packaging"
        value={packaging}
        onChange={setPackaging}
        error={errors.original_packaging}
      />
      <YesNoField
        id="claim-seals"
        label="Seals intact"
        value={seals}
        onChange={setSeals}
        error={errors.seals_intact}
        hint="Broken warranty seals or labels are a reason the warranty does not apply."
      />
      <ClaimFormField
        id="claim-damage"
        label="Damage notes"
        optional
        error={errors.damage_notes}
        hint="Impact marks, dirt, liquid indicators: what the shop may need to show later."
      >
        <Textarea id="claim-damage" value={damage} onChange={(e) => setDamage(e.target.value)} />
      </ClaimFormField>
      {claim.has_battery && (
        <BatteryPercentField id="claim-battery" label="Battery health (%)" value={battery} onChange={setBattery} error={errors.battery_percent} />
      )}
    </FormDrawer>
  )
}
