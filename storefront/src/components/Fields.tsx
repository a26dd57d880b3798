import { Checkbox, Hint, Input, Label, Textarea } from "@medusajs/ui"
import type { ReactNode } from "react"

/** An empty required field is not an error before the visitor tried to send the form. */
const QUIET_INVALID = "invalid:!shadow-borders-base"

type TextFieldProps = {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: "text" | "email" | "password" | "tel"
  required?: boolean
  autoComplete?: string
  hint?: string
  maxLength?: number
}

/** A labelled input (the label is what a person, and the browser suite, looks for). */
export function TextField({ id, label, value, onChange, type = "text", required, autoComplete, hint, maxLength }: TextFieldProps) {
  return (
    <div className="flex flex-col gap-y-1.5">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </Label>
      <Input
        id={id}
        className={QUIET_INVALID}
        name={id}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
    </div>
  )
}

export function TextAreaField({ id, label, value, onChange, required, hint, maxLength }: Omit<TextFieldProps, "type" | "autoComplete">) {
  return (
    <div className="flex flex-col gap-y-1.5">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </Label>
      <Textarea
        id={id}
        className={QUIET_INVALID}
        name={id}
        value={value}
        required={required}
        maxLength={maxLength}
        rows={4}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
    </div>
  )
}

/** A checkbox with its label beside it; `detail` is read with it. */
export function CheckboxField({ id, label, checked, onChange, detail, disabled }: { id: string; label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; detail?: ReactNode; disabled?: boolean }) {
  return (
    <div className="flex items-start gap-x-3">
      <Checkbox
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={detail ? `${id}-detail` : undefined}
        onCheckedChange={(v) => onChange(v === true)}
        className="mt-0.5"
      />
      <div className="flex flex-col gap-y-0.5">
        <Label htmlFor={id} size="small" weight="plus" className="cursor-pointer">
          {label}
        </Label>
        {detail ? (
          <Hint id={`${id}-detail`} className="text-ui-fg-subtle">
            {detail}
          </Hint>
        ) : null}
      </div>
    </div>
  )
}
