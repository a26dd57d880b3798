import { Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useVoidWarrantyCard } from "../hooks/warranty-cards"
import { useDrawerForm } from "../hooks/use-drawer-form"
import type { AdminWarrantyCard as WarrantyCard } from "../../types"
import { FormDrawer } from "./form-drawer"

type Props = { card: WarrantyCard; open: boolean; onOpenChange: (open: boolean) => void }

export const VoidCardDrawer = ({ card, open, onOpenChange }: Props) => {
  const [reason, setReason] = useState("")
  const { error, callbacks } = useDrawerForm(onOpenChange)
  const { mutate, isPending } = useVoidWarrantyCard(card.id)

  const submit = () => {
    mutate(reason.trim(), callbacks(`${card.card_number} is void`))
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Void ${card.card_number}`}
      description="A void card no longer gives warranty cover. This cannot be undone."
      submitLabel="Void card"
      danger
      onSubmit={submit}
      isPending={isPending}
      error={error}
      submitDisabled={reason.trim().length < 3}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="warranty-void-reason" size="small" weight="plus">
          Reason
        </Label>
        <Textarea
          id="warranty-void-reason"
          autoFocus
          value={reason}
          placeholder="e.g. device returned and refunded"
          onChange={(e) => setReason(e.target.value)}
        />
        <Text size="small" className="text-ui-fg-subtle">
          At least 3 characters; it is printed on the card.
        </Text>
      </div>
    </FormDrawer>
  )
}
