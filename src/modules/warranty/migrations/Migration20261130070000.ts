import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Every table of the plugin carries its prefix, so that it cannot collide with another plugin's:
 * `battery_health_record` -> `warranty_battery_health_record`, `claim_event` ->
 * `warranty_claim_event`. Renamed in place (rows, keys and indexes kept), with the names a fresh
 * install gets.
 */
const RENAMES: [string, string, { checks: string[]; foreign: string; indexes: string[] }][] = [
  [
    "battery_health_record",
    "warranty_battery_health_record",
    {
      checks: ["source", "battery_kind"],
      foreign: "warranty_card_id",
      indexes: ["warranty_card_id", "deleted_at", "warranty_card_id_measured_at"],
    },
  ],
  ["claim_event", "warranty_claim_event", { checks: ["actor"], foreign: "claim_id", indexes: ["claim_id", "deleted_at", "claim_id_created_at"] }],
]

export class Migration20261130070000 extends Migration {
  override async up(): Promise<void> {
    for (const [from, to, parts] of RENAMES) {
      this.rename(from, to, parts)
    }
  }

  override async down(): Promise<void> {
    for (const [from, to, parts] of RENAMES) {
      this.rename(to, from, parts)
    }
  }

  private rename(from: string, to: string, { checks, foreign, indexes }: (typeof RENAMES)[number][2]) {
    this.addSql(`alter table if exists "${from}" rename to "${to}";`)
    this.addSql(`alter table "${to}" rename constraint "${from}_pkey" to "${to}_pkey";`)
    this.addSql(`alter table "${to}" rename constraint "${from}_${foreign}_foreign" to "${to}_${foreign}_foreign";`)
    for (const column of checks) {
      this.addSql(`alter table "${to}" rename constraint "${from}_${column}_check" to "${to}_${column}_check";`)
    }
    for (const index of indexes) {
      this.addSql(`alter index if exists "IDX_${from}_${index}" rename to "IDX_${to}_${index}";`)
    }
  }
}
