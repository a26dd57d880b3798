import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Issue 4: resolution offers (R8.2-R8.5), their outcome, and two new claim statuses. */
export class Migration20261122090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "warranty_claim" drop constraint if exists "warranty_claim_status_check";`);
    this.addSql(`alter table if exists "warranty_claim" add constraint "warranty_claim_status_check" check ("status" in ('submitted', 'received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer', 'ready', 'awaiting_return_details', 'returning', 'rejected', 'unrepairable', 'offered', 'recycling', 'closed', 'canceled'));`);
    this.addSql(`alter table if exists "warranty_claim" add column if not exists "offer" jsonb null, add column if not exists "offer_expires_at" timestamptz null, add column if not exists "offer_reminded_at" timestamptz null, add column if not exists "resolution" jsonb null, add column if not exists "resolved_at" timestamptz null, add column if not exists "recycled_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_status_offer_expires_at" ON "warranty_claim" ("status", "offer_expires_at") WHERE deleted_at IS NULL AND offer_expires_at IS NOT NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_warranty_claim_status_offer_expires_at";`);
    this.addSql(`alter table if exists "warranty_claim" drop column if exists "offer", drop column if exists "offer_expires_at", drop column if exists "offer_reminded_at", drop column if exists "resolution", drop column if exists "resolved_at", drop column if exists "recycled_at";`);
    this.addSql(`alter table if exists "warranty_claim" drop constraint if exists "warranty_claim_status_check";`);
    this.addSql(`alter table if exists "warranty_claim" add constraint "warranty_claim_status_check" check ("status" in ('submitted', 'received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer', 'ready', 'awaiting_return_details', 'returning', 'rejected', 'unrepairable', 'closed', 'canceled'));`);
  }
}
