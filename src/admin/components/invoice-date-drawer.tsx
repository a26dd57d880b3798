import { Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useRecordWarrantyInvoice } from "../hooks/warranty-cards"
import { useDrawerForm } from "../hooks/use-drawer-form"
import { formatDay, todayDay } from "../lib/format"
import { FormDrawer } from "./form-drawer"

type Props = { orderId: string; open: boolean; onOpenChange: (open: boolean) => void }

/** R3.2: courier cards start on the day the invoice (the card) is issued. */
export const InvoiceDateDrawer = ({ orderId, open, onOpenChange }: Props) => {
  const [issuedOn, setIssuedOn] = useState(todayDay())
  const { error, callbacks } = useDrawerForm(onOpenChange)
  const { mutate, isPending } = useRecordWarrantyInvoice(orderId)

  const submit = () => {
    mutate(issuedOn, callbacks(`Invoice date ${formatDay(issuedOn)} recorded; courier cards start on it`))
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Record invoice date"
      description="For courier deliveries the warranty starts on the day the invoice is issued (R3.2)."
      submitLabel="Save"
      onSubmit={submit}
      isPending={isPending}
      error={error}
      submitDisabled={!issuedOn}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="warranty-invoice-date" size="small" weight="plus">
          Invoice issued on
        </Label>
        <Input id="warranty-invoice-date" type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} />
        <Text size="small" className="text-ui-fg-subtle">
          The order&apos;s courier cards start on this day; pickup cards are not changed.
        </Text>
      </div>
    </FormDrawer>
  )
}
