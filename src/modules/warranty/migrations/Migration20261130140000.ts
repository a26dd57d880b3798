import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue 11 s.6: the shop settings staff change under Settings -> Warranty, and their change log. */
export class Migration20261130140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "warranty_setting" ("id" text not null, "overrides" jsonb not null default '{}', "version" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_setting_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_setting_deleted_at" ON "warranty_setting" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "warranty_setting_change" ("id" text not null, "changed_by" text not null, "version" integer not null, "changes" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_setting_change_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_setting_change_deleted_at" ON "warranty_setting_change" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_setting_change_created_at" ON "warranty_setting_change" ("created_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "warranty_setting_change" cascade;`)
    this.addSql(`drop table if exists "warranty_setting" cascade;`)
  }
}
