import { Select, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { claimMoveCallbacks, useClaimMove } from "../hooks/warranty-claims"
import { BATTERY_FINDING_LABELS } from "../lib/format"
import type {
  WarrantyBatteryFinding as BatteryFinding,
  WarrantyExclusionReason as ExclusionReason,
  AdminWarrantyClaimDetail as WarrantyClaimDetail,
} from "../../types"
import { ClaimFormField, ExclusionReasonSelect, YesNoField } from "./claim-form-field"
import { FormDrawer } from "./form-drawer"

type Props = { claim: WarrantyClaimDetail; open: boolean; onOpenChange: (open: boolean) => void }

const NOT_ASSESSED = "not_assessed"
const FINDINGS = Object.keys(BATTERY_FINDING_LABELS) as BatteryFinding[]

/** The workshop's finding: covered (free repair, R8.1) or not (quote or rejection, R9, R4.4). */
export const ClaimDiagnoseDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [findings, setFindings] = useState("")
  const [covered, setCovered] = useState<boolean | null>(null)
  const [exclusion, setExclusion] = useState<ExclusionReason | null>(null)
  const [battery, setBattery] = useState<BatteryFinding | null>(null)
  const { mutate, isPending } = useClaimMove(claim.id, "diagnose")
  const freeCover = claim.covers.length > 0
  const showBattery = claim.product_kind === "device"

  const submit = () => {
    if (covered === null) {
      return
    }
    mutate(
      {
        findings: findings.trim(),
        covered,
        ...(!covered && exclusion ? { exclusion_reason: exclusion } : {}),
        ...(battery ? { battery_finding: battery } : {}),
      },
      claimMoveCallbacks(`Diagnosis recorded on ${claim.ticket_number}`, () => onOpenChange(false))
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={`Diagnose ${claim.ticket_number}`}
      description="What the workshop found and whether the warranty covers it."
      submitLabel="Save diagnosis"
      onSubmit={submit}
      isPending={isPending}
      submitDisabled={!findings.trim() || covered === null}
    >
      <ClaimFormField id="claim-findings" label="Findings">
        <Textarea id="claim-findings" autoFocus value={findings} onChange={(e) => setFindings(e.target.value)} />
      </ClaimFormField>
      <YesNoField
        id="claim-covered"
        label="Covered by the warranty"
        value={covered}
        onChange={setCovered}
        hint={freeCover ? undefined : "No free cover applies to this claim: the repair is paid (R11.3)."}
      />
      {covered === false && (
        <ClaimFormField
          id="claim-exclusion"
          label="Exclusion reason (R9)"
          optional
          hint={freeCover ? "While a free cover applies, only an R9 exclusion lets the shop charge (R11.3)." : undefined}
        >
          <ExclusionReasonSelect id="claim-exclusion" value={exclusion} onChange={setExclusion} noneLabel="No exclusion" />
        </ClaimFormField>
      )}
      {showBattery && (
        <ClaimFormField
          id="claim-battery-finding"
          label="Battery"
          optional
          hint="Health that fell under the threshold with use is wear, not a defect (R4.4)."
        >
          <Select
            value={battery ?? NOT_ASSESSED}
            onValueChange={(v) => setBattery(v === NOT_ASSESSED ? null : (v as BatteryFinding))}
          >
            <Select.Trigger id="claim-battery-finding" aria-label="Battery finding">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NOT_ASSESSED}>Not assessed</Select.Item>
              {FINDINGS.map((f) => (
                <Select.Item key={f} value={f}>
                  {BATTERY_FINDING_LABELS[f]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </ClaimFormField>
      )}
    </FormDrawer>
  )
}
