import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Issue 12 s.3 (P3, P4): the indexes the admin lists and the overdue sweep need at a million cards.
 *
 * - Each list filter of `GET /admin/warranty-claims` is paired with the list's default order
 *   (`created_at` descending), so a page is the first rows of one index range and the count an
 *   index-only scan of the same range: status, cover, product; no filter at all; and the cards
 *   list's default page.
 * - `overdue=true` pages newest first through the clock states with the due day in the index.
 * - The overdue sweep (R7.1, R11.2) reads exactly the claims that wait for their notice: a partial
 *   index on `due_on` of the clock states not yet told, as small as the day's work.
 * - Search (`q`) matches parts of what a clerk types (`ILIKE '%…%'`): trigram GIN indexes
 *   (`pg_trgm`, a trusted extension shipped with PostgreSQL) on the searched columns. They are
 *   written here only: the data model's index list cannot name an operator class.
 */
export class Migration20261130170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_created_at" ON "warranty_claim" ("created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_status_created_at" ON "warranty_claim" ("status", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_cover_created_at" ON "warranty_claim" ("cover", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_claim_product_id";`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_product_id_created_at" ON "warranty_claim" ("product_id", "created_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_overdue_sweep" ON "warranty_claim" ("due_on") WHERE deleted_at IS NULL AND overdue_notified_at IS NULL AND status IN ('received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer');`
    )
    // overdue=true, newest first: walking created_at backwards over the clock states, the due day
    // is checked in the index, so only the page's rows are read from the table.
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_clock_created_at_due_on" ON "warranty_claim" ("created_at", "due_on") WHERE deleted_at IS NULL AND status IN ('received', 'diagnosing', 'awaiting_customer', 'repairing', 'at_manufacturer');`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_card_created_at" ON "warranty_card" ("created_at") WHERE deleted_at IS NULL;`)

    for (const column of ["ticket_number", "serial_number", "product_title", "variant_title"]) {
      this.addSql(
        `CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_${column}_trgm" ON "warranty_claim" USING gin ("${column}" gin_trgm_ops) WHERE deleted_at IS NULL;`
      )
    }
    for (const column of ["card_number", "serial_number", "product_title", "variant_title", "sku"]) {
      this.addSql(
        `CREATE INDEX IF NOT EXISTS "IDX_warranty_card_${column}_trgm" ON "warranty_card" USING gin ("${column}" gin_trgm_ops) WHERE deleted_at IS NULL;`
      )
    }
  }

  override async down(): Promise<void> {
    for (const column of ["card_number", "serial_number", "product_title", "variant_title", "sku"]) {
      this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_card_${column}_trgm";`)
    }
    for (const column of ["ticket_number", "serial_number", "product_title", "variant_title"]) {
      this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_claim_${column}_trgm";`)
    }
    this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_card_created_at";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_claim_clock_created_at_due_on";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_claim_overdue_sweep";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_claim_product_id_created_at";`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_warranty_claim_product_id" ON "warranty_claim" ("product_id") WHERE deleted_at IS NULL;`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_claim_cover_created_at";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_claim_status_created_at";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_warranty_claim_created_at";`)
  }
}
