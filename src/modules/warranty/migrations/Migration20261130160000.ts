import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue 12 s.2: the `Idempotency-Key` of every store POST that makes a record, per customer and path. */
export class Migration20261130160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "warranty_idempotency_key" ("id" text not null, "customer_id" text not null, "route" text not null, "key" text not null, "request_hash" text not null, "status" text check ("status" in ('running', 'completed')) not null default 'running', "attempt" integer not null default 1, "locked_until" timestamptz not null, "response_status" integer null, "response_body" jsonb null, "record_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_idempotency_key_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_idempotency_key_deleted_at" ON "warranty_idempotency_key" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_idempotency_key_customer_id_route_key_unique" ON "warranty_idempotency_key" ("customer_id", "route", "key") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_idempotency_key_created_at" ON "warranty_idempotency_key" ("created_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "warranty_idempotency_key" cascade;`)
  }
}
