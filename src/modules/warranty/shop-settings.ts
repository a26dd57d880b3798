import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { SHOP_SETTINGS_ID } from "./models/warranty-setting"
import type { WarrantyOptions } from "./options"
import {
  applySettingsPatch,
  mergeSettings,
  type ShopSettingChange,
  type ShopSettingKey,
  type ShopSettingsPatch,
} from "./rules/settings"

type SqlManager = {
  execute: <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>
}

/** The message of a save that read an older version than the stored one (409 at the API). */
export const SETTINGS_CHANGED_CONFLICT = (version: number) =>
  `version: the warranty settings were changed by someone else meanwhile (now version ${version}); reload them and make your change again`

export type StoredShopSettings = {
  settings: WarrantyOptions
  overrides: Record<string, unknown>
  overridden: ShopSettingKey[]
  /** Stored keys that no longer apply (not a shop setting, or refused by the options' schema now). */
  ignored: string[]
  version: number
  updated_at: Date | null
}

type Row = { overrides: Record<string, unknown> | null; version: number | string; updated_at: Date | null }

/**
 * The shop settings as they are now: one primary-key read of the single row, every call. No
 * per-process cache, so every server of a shop (issue 12) sees a save at once.
 */
export async function readShopSettings(manager: SqlManager, options: WarrantyOptions): Promise<StoredShopSettings> {
  const [row] = await manager.execute<Row>(
    `SELECT overrides, version, updated_at FROM warranty_setting WHERE id = ? AND deleted_at IS NULL`,
    [SHOP_SETTINGS_ID]
  )
  const overrides = row?.overrides ?? {}
  return { ...mergeSettings(options, overrides), overrides, version: Number(row?.version ?? 0), updated_at: row?.updated_at ?? null }
}

export type ShopSettingsSave = {
  /** The version the caller read; a newer stored one is a 409. */
  version: number
  patch: ShopSettingsPatch
  changed_by: string
}

export type ShopSettingsSaved = {
  version: number
  changes: ShopSettingChange[]
  /** For the workflow's compensation: what was there before, and the log line written (null when nothing changed). */
  previous: { overrides: Record<string, unknown>; version: number }
  change_id: string | null
}

/**
 * Saves a patch under the row's lock: only while the row is still at the version the caller read.
 * A patch that changes nothing writes nothing (no new version, no log line).
 */
export async function saveShopSettings(manager: SqlManager, options: WarrantyOptions, input: ShopSettingsSave): Promise<ShopSettingsSaved> {
  // The row exists from the first save on; two first saves at once both end up locking it.
  await manager.execute(
    `INSERT INTO warranty_setting (id, overrides, version, created_at, updated_at) VALUES (?, '{}'::jsonb, 0, now(), now())
     ON CONFLICT (id) DO NOTHING`,
    [SHOP_SETTINGS_ID]
  )
  const [row] = await manager.execute<Row>(`SELECT overrides, version, updated_at FROM warranty_setting WHERE id = ? FOR UPDATE`, [
    SHOP_SETTINGS_ID,
  ])
  const version = Number(row.version)
  const overrides = row.overrides ?? {}
  if (version !== input.version) {
    throw new MedusaError(MedusaError.Types.CONFLICT, SETTINGS_CHANGED_CONFLICT(version))
  }
  const next = applySettingsPatch(options, overrides, input.patch)
  const previous = { overrides, version }
  if (!next.changes.length) {
    return { version, changes: [], previous, change_id: null }
  }
  await manager.execute(`UPDATE warranty_setting SET overrides = ?::jsonb, version = ?, updated_at = now() WHERE id = ?`, [
    JSON.stringify(next.overrides),
    version + 1,
    SHOP_SETTINGS_ID,
  ])
  const change_id = generateEntityId(undefined, "wsetc")
  await manager.execute(
    `INSERT INTO warranty_setting_change (id, changed_by, version, changes, created_at, updated_at) VALUES (?, ?, ?, ?::jsonb, now(), now())`,
    [change_id, input.changed_by, version + 1, JSON.stringify(next.changes)]
  )
  return { version: version + 1, changes: next.changes, previous, change_id }
}

/**
 * Undoes a save whose workflow failed later, under the same lock, only while the row is still at
 * the version that save wrote (a later save is never overwritten; then `false`).
 */
export async function revertShopSettings(
  manager: SqlManager,
  undo: { version: number; previous: { overrides: Record<string, unknown>; version: number }; change_id: string }
): Promise<boolean> {
  const [row] = await manager.execute<Row>(`SELECT version FROM warranty_setting WHERE id = ? FOR UPDATE`, [SHOP_SETTINGS_ID])
  if (!row || Number(row.version) !== undo.version) {
    return false
  }
  await manager.execute(`UPDATE warranty_setting SET overrides = ?::jsonb, version = ?, updated_at = now() WHERE id = ?`, [
    JSON.stringify(undo.previous.overrides),
    undo.previous.version,
    SHOP_SETTINGS_ID,
  ])
  await manager.execute(`DELETE FROM warranty_setting_change WHERE id = ?`, [undo.change_id])
  return true
}
