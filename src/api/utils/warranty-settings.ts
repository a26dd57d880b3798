import type { MedusaContainer } from "@medusajs/framework/types"
import { SHOP_SETTING_KEYS, type ShopSettingChange, type ShopSettings } from "../../modules/warranty/rules/settings"
import type { WarrantyOptions } from "../../modules/warranty/options"
import type { AdminWarrantySettingsResponse, WarrantyJsonSource } from "../../types"
import { namePeople } from "./claim-people"
import { warrantyService } from "./warranty-cards"

/** How many saves the settings page lists (newest first). */
const LOG_LENGTH = 50

const shopPart = (options: WarrantyOptions): ShopSettings =>
  Object.fromEntries(SHOP_SETTING_KEYS.map((key) => [key, options[key]])) as ShopSettings

/**
 * Settings -> Warranty as staff read it: what applies now, the plugin options it falls back to,
 * which keys are set in the dashboard, the version to send back, and the last saves with who
 * made them.
 */
export async function describeSettings(container: MedusaContainer): Promise<WarrantyJsonSource<AdminWarrantySettingsResponse>> {
  const warranty = warrantyService(container)
  const [stored, rows] = await Promise.all([
    warranty.readShopSettings(),
    warranty.listWarrantySettingChanges({}, { order: { created_at: "DESC" }, take: LOG_LENGTH }),
  ])
  const named = await namePeople(
    container,
    rows.map((row) => ({ ...row, actor: "admin", actor_id: row.changed_by, data: null })),
    { customer_id: null }
  )
  return {
    warranty_settings: {
      version: stored.version,
      values: shopPart(stored.settings),
      defaults: shopPart(warranty.getOptions()),
      overridden: stored.overridden,
      updated_at: stored.updated_at,
      changes: named.map((row) => ({
        id: row.id,
        version: row.version,
        changed_by: row.changed_by,
        changed_by_name: row.actor_name,
        created_at: row.created_at,
        changes: row.changes as unknown as ShopSettingChange[],
      })),
    },
  }
}
