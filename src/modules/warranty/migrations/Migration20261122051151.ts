import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue 3: warranty claims and their append-only event log. */
export class Migration20261122051151 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "warranty_claim" ("id" text not null, "ticket_number" text not null, "warranty_card_id" text not null, "order_id" text not null, "customer_id" text null, "product_id" text null, "variant_id" text null, "product_title" text not null, "variant_title" text null, "serial_number" text null, "product_kind" text check ("product_kind" in ('device', 'accessory')) not null, "defects" jsonb not null, "description" text not null, "delivery_method" text check ("delivery_method" in ('drop_off', 'courier')) not null, "contact" jsonb not null, "acknowledgements" jsonb not null, "locale" text not null default 'ro', "status" text check ("status" in ('submitted', 'received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer', 'ready', 'awaiting_return_details', 'returning', 'rejected', 'unrepairable', 'closed', 'canceled')) not null default 'submitted', "cover" text check ("cover" in ('commercial', 'legal', 'battery', 'paid')) not null, "covers" jsonb not null, "filed_covers" jsonb not null, "filed_on" text not null, "received_on" text null, "due_on" text null, "due_basis" text null, "extensions" jsonb null, "overdue_notified_at" timestamptz null, "intake" jsonb null, "diagnosis" jsonb null, "exclusion_reason" text null, "quote" jsonb null, "fees" jsonb null, "rejection" jsonb null, "return_details" jsonb null, "return_shipment" jsonb null, "submitted_at" timestamptz not null, "received_at" timestamptz null, "diagnosed_at" timestamptz null, "quoted_at" timestamptz null, "repair_started_at" timestamptz null, "ready_at" timestamptz null, "returned_at" timestamptz null, "closed_at" timestamptz null, "canceled_at" timestamptz null, "version" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_warranty_card_id" ON "warranty_claim" ("warranty_card_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_deleted_at" ON "warranty_claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_claim_ticket_number_unique" ON "warranty_claim" ("ticket_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_claim_warranty_card_id_unique" ON "warranty_claim" ("warranty_card_id") WHERE deleted_at IS NULL AND status NOT IN ('closed', 'canceled');`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_customer_id_created_at" ON "warranty_claim" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_order_id" ON "warranty_claim" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_product_id" ON "warranty_claim" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_serial_number" ON "warranty_claim" ("serial_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_status_due_on" ON "warranty_claim" ("status", "due_on") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_due_on" ON "warranty_claim" ("due_on") WHERE deleted_at IS NULL;`);
    this.addSql(`create table if not exists "claim_event" ("id" text not null, "move" text not null, "from_status" text null, "to_status" text not null, "actor" text check ("actor" in ('customer', 'admin', 'system')) not null, "actor_id" text null, "data" jsonb null, "visible_to_customer" boolean not null default true, "claim_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "claim_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_claim_event_claim_id" ON "claim_event" ("claim_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_claim_event_deleted_at" ON "claim_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_claim_event_claim_id_created_at" ON "claim_event" ("claim_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "warranty_claim" add constraint "warranty_claim_warranty_card_id_foreign" foreign key ("warranty_card_id") references "warranty_card" ("id") on update cascade;`);
    this.addSql(`alter table if exists "claim_event" add constraint "claim_event_claim_id_foreign" foreign key ("claim_id") references "warranty_claim" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "claim_event" drop constraint if exists "claim_event_claim_id_foreign";`);
    this.addSql(`drop table if exists "claim_event" cascade;`);
    this.addSql(`drop table if exists "warranty_claim" cascade;`);
  }
}
