import { model } from "@medusajs/framework/utils"

/**
 * One save of the shop settings: who (the admin user's id), when (`created_at`), the version it
 * made, and each changed key's effective value before and after (`{ key, from, to, reset }`).
 */
export const WarrantySettingChange = model
  .define("warranty_setting_change", {
    id: model.id({ prefix: "wsetc" }).primaryKey(),
    changed_by: model.text(),
    version: model.number(),
    changes: model.json(),
  })
  .indexes([{ on: ["created_at"] }])
