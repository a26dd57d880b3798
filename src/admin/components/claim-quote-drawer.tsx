import { Checkbox, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerMove } from "../hooks/use-drawer-move"
import { formatMoney } from "../lib/format"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimFormField, MoneyFields } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** R7.3: a repair takes 3 to 30 days. */
const MIN_DAYS = 3
const MAX_DAYS = 30

const FIELDS = ["amount", "currency_code", "parts_to_order", "estimated_days", "confirm_other_currency"] as const

/** R8.4: what a decline costs the customer, in the order's currency, or that nothing is due. */
function feeLine(claim: WarrantyClaimDetail): string {
  const currency = claim.order_currency_code?.toUpperCase() ?? "the order's currency"
  return claim.diagnostic_fee
    ? `If the customer declines, the diagnostic fee of ${formatMoney(claim.diagnostic_fee.amount, claim.diagnostic_fee.currency_code)} is due.`
    : `The shop has set no diagnostic fee in ${currency}: if the customer declines, no fee is due.`
}

/**
 * R7.3, R8.4: the repair quote the customer accepts or declines, in the order's currency unless
 * staff choose another on purpose. Parts not in stock are ordered only after the customer accepts.
 */
export const ClaimQuoteDrawer = ({ claim, open, onOpenChange }: Props) => {
  const orderCurrency = claim.order_currency_code ?? ""
  const [amount, setAmount] = useState("")
  const [currency, setCurrency] = useState(orderCurrency || claim.quote?.currency_code || "")
  const [otherCurrency, setOtherCurrency] = useState(false)
  const [parts, setParts] = useState("")
  const [days, setDays] = useState("")
  const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, "quote", FIELDS, {
    success: `Quote sent for ${claim.ticket_number}`,
    onDone: () => onOpenChange(false),
  })

  const parsedAmount = Number(amount)
  const parsedDays = Number(days)
  const code = currency.trim().toLowerCase()
  const amountValid = amount.trim() !== "" && Number.isFinite(parsedAmount) && parsedAmount > 0
  const daysValid = Number.isInteger(parsedDays) && parsedDays >= MIN_DAYS && parsedDays <= MAX_DAYS
  const currencyValid = /^[a-z]{3}$/.test(code)
  const foreign = currencyValid && !!orderCurrency && code !== orderCurrency

  const submit = () => {
    send({
      amount: parsedAmount,
      currency_code: code,
      parts_to_order: parts
        .split("\n")
        .map((p) => p.trim())
        .filter(Boolean),
      estimated_days: parsedDays,
      ...(foreign && otherCurrency ? { confirm_other_currency: true } : {}),
    })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Quote ${claim.ticket_number}`}
      description="The customer is asked to accept or decline the repair."
      submitLabel="Send quote"
      onSubmit={submit}
      isPending={isPending}
      error={generalError}
      submitDisabled={!amountValid || !daysValid || !currencyValid || (foreign && !otherCurrency)}
    >
      <MoneyFields
        idPrefix="claim-quote"
        label="Amount"
        amount={amount}
        onAmount={setAmount}
        currency={currency}
        onCurrency={setCurrency}
        currencyPlaceholder={orderCurrency.toUpperCase()}
        amountError={errors.amount}
        currencyError={errors.currency_code ?? errors.confirm_other_currency}
        autoFocus
      />
      {foreign && (
        <div className="flex items-start gap-x-2">
          <Checkbox
            id="claim-quote-other-currency"
            checked={otherCurrency}
            onCheckedChange={(checked) => setOtherCurrency(checked === true)}
          />
          <Label htmlFor="claim-quote-other-currency" size="small">
            {`Quote in ${code.toUpperCase()}, although the order was paid in ${orderCurrency.toUpperCase()}`}
          </Label>
        </div>
      )}
      <Text size="small" className="text-ui-fg-subtle" id="claim-quote-fee">
        {feeLine(claim)}
      </Text>
      <ClaimFormField
        id="claim-quote-parts"
        label="Parts to order"
        optional
        error={errors.parts_to_order}
        hint="One a line. They are ordered only once the customer accepts."
      >
        <Textarea id="claim-quote-parts" value={parts} onChange={(e) => setParts(e.target.value)} />
      </ClaimFormField>
      <ClaimFormField
        id="claim-quote-days"
        label="Estimated repair time (days)"
        error={errors.estimated_days}
        hint="Between 3 and 30 days."
      >
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
