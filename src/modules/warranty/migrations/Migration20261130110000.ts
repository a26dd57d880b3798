import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue 11, sections 2 and 3: the log of a card's owners and the card transfers owners start. */
export class Migration20261130110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "warranty_card_owner" ("id" text not null, "warranty_card_id" text not null, "customer_id" text null, "source" text check ("source" in ('sale', 'order_transfer', 'card_transfer', 'admin_transfer')) not null, "actor" text check ("actor" in ('customer', 'admin', 'system')) not null, "actor_id" text null, "previous_customer_id" text null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_card_owner_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_owner_deleted_at" ON "warranty_card_owner" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_owner_warranty_card_id_created_at" ON "warranty_card_owner" ("warranty_card_id", "created_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "warranty_card_transfer" ("id" text not null, "warranty_card_id" text not null, "from_customer_id" text not null, "email" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "status" text check ("status" in ('requested', 'accepted', 'canceled')) not null default 'requested', "accepted_at" timestamptz null, "accepted_by" text null, "canceled_at" timestamptz null, "locale" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_card_transfer_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_transfer_deleted_at" ON "warranty_card_transfer" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_transfer_warranty_card_id_status" ON "warranty_card_transfer" ("warranty_card_id", "status") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_warranty_card_transfer_token_hash_unique" ON "warranty_card_transfer" ("token_hash") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "warranty_card_transfer" cascade;`)
    this.addSql(`drop table if exists "warranty_card_owner" cascade;`)
  }
}
