import { Input, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimFormField, MoneyFields } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** R7.3: a repair takes 3 to 30 days. */
const MIN_DAYS = 3
const MAX_DAYS = 30

/**
 * R7.3, R8.4: the repair quote the customer accepts or declines. Parts not in stock are ordered
 * only after the customer accepts.
 */
export const ClaimQuoteDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [amount, setAmount] = useState("")
  const [currency, setCurrency] = useState(claim.quote?.currency_code ?? claim.fees?.[0]?.currency_code ?? "eur")
  const [parts, setParts] = useState("")
  const [days, setDays] = useState("")
  const { mutate, isPending } = useClaimMove(claim.id, "quote")

  const parsedAmount = Number(amount)
  const parsedDays = Number(days)
  const amountValid = amount.trim() !== "" && Number.isFinite(parsedAmount) && parsedAmount > 0
  const daysValid = Number.isInteger(parsedDays) && parsedDays >= MIN_DAYS && parsedDays <= MAX_DAYS
  const currencyValid = /^[a-zA-Z]{3}$/.test(currency.trim())

  const submit = () => {
    mutate(
      {
        amount: parsedAmount,
        currency_code: currency.trim().toLowerCase(),
        parts_to_order: parts
          .split("\n")
          .map((p) => p.trim())
          .filter(Boolean),
        estimated_days: parsedDays,
      },
      claimMoveCallbacks(`Quote sent for ${claim.ticket_number}`, () => onOpenChange(false))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Quote ${claim.ticket_number}`}
      description="The customer is asked to accept or decline. If they decline, the diagnostic fee is due (R8.4)."
      submitLabel="Send quote"
      onSubmit={submit}
      isPending={isPending}
      submitDisabled={!amountValid || !daysValid || !currencyValid}
    >
      <MoneyFields
        idPrefix="claim-quote"
        label="Amount"
        amount={amount}
        onAmount={setAmount}
        currency={currency}
        onCurrency={setCurrency}
        autoFocus
      />
      <ClaimFormField
        id="claim-quote-parts"
        label="Parts to order"
        optional
        hint="One a line. They are ordered only once the customer accepts (R7.3)."
      >
        <Textarea id="claim-quote-parts" value={parts} onChange={(e) => setParts(e.target.value)} />
      </ClaimFormField>
      <ClaimFormField id="claim-quote-days" label="Estimated repair time (days)" hint="Between 3 and 30 days (R7.3).">
        <Input
          id="claim-quote-days"
          type="number"
          min={MIN_DAYS}
          max={MAX_DAYS}
          step={1}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
      </ClaimFormField>
    </FormDrawer>
  )
}
