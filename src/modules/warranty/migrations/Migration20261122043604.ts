import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122043604 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "warranty_card" add column if not exists "fulfillment_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_fulfillment_id" ON "warranty_card" ("fulfillment_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_warranty_card_fulfillment_id";`);
    this.addSql(`alter table if exists "warranty_card" drop column if exists "fulfillment_id";`);
  }

}
