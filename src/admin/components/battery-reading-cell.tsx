import { Badge, Text, Tooltip } from "@medusajs/ui"
import { BATTERY_KIND_LABELS, formatInstant, formatPercent, latestReading, SOURCE_LABELS } from "../lib/format"
import type { AdminWarrantyCard as WarrantyCard } from "../../types"

/** The last battery-health reading (R4.6) and the R4.3 replacement flag. */
export const BatteryReadingCell = ({ card }: { card: WarrantyCard }) => {
  const reading = latestReading(card)
  return (
    <div className="flex flex-col items-start gap-1">
      {reading ? (
        <Tooltip
          content={`${BATTERY_KIND_LABELS[reading.battery_kind]} battery${reading.note ? ` · ${reading.note}` : ""}`}
        >
          <div className="flex flex-col">
            <Text size="small" leading="compact" weight="plus">
              {formatPercent(reading.percent)}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-nowrap">
              {formatInstant(reading.measured_at)}
            </Text>
            <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-nowrap">
              {SOURCE_LABELS[reading.source] ?? reading.source}
            </Text>
          </div>
        </Tooltip>
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          No reading
        </Text>
      )}
      {card.battery_replacement_due && (
        <Tooltip content="Sold under the battery-health threshold: the shop replaces the battery at its own cost (R4.3)">
          <Badge size="2xsmall" color="red" className="whitespace-nowrap">
            Replacement due
          </Badge>
        </Tooltip>
      )}
    </div>
  )
}
