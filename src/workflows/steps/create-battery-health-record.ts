import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { BatteryKind, BatteryReadingSource } from "../../modules/warranty/models/battery-health-record"

export type NewBatteryHealthRecord = {
  warranty_card_id: string
  percent: number | null
  measured_at: Date
  source: BatteryReadingSource
  battery_kind: BatteryKind
  recorded_by: string
  note: string | null
}

export const createBatteryHealthRecordStep = createStep(
  "create-battery-health-record",
  async (input: NewBatteryHealthRecord, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const record = await warranty.createBatteryHealthRecords(input)
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.deleteBatteryHealthRecords(id)
  }
)
