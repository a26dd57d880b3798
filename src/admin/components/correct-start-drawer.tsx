import { Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateWarrantyCard } from "../hooks/warranty-cards"
import { useDrawerForm } from "../hooks/use-drawer-form"
import { formatDay } from "../lib/format"
import type { AdminWarrantyCard as WarrantyCard } from "../../types"
import { FormDrawer } from "./form-drawer"

type Props = { card: WarrantyCard; open: boolean; onOpenChange: (open: boolean) => void }

/** R3: correct the day the warranty started; the end dates move with it and the reason is kept. */
export const CorrectStartDrawer = ({ card, open, onOpenChange }: Props) => {
  const [startsOn, setStartsOn] = useState(card.starts_on ?? "")
  const [reason, setReason] = useState("")
  const { error, callbacks } = useDrawerForm(onOpenChange)
  const { mutate, isPending } = useUpdateWarrantyCard(card.id)

  const submit = () => {
    mutate(
      { starts_on: startsOn, reason: reason.trim() },
      callbacks(`Start date of ${card.card_number} set to ${formatDay(startsOn)}`)
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Correct start date"
      description={`${card.card_number}: the end dates move with the start (R3.4, R4.1).`}
      submitLabel="Save"
      onSubmit={submit}
      isPending={isPending}
      error={error}
      submitDisabled={!startsOn || reason.trim().length < 3 || startsOn === card.starts_on}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="warranty-starts-on" size="small" weight="plus">
          Starts on
        </Label>
        <Input id="warranty-starts-on" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
        <Text size="small" className="text-ui-fg-subtle">
          Pickup: the day of handover. Courier: the day the invoice was issued (R3.1-R3.3).
        </Text>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="warranty-start-reason" size="small" weight="plus">
          Reason
        </Label>
        <Textarea
          id="warranty-start-reason"
          value={reason}
          placeholder="e.g. the customer collected the phone two days later"
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
    </FormDrawer>
  )
}
