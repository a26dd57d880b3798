import { Select, Textarea, Tooltip } from "@medusajs/ui"
import { useState } from "react"
import { useDrawerMove } from "../hooks/use-drawer-move"
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
const FIELDS = ["findings", "covered", "exclusion_reason", "battery_finding"] as const

/**
 * The workshop's finding: covered (free repair) or not (a quote or a rejection). Whether "not
 * covered" needs an exclusion reason follows the claim, as the server decides it (R9, R11.3): a
 * free cover that applied on the filing day, given the battery finding (wear is no defect, R4.4).
 */
export const ClaimDiagnoseDrawer = ({ claim, open, onOpenChange }: Props) => {
  const [findings, setFindings] = useState("")
  const [covered, setCovered] = useState<boolean | null>(null)
  const [exclusion, setExclusion] = useState<ExclusionReason | null>(null)
  const [battery, setBattery] = useState<BatteryFinding | null>(null)
  const { submit: send, isPending, errors, generalError } = useDrawerMove(claim.id, "diagnose", FIELDS, {
    success: `Diagnosis recorded on ${claim.ticket_number}`,
    onDone: () => onOpenChange(false),
  })
  const freeCover = claim.free_cover_by_battery_finding[battery ?? "none"]
  const exclusionRequired = covered === false && freeCover
  const showBattery = claim.has_battery

  const submit = () => {
    if (covered === null) {
      return
    }
    send({
      findings: findings.trim(),
      covered,
      ...(!covered && exclusion ? { exclusion_reason: exclusion } : {}),
      ...(battery ? { battery_finding: battery } : {}),
    })
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
      error={generalError}
      submitDisabled={!findings.trim() || covered === null || (exclusionRequired && !exclusion)}
    >
      <ClaimFormField id="claim-findings" label="Findings" error={errors.findings}>
        <Textarea id="claim-findings" autoFocus value={findings} onChange={(e) => setFindings(e.target.value)} />
      </ClaimFormField>
      {showBattery && (
        <ClaimFormField
          id="claim-battery-finding"
          label="Battery"
          optional
          error={errors.battery_finding}
          hint="Health that fell under the threshold with use is wear, not a defect."
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
      <YesNoField
        id="claim-covered"
        label="Covered by the warranty"
        value={covered}
        onChange={setCovered}
        error={errors.covered}
        hint={freeCover ? undefined : "No free cover applies to this claim: the repair is paid."}
      />
      {covered === false && (
        <ClaimFormField
          id="claim-exclusion"
          label="Reason the warranty does not apply"
          optional={!exclusionRequired}
          required={exclusionRequired}
          error={errors.exclusion_reason}
          hint={
            exclusionRequired ? (
              <Tooltip content="R9 (Art. 12), R11.3">
                <span>A free cover applies to this claim: the shop may charge only with one of the exclusion reasons of the terms.</span>
              </Tooltip>
            ) : (
              "No free cover applies: give a reason only if one of the terms' exclusions fits."
            )
          }
        >
          <ExclusionReasonSelect
            id="claim-exclusion"
            value={exclusion}
            onChange={setExclusion}
            noneLabel={exclusionRequired ? undefined : "No exclusion"}
          />
        </ClaimFormField>
      )}
    </FormDrawer>
  )
}
