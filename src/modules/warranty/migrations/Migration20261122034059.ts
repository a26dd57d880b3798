import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122034059 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "warranty_policy" drop constraint if exists "warranty_policy_product_id_variant_id_unique";`);
    this.addSql(`alter table if exists "warranty_policy" drop constraint if exists "warranty_policy_product_id_unique";`);
    this.addSql(`alter table if exists "warranty_invoice" drop constraint if exists "warranty_invoice_order_id_unique";`);
    this.addSql(`alter table if exists "warranty_card" drop constraint if exists "warranty_card_line_item_id_unit_index_unique";`);
    this.addSql(`alter table if exists "warranty_card" drop constraint if exists "warranty_card_card_number_unique";`);
    this.addSql(`create table if not exists "warranty_card" ("id" text not null, "card_number" text not null, "order_id" text not null, "line_item_id" text not null, "unit_index" integer not null, "product_id" text null, "variant_id" text null, "customer_id" text null, "product_title" text not null, "variant_title" text null, "sku" text null, "serial_number" text null, "months" integer not null, "battery_days" integer not null, "coverage" text check ("coverage" in ('full', 'manufacturing_defects')) not null, "kind" text check ("kind" in ('device', 'accessory')) not null, "oem_battery_model" boolean not null default false, "delivery_kind" text check ("delivery_kind" in ('pickup', 'courier')) not null, "issued_at" timestamptz null, "starts_on" text null, "ends_on" text null, "battery_ends_on" text null, "status" text check ("status" in ('pending', 'active', 'expired', 'void')) not null default 'pending', "void_reason" text null, "voided_at" timestamptz null, "sale_battery_health" integer null, "battery_replacement_due" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_card_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_deleted_at" ON "warranty_card" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_card_card_number_unique" ON "warranty_card" ("card_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_card_line_item_id_unit_index_unique" ON "warranty_card" ("line_item_id", "unit_index") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_order_id" ON "warranty_card" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_customer_id_created_at" ON "warranty_card" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_product_id" ON "warranty_card" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_serial_number" ON "warranty_card" ("serial_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_status_ends_on" ON "warranty_card" ("status", "ends_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "battery_health_record" ("id" text not null, "percent" integer null, "measured_at" timestamptz not null, "source" text check ("source" in ('sale', 'intake', 'repair', 'customer_report')) not null, "battery_kind" text check ("battery_kind" in ('original', 'oem')) not null, "recorded_by" text not null, "note" text null, "warranty_card_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "battery_health_record_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_battery_health_record_warranty_card_id" ON "battery_health_record" ("warranty_card_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_battery_health_record_deleted_at" ON "battery_health_record" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_battery_health_record_warranty_card_id_measured_at" ON "battery_health_record" ("warranty_card_id", "measured_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "warranty_card_correction" ("id" text not null, "field" text not null, "previous_value" text null, "value" text null, "reason" text not null, "recorded_by" text not null, "warranty_card_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_card_correction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_correction_warranty_card_id" ON "warranty_card_correction" ("warranty_card_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_correction_deleted_at" ON "warranty_card_correction" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "warranty_invoice" ("id" text not null, "order_id" text not null, "issued_on" text not null, "recorded_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_invoice_deleted_at" ON "warranty_invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_invoice_order_id_unique" ON "warranty_invoice" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "warranty_policy" ("id" text not null, "product_id" text not null, "variant_id" text null, "months" integer not null, "battery_days" integer not null, "coverage" text check ("coverage" in ('full', 'manufacturing_defects')) not null default 'full', "kind" text check ("kind" in ('device', 'accessory')) not null default 'device', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_policy_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_policy_deleted_at" ON "warranty_policy" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_policy_product_id_unique" ON "warranty_policy" ("product_id") WHERE variant_id IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_policy_product_id_variant_id_unique" ON "warranty_policy" ("product_id", "variant_id") WHERE variant_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "warranty_sequence" ("id" text not null, "value" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_sequence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_sequence_deleted_at" ON "warranty_sequence" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "battery_health_record" add constraint "battery_health_record_warranty_card_id_foreign" foreign key ("warranty_card_id") references "warranty_card" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "warranty_card_correction" add constraint "warranty_card_correction_warranty_card_id_foreign" foreign key ("warranty_card_id") references "warranty_card" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "battery_health_record" drop constraint if exists "battery_health_record_warranty_card_id_foreign";`);

    this.addSql(`alter table if exists "warranty_card_correction" drop constraint if exists "warranty_card_correction_warranty_card_id_foreign";`);

    this.addSql(`drop table if exists "warranty_card" cascade;`);

    this.addSql(`drop table if exists "battery_health_record" cascade;`);

    this.addSql(`drop table if exists "warranty_card_correction" cascade;`);

    this.addSql(`drop table if exists "warranty_invoice" cascade;`);

    this.addSql(`drop table if exists "warranty_policy" cascade;`);

    this.addSql(`drop table if exists "warranty_sequence" cascade;`);
  }

}
