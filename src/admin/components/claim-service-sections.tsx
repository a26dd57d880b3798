import { Badge, StatusBadge, Text } from "@medusajs/ui"
import {
  BATTERY_FINDING_LABELS,
  DEFECT_LABELS,
  exclusionLabel,
  EXTENSION_REASON_LABELS,
  FEE_SETTLED_VIA_LABELS,
  FEE_STATUS_COLORS,
  FEE_STATUS_LABELS,
  formatDateTime,
  formatDay,
  formatMoney,
  formatPercent,
  humanize,
} from "../lib/format"
import type { AdminWarrantyClaimDetail as WarrantyClaimDetail } from "../../types"
import { ClaimQuoteAnswer } from "./claim-answer-drawer"
import { ClaimField, ClaimList, ClaimSection, yesNo } from "./claim-section"

type Props = { claim: WarrantyClaimDetail }

/** R5: the defects the shopper named and their own words. */
export const ClaimReportSection = ({ claim }: Props) => (
  <ClaimSection title="Reported problem">
    <ClaimField label="Defects">
      <div className="flex flex-wrap gap-1">
        {claim.defects.map((code) => (
          <Badge key={code} size="2xsmall">
            {DEFECT_LABELS[code] ?? humanize(code)}
          </Badge>
        ))}
      </div>
    </ClaimField>
    <ClaimField label="Description">{claim.description || "-"}</ClaimField>
    <ClaimField label="Filed">{formatDateTime(claim.submitted_at ?? claim.created_at)}</ClaimField>
  </ClaimSection>
)

/** R11.4: what the workshop found on arrival; it is what proves the cause later. */
export const ClaimIntakeSection = ({ claim }: Props) => {
  const intake = claim.intake
  if (!intake) {
    return null
  }
  return (
    <ClaimSection title="Intake">
      <ClaimField label="Received">{formatDay(claim.received_on)}</ClaimField>
      <ClaimField label="Accessories received">
        <ClaimList items={intake.accessories_received} empty="None" />
      </ClaimField>
      <ClaimField label="Original packaging">{yesNo(intake.original_packaging)}</ClaimField>
      <ClaimField label="Seals intact">{yesNo(intake.seals_intact)}</ClaimField>
      <ClaimField label="Damage notes">{intake.damage_notes || "-"}</ClaimField>
      {claim.has_battery && (
        <ClaimField label="Battery reading">
          {intake.battery_percent === null || intake.battery_percent === undefined ? "Not read" : formatPercent(intake.battery_percent)}
        </ClaimField>
      )}
    </ClaimSection>
  )
}

export const ClaimDiagnosisSection = ({ claim }: Props) => {
  const diagnosis = claim.diagnosis
  if (!diagnosis) {
    return null
  }
  return (
    <ClaimSection title="Diagnosis">
      <ClaimField label="Findings">{diagnosis.findings || "-"}</ClaimField>
      <ClaimField label="Covered">{yesNo(diagnosis.covered)}</ClaimField>
      {diagnosis.exclusion_reason && (
        <ClaimField label="Not covered because">{exclusionLabel(diagnosis.exclusion_reason)}</ClaimField>
      )}
      {claim.has_battery && diagnosis.battery_finding && (
        <ClaimField label="Battery">{BATTERY_FINDING_LABELS[diagnosis.battery_finding] ?? diagnosis.battery_finding}</ClaimField>
      )}
      <ClaimField label="Diagnosed">{formatDateTime(claim.diagnosed_at)}</ClaimField>
    </ClaimSection>
  )
}

const DECISION_LABELS = { pending: "Waiting for the customer", accepted: "Accepted", declined: "Declined" } as const

/** R7.3, R8.4: the repair quote and the customer's answer. */
export const ClaimQuoteSection = ({ claim }: Props) => {
  const quote = claim.quote
  if (!quote) {
    return null
  }
  return (
    <ClaimSection title="Quote" action={<ClaimQuoteAnswer claim={claim} />}>
      <ClaimField label="Amount">{formatMoney(quote.amount, quote.currency_code)}</ClaimField>
      <ClaimField label="Estimated repair time">{`${quote.estimated_days} days`}</ClaimField>
      <ClaimField label="Parts to order">
        <ClaimList items={quote.parts_to_order} empty="None (in stock)" />
      </ClaimField>
      {quote.diagnostic_fee && (
        <ClaimField label="Diagnostic fee if declined">
          {formatMoney(quote.diagnostic_fee.amount, quote.diagnostic_fee.currency_code)}
        </ClaimField>
      )}
      <ClaimField label="Decision">
        {`${DECISION_LABELS[quote.decision] ?? quote.decision}${quote.decided_at ? ` · ${formatDateTime(quote.decided_at)}` : ""}`}
      </ClaimField>
    </ClaimSection>
  )
}

const FEE_REASON_LABELS: Record<string, string> = {
  quote_declined: "Quote declined",
  rejected: "Claim rejected",
}

/** Fee lines under the amount: why it is owed and how it was settled. */
const FeeLine = ({ children }: { children: string }) => (
  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle break-all">
    {children}
  </Text>
)

/** R8.4: the fees the claim made due and how each was settled (online, at the counter, waived). */
export const ClaimFeesSection = ({ claim }: Props) => {
  const fees = claim.fees ?? []
  if (!fees.length) {
    return null
  }
  return (
    <ClaimSection title="Fees">
      {fees.map((fee, i) => (
        <ClaimField key={`${fee.kind}-${fee.created_at ?? i}`} label={humanize(fee.kind)}>
          <div className="flex flex-col gap-y-0.5">
            <div className="flex items-center gap-x-2">
              <Text size="small" leading="compact" weight="plus">
                {formatMoney(fee.amount, fee.currency_code)}
              </Text>
              <StatusBadge color={FEE_STATUS_COLORS[fee.status] ?? "grey"}>
                {FEE_STATUS_LABELS[fee.status] ?? humanize(fee.status)}
              </StatusBadge>
            </div>
            {fee.reason && <FeeLine>{FEE_REASON_LABELS[fee.reason] ?? humanize(fee.reason)}</FeeLine>}
            {fee.settled_via && (
              <FeeLine>
                {`${FEE_SETTLED_VIA_LABELS[fee.settled_via] ?? humanize(fee.settled_via)}${
                  fee.settled_at ? ` · ${formatDateTime(fee.settled_at)}` : ""
                }`}
              </FeeLine>
            )}
            {fee.reference && (
              <FeeLine>{`${fee.settled_via === "waiver" ? "Reason" : "Reference"}: ${fee.reference}`}</FeeLine>
            )}
            {fee.status === "due" && fee.payment_collection_id && <FeeLine>The customer can pay it online</FeeLine>}
          </div>
        </ClaimField>
      ))}
    </ClaimSection>
  )
}

export const ClaimRejectionSection = ({ claim }: Props) => {
  const rejection = claim.rejection
  if (!rejection) {
    return null
  }
  return (
    <ClaimSection title="Rejection">
      <ClaimField label="Reason">{exclusionLabel(rejection.reason)}</ClaimField>
      <ClaimField label="Note">{rejection.note || "-"}</ClaimField>
    </ClaimSection>
  )
}

/** R7.2: each extension of the service period with its reason and new due date. */
export const ClaimExtensionsSection = ({ claim }: Props) => {
  const extensions = claim.extensions ?? []
  if (!extensions.length) {
    return null
  }
  return (
    <ClaimSection title="Extensions">
      {extensions.map((extension, i) => (
        <ClaimField key={`${extension.created_at}-${i}`} label={`To ${formatDay(extension.due_on)}`}>
          <div className="flex flex-col gap-y-0.5">
            <Text size="small" leading="compact">
              {EXTENSION_REASON_LABELS[extension.reason] ?? extension.reason}
            </Text>
            {extension.note && (
              <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-pre-line">
                {extension.note}
              </Text>
            )}
            <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
              {formatDateTime(extension.created_at)}
            </Text>
          </div>
        </ClaimField>
      ))}
    </ClaimSection>
  )
}
