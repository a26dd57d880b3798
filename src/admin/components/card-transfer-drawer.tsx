import { Input, Label, RadioGroup, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useCustomerSearch, useTransferWarrantyCard } from "../hooks/card-owners"
import { useDrawerForm } from "../hooks/use-drawer-form"
import type { AdminWarrantyCard as WarrantyCard } from "../../types"
import { FormDrawer } from "./form-drawer"

type Props = { card: WarrantyCard; open: boolean; onOpenChange: (open: boolean) => void }

const customerName = (c: { first_name?: string | null; last_name?: string | null; email: string }) =>
  [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email

/**
 * Issue 11 s.3: the phone was resold; staff give its card to the buyer's account. The card keeps
 * its dates; the old owner no longer sees it. Refused while a claim on it is open.
 */
export const CardTransferDrawer = ({ card, open, onOpenChange }: Props) => {
  const [search, setSearch] = useState("")
  const [customerId, setCustomerId] = useState("")
  const [note, setNote] = useState("")
  const { error, setError, callbacks } = useDrawerForm(onOpenChange)
  const { mutate, isPending } = useTransferWarrantyCard(card.id)
  const { data, isFetching } = useCustomerSearch(search)
  const customers = (data?.customers ?? []).filter((c) => c.id !== card.customer_id)
  const chosen = customers.find((c) => c.id === customerId)

  const submit = () => {
    mutate(
      { customer_id: customerId, ...(note.trim() ? { note: note.trim() } : {}) },
      callbacks(`${card.card_number} now belongs to ${chosen ? customerName(chosen) : "the new owner"}`)
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Transfer to another customer"
      description={`${card.card_number} · ${card.product_title}. The card keeps its dates; the previous owner no longer sees it.`}
      submitLabel="Transfer card"
      onSubmit={submit}
      isPending={isPending}
      error={error}
      submitDisabled={!customerId}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="warranty-transfer-search" size="small" weight="plus">
          New owner
        </Label>
        <Input
          id="warranty-transfer-search"
          // Not type="search": Medusa UI draws its magnifier as an unnamed role="img" (an axe violation).
          type="text"
          autoFocus
          autoComplete="off"
          value={search}
          placeholder="Name or e-mail of a customer with an account"
          onChange={(e) => {
            setSearch(e.target.value)
            setCustomerId("")
            setError(null)
          }}
        />
        {search.trim().length >= 2 && !isFetching && customers.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            No customer with an account matches. The new owner registers in the shop first.
          </Text>
        )}
        {customers.length > 0 && (
          <RadioGroup value={customerId} onValueChange={setCustomerId} aria-label="Customers found" className="flex flex-col gap-y-2">
            {customers.map((c) => (
              <div key={c.id} className="flex items-center gap-x-2">
                <RadioGroup.Item value={c.id} id={`warranty-transfer-${c.id}`} />
                <Label htmlFor={`warranty-transfer-${c.id}`} size="small">
                  {customerName(c)} <span className="text-ui-fg-subtle">· {c.email}</span>
                </Label>
              </div>
            ))}
          </RadioGroup>
        )}
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="warranty-transfer-note" size="small" weight="plus">
          Note (optional)
        </Label>
        <Textarea
          id="warranty-transfer-note"
          value={note}
          maxLength={500}
          placeholder="e.g. resold at the counter, receipt 1234"
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
    </FormDrawer>
  )
}
