import { Button, Input, Label, Select, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useDeleteWarrantyPolicy, useUpsertWarrantyPolicy } from "../hooks/warranty-policy"
import { useDrawerForm } from "../hooks/use-drawer-form"
import { COVERAGE_LABELS, KIND_LABELS } from "../lib/format"
import type {
  WarrantyProductKind as ProductKind,
  WarrantyCoverage,
  AdminWarrantyPolicyResponse as WarrantyPolicyResponse,
} from "../../types"
import { FormDrawer } from "./form-drawer"

const PRODUCT_TARGET = "product"

export type PolicyTarget = {
  /** null: the product's own policy. */
  variantId: string | null
  label: string
  current: WarrantyPolicyResponse["warranty_policy"] | undefined
}

type Props = {
  productId: string
  targets: PolicyTarget[]
  initialTarget: string | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

type FormState = { months: string; batteryDays: string; coverage: WarrantyCoverage; kind: ProductKind }

function formFor(target: PolicyTarget | undefined): FormState {
  const terms = target?.current?.effective
  return {
    months: String(terms?.months ?? 24),
    batteryDays: String(terms?.battery_days ?? 90),
    coverage: terms?.coverage ?? "full",
    kind: terms?.kind ?? "device",
  }
}

const isInt = (value: string, min: number, max: number) => {
  const n = Number(value)
  return value.trim() !== "" && Number.isInteger(n) && n >= min && n <= max
}

/** R2.2: set the product's own warranty terms, or one variant's, or remove them. */
export const PolicyDrawer = ({ productId, targets, initialTarget, open, onOpenChange }: Props) => {
  const [targetKey, setTargetKey] = useState(initialTarget ?? PRODUCT_TARGET)
  const target = targets.find((t) => (t.variantId ?? PRODUCT_TARGET) === targetKey)
  const [form, setForm] = useState<FormState>(() => formFor(target))
  const { error, setError, callbacks } = useDrawerForm(onOpenChange)
  const upsert = useUpsertWarrantyPolicy(productId)
  const remove = useDeleteWarrantyPolicy(productId)
  const prompt = usePrompt()

  const ownPolicy = target?.current?.policy ?? null
  const valid = isInt(form.months, 1, 120) && isInt(form.batteryDays, 0, 3650)

  const chooseTarget = (key: string) => {
    setTargetKey(key)
    setForm(formFor(targets.find((t) => (t.variantId ?? PRODUCT_TARGET) === key)))
    setError(null)
  }

  const submit = () => {
    if (!target) {
      return
    }
    upsert.mutate(
      {
        variantId: target.variantId,
        body: {
          months: Number(form.months),
          battery_days: Number(form.batteryDays),
          coverage: form.coverage,
          kind: form.kind,
        },
      },
      callbacks(`Warranty terms saved for ${target.label}`)
    )
  }

  const removeOwn = async () => {
    if (!target) {
      return
    }
    const confirmed = await prompt({
      title: target.variantId ? "Remove the variant's own terms?" : "Reset to the default terms?",
      description: target.variantId
        ? `${target.label} will use the product's terms again. Cards already issued keep their terms (R2.3).`
        : "The product will use the plugin's default terms again. Cards already issued keep their terms (R2.3).",
      confirmText: target.variantId ? "Remove" : "Reset",
      cancelText: "Cancel",
    })
    if (!confirmed) {
      return
    }
    remove.mutate(target.variantId, callbacks(target.variantId ? `${target.label} now uses the product's terms` : "Warranty terms reset to default"))
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Edit warranty terms"
      description="New terms apply to cards issued from now on; issued cards keep theirs (R2.3)."
      submitLabel="Save"
      onSubmit={submit}
      isPending={upsert.isPending}
      error={error}
      submitDisabled={!valid || !target}
      footerStart={
        ownPolicy ? (
          <Button size="small" variant="transparent" type="button" onClick={removeOwn} isLoading={remove.isPending}>
            {target?.variantId ? "Remove variant terms" : "Reset to default"}
          </Button>
        ) : undefined
      }
    >
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Applies to
        </Label>
        <Select value={targetKey} onValueChange={chooseTarget}>
          <Select.Trigger aria-label="Applies to">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {targets.map((t) => (
              <Select.Item key={t.variantId ?? PRODUCT_TARGET} value={t.variantId ?? PRODUCT_TARGET}>
                {t.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Text size="small" className="text-ui-fg-subtle">
          {ownPolicy
            ? "Has its own terms."
            : target?.variantId
              ? "Uses the product's terms until you save its own."
              : "Uses the plugin default until you save its own."}
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="policy-months" size="small" weight="plus">
            Warranty (months)
          </Label>
          <Input
            id="policy-months"
            type="number"
            min={1}
            max={120}
            step={1}
            value={form.months}
            onChange={(e) => setForm({ ...form, months: e.target.value })}
          />
        </div>
        <div className="flex flex-col gap-y-2">
          <Label htmlFor="policy-battery-days" size="small" weight="plus">
            Battery warranty (days)
          </Label>
          <Input
            id="policy-battery-days"
            type="number"
            min={0}
            max={3650}
            step={1}
            value={form.batteryDays}
            onChange={(e) => setForm({ ...form, batteryDays: e.target.value })}
          />
        </div>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Kind
        </Label>
        <Select
          value={form.kind}
          onValueChange={(v) => {
            const kind = v as ProductKind
            // R5.2: accessories are covered for manufacturing defects only.
            setForm({
              ...form,
              kind,
              coverage: kind === "accessory" ? "manufacturing_defects" : form.coverage,
              batteryDays: kind === "accessory" && form.kind !== "accessory" ? "0" : form.batteryDays,
            })
          }}
        >
          <Select.Trigger aria-label="Kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(KIND_LABELS) as ProductKind[]).map((k) => (
              <Select.Item key={k} value={k}>
                {KIND_LABELS[k]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Coverage
        </Label>
        <Select value={form.coverage} onValueChange={(v) => setForm({ ...form, coverage: v as WarrantyCoverage })}>
          <Select.Trigger aria-label="Coverage">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(COVERAGE_LABELS) as WarrantyCoverage[]).map((c) => (
              <Select.Item key={c} value={c} disabled={form.kind === "accessory" && c === "full"}>
                {COVERAGE_LABELS[c]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {form.kind === "accessory" && (
          <Text size="small" className="text-ui-fg-subtle">
            Accessories are covered for manufacturing defects only (R5.2).
          </Text>
        )}
      </div>
    </FormDrawer>
  )
}
