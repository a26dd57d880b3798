import { Input, Label, RadioGroup, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { EXCLUSION_REASONS, exclusionLabel } from "../lib/format"
import type { WarrantyExclusionReason as ExclusionReason } from "../../types"

/**
 * A labelled field of a claim drawer, with an optional hint under it and, after a refused save,
 * the API's words about this field right under it. `optional` and `required` say so in the label.
 */
export const ClaimFormField = ({
  id,
  label,
  optional,
  required,
  hint,
  error,
  children,
}: {
  id?: string
  label: string
  optional?: boolean
  required?: boolean
  hint?: ReactNode
  error?: string | null
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2" data-field={id}>
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
      {required && <span className="text-ui-fg-muted font-normal"> (required)</span>}
    </Label>
    {children}
    {error && (
      <Text size="small" role="alert" id={id ? `${id}-error` : undefined} className="text-ui-fg-error">
        {error}
      </Text>
    )}
    {hint && (
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)

/** A yes/no answer that starts unanswered: intake and diagnosis facts must be checked, not assumed. */
export const YesNoField = ({
  id,
  label,
  value,
  onChange,
  hint,
  error,
}: {
  id: string
  label: string
  value: boolean | null
  onChange: (value: boolean) => void
  hint?: ReactNode
  error?: string | null
}) => (
  <ClaimFormField label={label} hint={hint} error={error}>
    <RadioGroup
      aria-label={label}
      className="flex gap-x-6"
      value={value === null ? "" : value ? "yes" : "no"}
      onValueChange={(v) => onChange(v === "yes")}
    >
      {(["yes", "no"] as const).map((option) => (
        <div key={option} className="flex items-center gap-x-2">
          <RadioGroup.Item value={option} id={`${id}-${option}`} />
          <Label htmlFor={`${id}-${option}`} size="small">
            {option === "yes" ? "Yes" : "No"}
          </Label>
        </div>
      ))}
    </RadioGroup>
  </ClaimFormField>
)

const NONE = "none"

/**
 * R9 (Art. 12): the 20 reasons, numbered as in the terms so staff can cite the point. With
 * `noneLabel` the select offers "no exclusion" too (null).
 */
export const ExclusionReasonSelect = ({
  id,
  value,
  onChange,
  noneLabel,
}: {
  id?: string
  value: ExclusionReason | null
  onChange: (value: ExclusionReason | null) => void
  noneLabel?: string
}) => (
  <Select
    value={value ?? (noneLabel ? NONE : "")}
    onValueChange={(v) => onChange(v === NONE ? null : (v as ExclusionReason))}
  >
    <Select.Trigger id={id} aria-label="Exclusion reason">
      <Select.Value placeholder="Choose a reason" />
    </Select.Trigger>
    <Select.Content>
      {noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
      {EXCLUSION_REASONS.map((reason) => (
        <Select.Item key={reason} value={reason}>
          {exclusionLabel(reason)}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** An amount and its currency side by side (quotes, offer values); their errors under both. */
export const MoneyFields = ({
  idPrefix,
  label,
  amount,
  onAmount,
  currency,
  onCurrency,
  currencyPlaceholder,
  autoFocus,
  amountError,
  currencyError,
}: {
  idPrefix: string
  label: string
  amount: string
  onAmount: (v: string) => void
  currency: string
  onCurrency: (v: string) => void
  currencyPlaceholder?: string
  autoFocus?: boolean
  amountError?: string | null
  currencyError?: string | null
}) => (
  <div className="flex flex-col gap-y-2">
    <div className="grid grid-cols-[1fr_6rem] gap-x-3">
      <ClaimFormField id={`${idPrefix}-amount`} label={label}>
        <Input
          id={`${idPrefix}-amount`}
          type="number"
          min={0}
          step="0.01"
          autoFocus={autoFocus}
          aria-invalid={amountError ? true : undefined}
          value={amount}
          onChange={(e) => onAmount(e.target.value)}
        />
      </ClaimFormField>
      <ClaimFormField id={`${idPrefix}-currency`} label="Currency">
        <Input
          id={`${idPrefix}-currency`}
          maxLength={3}
          className="uppercase"
          placeholder={currencyPlaceholder}
          aria-invalid={currencyError ? true : undefined}
          value={currency}
          onChange={(e) => onCurrency(e.target.value)}
        />
      </ClaimFormField>
    </div>
    {[
      [amountError, `${idPrefix}-amount-error`],
      [currencyError, `${idPrefix}-currency-error`],
    ].map(([error, id]) =>
      error ? (
        <Text key={id} size="small" role="alert" id={id ?? undefined} className="text-ui-fg-error">
          {error}
        </Text>
      ) : null
    )}
  </div>
)

/**
 * A battery health reading typed by staff (R4.6): empty means none was taken (nothing is sent);
 * otherwise a whole number from 0 to 100.
 */
export function batteryReading(text: string): { valid: boolean; percent: number | null } {
  if (text.trim() === "") {
    return { valid: true, percent: null }
  }
  const parsed = Number(text)
  return { valid: Number.isInteger(parsed) && parsed >= 0 && parsed <= 100, percent: parsed }
}

/** The optional battery health field of the receive and mark-ready drawers (a unit with a battery only, R5.2). */
export const BatteryPercentField = ({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | null
}) => (
  <ClaimFormField id={id} label={label} optional error={error} hint="Leave empty when the device shows none: no reading is recorded then.">
    <Input id={id} type="number" min={0} max={100} step={1} placeholder="0-100" value={value} onChange={(e) => onChange(e.target.value)} />
  </ClaimFormField>
)
