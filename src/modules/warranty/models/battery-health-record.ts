import { model } from "@medusajs/framework/utils"
import { WarrantyCard } from "./warranty-card"

export enum BatteryReadingSource {
  SALE = "sale",
  INTAKE = "intake",
  REPAIR = "repair",
  CUSTOMER_REPORT = "customer_report",
}

export enum BatteryKind {
  ORIGINAL = "original",
  OEM = "oem",
}

/** R4.6: every battery-health reading, with its date, source, battery kind and author. */
export const BatteryHealthRecord = model
  .define({ name: "battery_health_record", tableName: "warranty_battery_health_record" }, {
    id: model.id({ prefix: "bhr" }).primaryKey(),
    /** Null when the device shows no percentage (R4.5: OEM batteries may not). */
    percent: model.number().nullable(),
    measured_at: model.dateTime(),
    source: model.enum(BatteryReadingSource),
    battery_kind: model.enum(BatteryKind),
    recorded_by: model.text(),
    note: model.text().nullable(),
    warranty_card: model.belongsTo(() => WarrantyCard, { mappedBy: "battery_health_records" }),
  })
  .indexes([{ on: ["warranty_card_id", "measured_at"], where: "deleted_at IS NULL" }])
