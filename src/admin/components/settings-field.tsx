import { Button, Input, Select, Switch, Text, Textarea } from "@medusajs/ui"
import type { FieldSpec, FormValue } from "../lib/settings-fields"
import { ClaimFormField } from "./claim-form-field"

type Props = {
  spec: FieldSpec
  value: FormValue
  onChange: (value: FormValue) => void
  error?: string | null
  /** The plugin option's value, as text. */
  defaultText: string
  overridden: boolean
  onReset: () => void
  resetting: boolean
}

const ADDRESS_PARTS: [string, string][] = [
  ["name", "Name"],
  ["address_1", "Address"],
  ["address_2", "Address (line 2, optional)"],
  ["postal_code", "Postal code"],
  ["city", "City"],
  ["country_code", "Country code (2 letters)"],
]

type Fee = { amount: string; currency_code: string }

/** One setting: its input, the API's words about it after a refused save, its default, and "reset to default" when set here. */
export const SettingsField = ({ spec, value, onChange, error, defaultText, overridden, onReset, resetting }: Props) => {
  const id = `setting-${spec.key}`
  const hint = (
    <span className="flex flex-wrap items-center gap-x-2">
      {spec.hint && <span>{spec.hint}</span>}
      <span>{overridden ? `Set here; the plugin default is ${defaultText}.` : "The plugin default."}</span>
      {overridden && (
        <Button size="small" variant="transparent" type="button" onClick={onReset} isLoading={resetting} data-reset={spec.key}>
          Reset to default
        </Button>
      )}
    </span>
  )
  return (
    <ClaimFormField id={id} label={spec.label} hint={hint} error={error}>
      <SettingInput id={id} spec={spec} value={value} onChange={onChange} invalid={!!error} />
    </ClaimFormField>
  )
}

function SettingInput({ id, spec, value, onChange, invalid }: { id: string; spec: FieldSpec; value: FormValue; onChange: (v: FormValue) => void; invalid: boolean }) {
  switch (spec.kind) {
    case "switch":
      return <Switch id={id} checked={value as boolean} onCheckedChange={(checked) => onChange(checked)} />
    case "models":
      return <Textarea id={id} rows={6} value={value as string} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} />
    case "unit":
    case "from": {
      const choices = spec.kind === "unit" ? [["calendar", "Calendar days"], ["working", "Working days (Mon-Fri)"]] : [["receipt", "Receipt of the device"], ["filing", "The filing day"]]
      return (
        <Select value={value as string} onValueChange={(v) => onChange(v)}>
          <Select.Trigger id={id} aria-label={spec.label}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {choices.map(([v, label]) => (
              <Select.Item key={v} value={v}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )
    }
    case "address": {
      const address = value as Record<string, string>
      return (
        <div className="grid grid-cols-2 gap-2">
          {ADDRESS_PARTS.map(([part, label]) => (
            <Input
              key={part}
              id={part === "name" ? id : `${id}-${part}`}
              placeholder={label}
              aria-label={label}
              value={address[part] ?? ""}
              onChange={(e) => onChange({ ...address, [part]: e.target.value })}
              aria-invalid={invalid}
            />
          ))}
        </div>
      )
    }
    case "hours": {
      const hours = value as Record<string, string>
      return (
        <div className="flex items-center gap-2">
          <Input id={id} aria-label="Opens" placeholder="09:00" value={hours.opens} onChange={(e) => onChange({ ...hours, opens: e.target.value })} aria-invalid={invalid} />
          <Text size="small">to</Text>
          <Input aria-label="Closes" placeholder="18:00" value={hours.closes} onChange={(e) => onChange({ ...hours, closes: e.target.value })} aria-invalid={invalid} />
        </div>
      )
    }
    case "fees":
      return <FeeRows id={id} fees={value as Fee[]} onChange={onChange} invalid={invalid} />
    default:
      return (
        <Input
          id={id}
          value={value as string}
          inputMode={spec.kind === "int" || spec.kind === "share" ? "decimal" : undefined}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid}
        />
      )
  }
}

function FeeRows({ id, fees, onChange, invalid }: { id: string; fees: Fee[]; onChange: (v: FormValue) => void; invalid: boolean }) {
  const set = (i: number, patch: Partial<Fee>) => onChange(fees.map((f, j) => (j === i ? { ...f, ...patch } : f)))
  return (
    <div className="flex flex-col gap-2">
      {fees.map((fee, i) => (
        <div key={i} className="flex items-center gap-2">
          <Input id={i === 0 ? id : undefined} aria-label={`Amount ${i + 1}`} inputMode="decimal" value={fee.amount} onChange={(e) => set(i, { amount: e.target.value })} aria-invalid={invalid} />
          <Input aria-label={`Currency ${i + 1}`} placeholder="eur" className="w-24" value={fee.currency_code} onChange={(e) => set(i, { currency_code: e.target.value })} aria-invalid={invalid} />
          <Button size="small" variant="transparent" type="button" onClick={() => onChange(fees.filter((_, j) => j !== i))}>
            Remove
          </Button>
        </div>
      ))}
      <div>
        <Button size="small" variant="secondary" type="button" onClick={() => onChange([...fees, { amount: "", currency_code: "" }])}>
          Add a currency
        </Button>
      </div>
    </div>
  )
}
