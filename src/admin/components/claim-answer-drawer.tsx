import { Button, Checkbox, Label, RadioGroup, Select, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useClaimOrder, useRecordCustomerAnswer } from "../hooks/claim-answers"
import { useDrawerForm } from "../hooks/use-drawer-form"
import { formatMoney, OFFER_OPTION_LABELS } from "../lib/format"
import type {
  WarrantyAnswerChannel as AnswerChannel,
  WarrantyOfferOption as OfferOption,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { ANSWER_CHANNEL_LABELS, ANSWER_CHANNELS, OFFER_BLOCK_LABELS } from "./claim-answer-labels"
import { ClaimFormField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"
import { type PickedVariant, ProductVariantPicker } from "./product-variant-picker"

type Subject = "quote" | "offer"
type Props = { claim: WarrantyClaimDetail; subject: Subject; open: boolean; onOpenChange: (open: boolean) => void }

const ChannelField = ({ value, onChange }: { value: AnswerChannel | null; onChange: (c: AnswerChannel) => void }) => (
  <ClaimFormField id="claim-answer-channel" label="How did the customer answer?">
    <Select value={value ?? ""} onValueChange={(v) => onChange(v as AnswerChannel)}>
      <Select.Trigger id="claim-answer-channel" aria-label="How the customer answered">
        <Select.Value placeholder="Choose: counter, phone or e-mail" />
      </Select.Trigger>
      <Select.Content>
        {ANSWER_CHANNELS.map((c) => (
          <Select.Item key={c} value={c}>
            {ANSWER_CHANNEL_LABELS[c]}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </ClaimFormField>
)

/**
 * The customer's answer to the quote (R7.3, R8.4) or the offer (R8.2-R8.5), given at the counter,
 * on the phone or by e-mail, recorded by the clerk. The same rules apply as when the customer
 * answers online; the log names the clerk and how the answer came.
 */
export const ClaimAnswerDrawer = ({ claim, subject, open, onOpenChange }: Props) => {
  const answers = claim.customer_answers ?? []
  const canAccept = answers.includes(subject === "quote" ? "accept_quote" : "accept_offer")
  const canDecline = answers.includes(subject === "quote" ? "decline_quote" : "decline_offer")
  const options = claim.offer_options ?? []
  const firstOpen = options.find((o) => o.can_accept)?.option ?? null

  const [channel, setChannel] = useState<AnswerChannel | null>(null)
  const [decision, setDecision] = useState<"accept" | "decline" | null>(canAccept ? null : canDecline ? "decline" : null)
  const [option, setOption] = useState<OfferOption | null>(options.length === 1 ? firstOpen : null)
  const [product, setProduct] = useState<PickedVariant | null>(null)
  const [returnDevice, setReturnDevice] = useState(false)
  const [reason, setReason] = useState("")
  const { mutate, isPending } = useRecordCustomerAnswer(claim.id)
  const { error, setError, callbacks } = useDrawerForm(onOpenChange)
  const { data: order } = useClaimOrder(subject === "offer" && option === "credit_with_top_up" ? claim.order_id : null)

  const needsProduct = subject === "offer" && decision === "accept" && option === "credit_with_top_up"
  const problems = [
    !channel && "channel",
    !decision && "answer",
    subject === "offer" && decision === "accept" && !option && "option",
    needsProduct && !product && "product",
  ].filter(Boolean)

  const submit = () => {
    if (!channel || !decision) {
      return
    }
    setError(null)
    const done = callbacks(`Customer's answer recorded for ${claim.ticket_number}`)
    if (subject === "quote") {
      mutate({ answer: decision === "accept" ? "accept_quote" : "decline_quote", body: { channel } }, done)
      return
    }
    if (decision === "decline") {
      mutate({ answer: "decline_offer", body: { channel, ...(reason.trim() ? { reason: reason.trim() } : {}) } }, done)
      return
    }
    if (!option) {
      return
    }
    mutate(
      {
        answer: "accept_offer",
        body: {
          channel,
          option,
          ...(needsProduct && product ? { product_id: product.product_id, variant_id: product.id } : {}),
          ...(option === "trade_in" ? { return_device: returnDevice } : {}),
        },
      },
      done
    )
  }

  const quote = claim.quote
  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Record the customer's answer · ${claim.ticket_number}`}
      description={
        subject === "quote"
          ? "The customer accepted or declined the repair quote in person, by phone or by e-mail. Declining makes the diagnostic fee due."
          : "The customer answered the offer in person, by phone or by e-mail. Accepting carries out the outcome now."
      }
      submitLabel="Record answer"
      onSubmit={submit}
      isPending={isPending}
      error={error}
      submitDisabled={problems.length > 0}
    >
      <ChannelField value={channel} onChange={setChannel} />

      <ClaimFormField
        label="Answer"
        hint={
          subject === "quote" && quote
            ? `Quote: ${formatMoney(quote.amount, quote.currency_code)}, about ${quote.estimated_days} days.${
                quote.diagnostic_fee ? ` If declined, the diagnostic fee of ${formatMoney(quote.diagnostic_fee.amount, quote.diagnostic_fee.currency_code)} is due.` : ""
              }`
            : undefined
        }
      >
        <RadioGroup aria-label="Answer" className="flex gap-x-6" value={decision ?? ""} onValueChange={(v) => setDecision(v as "accept" | "decline")}>
          {(["accept", "decline"] as const).map((d) => {
            const enabled = d === "accept" ? canAccept : canDecline
            return (
              <div key={d} className="flex items-center gap-x-2">
                <RadioGroup.Item value={d} id={`claim-answer-${d}`} disabled={!enabled} />
                <Label htmlFor={`claim-answer-${d}`} size="small" className={enabled ? undefined : "text-ui-fg-disabled"}>
                  {d === "accept" ? "Accepted" : "Declined"}
                </Label>
              </div>
            )
          })}
        </RadioGroup>
      </ClaimFormField>

      {subject === "offer" && decision === "accept" && (
        <ClaimFormField id="claim-answer-option" label="What the customer chose">
          <RadioGroup aria-label="What the customer chose" className="flex flex-col gap-y-2" value={option ?? ""} onValueChange={(v) => setOption(v as OfferOption)}>
            {options.map((o) => (
              <div key={o.option} className="flex items-start gap-x-2">
                <RadioGroup.Item value={o.option} id={`claim-answer-option-${o.option}`} disabled={!o.can_accept} className="mt-0.5" />
                <div className="flex flex-col">
                  <Label htmlFor={`claim-answer-option-${o.option}`} size="small" className={o.can_accept ? undefined : "text-ui-fg-disabled"}>
                    {OFFER_OPTION_LABELS[o.option] ?? o.option}
                  </Label>
                  {o.reason && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {OFFER_BLOCK_LABELS[o.reason] ?? o.reason}
                    </Text>
                  )}
                </div>
              </div>
            ))}
          </RadioGroup>
        </ClaimFormField>
      )}

      {needsProduct && (
        <ClaimFormField id="claim-answer-product" label="The product the customer buys with the credit" hint="They pay the difference at checkout.">
          <ProductVariantPicker id="claim-answer-product" label="Product bought with the credit" currency={order?.currency_code ?? null} value={product} onChange={setProduct} />
        </ClaimFormField>
      )}

      {subject === "offer" && decision === "accept" && option === "trade_in" && (
        <div className="flex items-center gap-x-2">
          <Checkbox id="claim-answer-return" checked={returnDevice} onCheckedChange={(v) => setReturnDevice(v === true)} />
          <Label htmlFor="claim-answer-return" size="small">
            The customer wants the broken device back (otherwise it is recycled at no cost)
          </Label>
        </div>
      )}

      {subject === "offer" && decision === "decline" && (
        <ClaimFormField id="claim-answer-reason" label="Why the customer declined" optional>
          <Textarea id="claim-answer-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </ClaimFormField>
      )}
    </FormDrawer>
  )
}

/** The "Record customer's answer" action of a section, when an answer is due. */
const ClaimAnswerAction = ({ claim, subject }: { claim: WarrantyClaimDetail; subject: Subject }) => {
  const [open, setOpen] = useState(false)
  const due = (claim.customer_answers ?? []).some((a) => a.endsWith(`_${subject}`))
  if (!due) {
    return null
  }
  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        Record customer's answer
      </Button>
      {open && <ClaimAnswerDrawer claim={claim} subject={subject} open={open} onOpenChange={setOpen} />}
    </>
  )
}

/** For the quote section (R7.3, R8.4). */
export const ClaimQuoteAnswer = ({ claim }: { claim: WarrantyClaimDetail }) => <ClaimAnswerAction claim={claim} subject="quote" />
/** For the offer section (R8.2-R8.5). */
export const ClaimOfferAnswer = ({ claim }: { claim: WarrantyClaimDetail }) => <ClaimAnswerAction claim={claim} subject="offer" />
