import { Label, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useVoidWarrantyCard } from "../hooks/warranty-cards"
import { errorMessage } from "../lib/format"
import type { WarrantyCard } from "../lib/types"
import { FormDrawer } from "./form-drawer"

type Props = { card: WarrantyCard; open: boolean; onOpenChange: (open: boolean) => void }

export const VoidCardDrawer = ({ card, open, onOpenChange }: Props) => {
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const { mutate, isPending } = useVoidWarrantyCard(card.id)

  const submit = () => {
    setError(null)
    mutate(reason.trim(), {
      onSuccess: () => {
        toast.success(`${card.card_number} is void`)
        onOpenChange(false)
      },
      onError: (e) => setError(errorMessage(e)),
    })
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
