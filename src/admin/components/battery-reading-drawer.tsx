import { Checkbox, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useRecordBatteryHealth } from "../hooks/warranty-cards"
import { useDrawerForm } from "../hooks/use-drawer-form"
import { BATTERY_KIND_LABELS, latestReading, SOURCE_LABELS } from "../lib/format"
import type { BatteryKind, BatteryReadingSource, AdminWarrantyCard as WarrantyCard } from "../../types"
import { FormDrawer } from "./form-drawer"

type Props = { card: WarrantyCard; open: boolean; onOpenChange: (open: boolean) => void }

const SOURCES = Object.keys(SOURCE_LABELS) as BatteryReadingSource[]
const KINDS = Object.keys(BATTERY_KIND_LABELS) as BatteryKind[]

/** R4.6: a battery-health reading with its source, battery kind and (optional) note. */
export const BatteryReadingDrawer = ({ card, open, onOpenChange }: Props) => {
  const last = latestReading(card)
  const [percent, setPercent] = useState("")
  const [noPercent, setNoPercent] = useState(false)
  // The first reading of a card is normally the one taken at sale (R4.2).
  const [source, setSource] = useState<BatteryReadingSource>(last ? "intake" : "sale")
  const [kind, setKind] = useState<BatteryKind>(last?.battery_kind ?? "original")
  const [note, setNote] = useState("")
  const { error, callbacks } = useDrawerForm(onOpenChange)
  const { mutate, isPending } = useRecordBatteryHealth(card.id)

  const parsed = Number(percent)
  const percentValid = percent.trim() !== "" && Number.isInteger(parsed) && parsed >= 0 && parsed <= 100

  const submit = () => {
    mutate(
      {
        percent: noPercent ? null : parsed,
        source,
        battery_kind: kind,
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      callbacks(`Battery reading recorded on ${card.card_number}`)
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Record battery reading"
      description={`${card.card_number} · ${card.product_title}${card.variant_title ? ` · ${card.variant_title}` : ""}`}
      submitLabel="Record reading"
      onSubmit={submit}
      isPending={isPending}
      error={error}
      submitDisabled={!noPercent && !percentValid}
    >
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="battery-percent" size="small" weight="plus">
          Battery health (%)
        </Label>
        <Input
          id="battery-percent"
          type="number"
          min={0}
          max={100}
          step={1}
          autoFocus
          disabled={noPercent}
          value={noPercent ? "" : percent}
          placeholder="0-100"
          onChange={(e) => setPercent(e.target.value)}
        />
        <div className="flex items-center gap-x-2">
          <Checkbox
            id="battery-no-percent"
            checked={noPercent}
            onCheckedChange={(checked) => {
              const on = checked === true
              setNoPercent(on)
              // R4.5: only OEM batteries show no health percentage.
              if (on) {
                setKind("oem")
              }
            }}
          />
          <Label htmlFor="battery-no-percent" size="small">
            No percentage shown (OEM battery)
          </Label>
        </div>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Source
        </Label>
        <Select value={source} onValueChange={(v) => setSource(v as BatteryReadingSource)}>
          <Select.Trigger aria-label="Source">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {SOURCES.map((s) => (
              <Select.Item key={s} value={s}>
                {SOURCE_LABELS[s]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {source === "sale" && (
          <Text size="small" className="text-ui-fg-subtle">
            A sale reading under the shop&apos;s threshold (85% by default) marks the card &quot;battery replacement
            due&quot; (R4.3).
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Battery kind
        </Label>
        <Select value={kind} onValueChange={(v) => setKind(v as BatteryKind)}>
          <Select.Trigger aria-label="Battery kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {KINDS.map((k) => (
              <Select.Item key={k} value={k}>
                {BATTERY_KIND_LABELS[k]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {card.oem_battery_model && (
          <Text size="small" className="text-ui-fg-subtle">
            This model gets OEM batteries on replacement; they may show a &quot;non-genuine part&quot; message (R4.5).
          </Text>
        )}
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="battery-note" size="small" weight="plus">
          Note <span className="text-ui-fg-muted font-normal">(optional)</span>
        </Label>
        <Textarea id="battery-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
    </FormDrawer>
  )
}
