import { Checkbox, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerMove } from "../hooks/use-drawer-move"
import { formatMoney } from "../lib/format"
import type {
  WarrantyExclusionReason as ExclusionReason,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { ClaimFormField, ExclusionReasonSelect } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

const FIELDS = ["reason", "note", "charge_diagnostic_fee"] as const

/**
 * R9: the claim is not covered; the device goes back, with the diagnostic fee (R8.4, in the
 * order's currency) if staff charge it. With no fee set in that currency, none can be charged.
 */
export const ClaimRejectDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [reason, setReason] = useState<ExclusionReason | null>(claim.diagnosis?.exclusion_reason ?? null)
  const [note, setNote] = useState("")
  const [chargeFee, setChargeFee] = useState(false)
  const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, "reject", FIELDS, {
    success: `${claim.ticket_number} rejected`,
    onDone: () => onOpenChange(false),
  })
  const fee = claim.diagnostic_fee

  const submit = () => {
    if (!reason) {
      return
    }
    send({ reason, ...(note.trim() ? { note: note.trim() } : {}), charge_diagnostic_fee: !!fee && chargeFee })
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Reject ${claim.ticket_number}`}
      description="The customer is told the reason; the device is returned to them."
      submitLabel="Reject claim"
      danger
      onSubmit={submit}
      isPending={isPending}
      error={generalError}
      submitDisabled={!reason}
    >
      <ClaimFormField id="claim-reject-reason" label="Reason the warranty does not apply" error={errors.reason}>
        <ExclusionReasonSelect id="claim-reject-reason" value={reason} onChange={setReason} />
      </ClaimFormField>
      <ClaimFormField id="claim-reject-note" label="Note" optional error={errors.note} hint="Shown to the customer with the reason.">
        <Textarea id="claim-reject-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
      {fee ? (
        <ClaimFormField error={errors.charge_diagnostic_fee} label="Diagnostic fee">
          <div className="flex items-center gap-x-2">
            <Checkbox id="claim-reject-fee" checked={chargeFee} onCheckedChange={(checked) => setChargeFee(checked === true)} />
            <Label htmlFor="claim-reject-fee" size="small">
              {`Charge the diagnostic fee (${formatMoney(fee.amount, fee.currency_code)})`}
            </Label>
          </div>
        </ClaimFormField>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {`The shop has set no diagnostic fee in ${claim.order_currency_code?.toUpperCase() ?? "the order's currency"}: none can be charged.`}
        </Text>
      )}
    </FormDrawer>
  )
}
