import { Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateWarrantyCard } from "../hooks/warranty-cards"
import { useDrawerForm } from "../hooks/use-drawer-form"
import type { AdminWarrantyCard as WarrantyCard } from "../../types"
import { FormDrawer } from "./form-drawer"

type Props = { card: WarrantyCard; open: boolean; onOpenChange: (open: boolean) => void }

/** R1.2: staff set the unit's serial number or IMEI (a 15-digit IMEI must pass the Luhn check). */
export const SetSerialDrawer = ({ card, open, onOpenChange }: Props) => {
  const [serial, setSerial] = useState(card.serial_number ?? "")
  const { error, setError, callbacks } = useDrawerForm(onOpenChange)
  const { mutate, isPending } = useUpdateWarrantyCard(card.id)

  const value = serial.trim()
  const unchanged = value === (card.serial_number ?? "")

  const submit = () => {
    // An empty field clears a serial entered by mistake.
    mutate(
      { serial_number: value === "" ? null : value },
      callbacks(value ? `IMEI / serial of ${card.card_number} saved` : `IMEI / serial of ${card.card_number} cleared`)
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Set IMEI / serial number"
      description={`${card.card_number} · ${card.product_title}${card.variant_title ? ` · ${card.variant_title}` : ""}`}
      submitLabel="Save"
      onSubmit={submit}
      isPending={isPending}
      error={error}
      submitDisabled={unchanged}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="warranty-serial" size="small" weight="plus">
          IMEI / serial number
        </Label>
        <Input
          id="warranty-serial"
          autoFocus
          autoComplete="off"
          value={serial}
          aria-invalid={!!error}
          placeholder="e.g. 356938035643809"
          onChange={(e) => {
            setSerial(e.target.value)
            setError(null)
          }}
        />
        <Text size="small" className="text-ui-fg-subtle">
          A 15-digit number is read as an IMEI and must pass the Luhn check. Leave empty to clear it.
        </Text>
      </div>
    </FormDrawer>
  )
}
