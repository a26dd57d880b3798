import { Checkbox, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import { formatMoney } from "../lib/format"
import type {
  WarrantyExclusionReason as ExclusionReason,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { ClaimFormField, ExclusionReasonSelect } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

/** R9: the claim is not covered; the device goes back, with the diagnostic fee if staff charge it. */
export const ClaimRejectDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [reason, setReason] = useState<ExclusionReason | null>(claim.diagnosis?.exclusion_reason ?? null)
  const [note, setNote] = useState("")
  const [chargeFee, setChargeFee] = useState(false)
  const { mutate, isPending } = useClaimMove(claim.id, "reject")
  const fee = claim.quote?.diagnostic_fee

  const submit = () => {
    if (!reason) {
      return
    }
    mutate(
      { reason, ...(note.trim() ? { note: note.trim() } : {}), charge_diagnostic_fee: chargeFee },
      claimMoveCallbacks(`${claim.ticket_number} rejected`, () => onOpenChange(false))
    )
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
      submitDisabled={!reason}
    >
      <ClaimFormField id="claim-reject-reason" label="Reason (R9)">
        <ExclusionReasonSelect id="claim-reject-reason" value={reason} onChange={setReason} />
      </ClaimFormField>
      <ClaimFormField id="claim-reject-note" label="Note" optional hint="Shown to the customer with the reason.">
        <Textarea id="claim-reject-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </ClaimFormField>
      <div className="flex items-center gap-x-2">
        <Checkbox id="claim-reject-fee" checked={chargeFee} onCheckedChange={(checked) => setChargeFee(checked === true)} />
        <Label htmlFor="claim-reject-fee" size="small">
          Charge the diagnostic fee{fee ? ` (${formatMoney(fee.amount, fee.currency_code)})` : ""}
        </Label>
      </div>
    </FormDrawer>
  )
}
