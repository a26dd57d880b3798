import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue 11: evidence photos of a claim (R11.4, R6.7); the bytes live in Medusa's File Module. */
export class Migration20261130100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "warranty_claim_photo" ("id" text not null, "claim_id" text not null, "stage" text check ("stage" in ('filing', 'intake', 'diagnosis')) not null, "file_id" text not null, "thumbnail_file_id" text not null, "content_type" text not null, "size" integer not null, "width" integer not null, "height" integer not null, "original_name" text not null, "actor" text check ("actor" in ('customer', 'admin', 'system')) not null, "actor_id" text null, "visible_to_customer" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "warranty_claim_photo_pkey" primary key ("id"));`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_photo_deleted_at" ON "warranty_claim_photo" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_photo_claim_id_created_at" ON "warranty_claim_photo" ("claim_id", "created_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "warranty_claim_photo" cascade;`)
  }
}
