import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WarrantyEvents } from "../modules/warranty/events"
import { BatteryKind, BatteryReadingSource } from "../modules/warranty/models/battery-health-record"
import { saleReadingNeedsReplacement } from "../modules/warranty/rules/battery"
import { createBatteryHealthRecordStep } from "./steps/create-battery-health-record"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { retrieveWarrantyCardStep } from "./steps/retrieve-warranty-card"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"
import { validateCardNotVoidStep } from "./steps/validate-card-not-void"

export const recordBatteryHealthWorkflowId = "record-battery-health"

export type RecordBatteryHealthInput = {
  warranty_card_id: string
  percent: number | null
  source: BatteryReadingSource | `${BatteryReadingSource}`
  battery_kind?: BatteryKind | `${BatteryKind}`
  measured_at: Date
  recorded_by: string
  note?: string | null
}

/**
 * R4.6: keeps a battery reading with its date, source, battery kind and author.
 * R4.2/R4.3: a `sale` reading is the health at sale; under the threshold the card is marked as
 * owing a battery replacement at the shop's cost. A later `repair` reading at or over the
 * threshold (or an OEM battery that shows no percentage, R4.5) clears that task.
 * `measured_at` comes from the caller (the route passes "now" when staff give none).
 */
export const recordBatteryHealthWorkflow = createWorkflow(
  recordBatteryHealthWorkflowId,
  (input: RecordBatteryHealthInput) => {
    const settings = getWarrantySettingsStep()
    const card = retrieveWarrantyCardStep({ id: input.warranty_card_id })
    validateCardNotVoidStep(card)

    const recordInput = transform({ input, card }, ({ input, card }) => ({
      warranty_card_id: card.id,
      percent: input.percent,
      measured_at: input.measured_at,
      source: input.source as BatteryReadingSource,
      // R4.5: OEM-battery models get OEM batteries unless staff say otherwise.
      battery_kind: (input.battery_kind ?? (card.oem_battery_model ? BatteryKind.OEM : BatteryKind.ORIGINAL)) as BatteryKind,
      recorded_by: input.recorded_by,
      note: input.note ?? null,
    }))
    const record = createBatteryHealthRecordStep(recordInput)

    const cardUpdate = transform({ input, card, settings, recordInput }, ({ input, card, settings, recordInput }) => {
      const threshold = settings.battery_health_threshold
      if (input.source === BatteryReadingSource.SALE) {
        return [
          {
            id: card.id,
            sale_battery_health: input.percent,
            battery_replacement_due: saleReadingNeedsReplacement(input.percent, threshold),
          },
        ]
      }
      // R4.5: only an OEM battery may show no percentage after a replacement.
      const fixed = input.percent === null ? recordInput.battery_kind === BatteryKind.OEM : input.percent >= threshold
      if (input.source === BatteryReadingSource.REPAIR && card.battery_replacement_due && fixed) {
        return [{ id: card.id, battery_replacement_due: false }]
      }
      return []
    })
    const updated = updateWarrantyCardsStep(cardUpdate)

    const event = transform({ record, card, updated }, ({ record, card, updated }) => ({
      id: record.id,
      warranty_card_id: card.id,
      percent: record.percent,
      source: record.source,
      battery_replacement_due: updated[0]?.battery_replacement_due ?? card.battery_replacement_due,
    }))
    emitEventStep({ eventName: WarrantyEvents.BATTERY_HEALTH_RECORDED, data: event })

    return new WorkflowResponse(record)
  }
)
