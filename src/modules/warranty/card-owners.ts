import { generateEntityId, MedusaError } from "@medusajs/framework/utils"

type SqlManager = {
  execute: <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>
}

/** One change of a card's owner, as `WarrantyModuleService.reassignCardOwner` writes it. */
export type CardOwnerChange = {
  warranty_card_id: string
  /** The owner the caller read; the change is made only while the card still has them. */
  from: string | null
  to: string | null
  source: "order_transfer" | "card_transfer" | "admin_transfer"
  actor: "customer" | "admin" | "system"
  actor_id: string | null
  note?: string | null
  /** The storefront transfer this change carries out: used here, once, before it expires. */
  transfer_id?: string
}

/** The message of a card transfer that was used, canceled or expired meanwhile (400). */
export const TRANSFER_USED = "token: this transfer link was already used, canceled or has expired; ask the owner for a new one"

/**
 * A card handed on (by its owner or by staff) has left its order: an order transfer no longer
 * moves it (issue 11, section 3).
 */
const HANDED_ON = `SELECT 1 FROM warranty_card_owner o WHERE o.warranty_card_id = warranty_card.id
  AND o.source IN ('card_transfer', 'admin_transfer') AND o.deleted_at IS NULL`

/**
 * Gives a card to a new owner in one transaction: the card (only while it still has `from`, so
 * two concurrent changes never both apply), the log (its first row records the buyer from the
 * sale), the claims an order transfer carries along, and the storefront transfers still open.
 */
export async function reassignCardOwner(manager: SqlManager, change: CardOwnerChange): Promise<boolean> {
  const followsOrder = change.source === "order_transfer"
  const moved = await manager.execute<{ id: string; created_at: Date }>(
    `UPDATE warranty_card SET customer_id = ?::text, updated_at = now()
     WHERE id = ? AND deleted_at IS NULL AND customer_id IS NOT DISTINCT FROM ?::text
     ${followsOrder ? `AND NOT EXISTS (${HANDED_ON})` : ""}
     RETURNING id, created_at`,
    [change.to, change.warranty_card_id, change.from]
  )
  if (!moved.length) {
    return false
  }
  if (change.transfer_id) {
    const used = await manager.execute(
      `UPDATE warranty_card_transfer SET status = 'accepted', accepted_at = now(), accepted_by = ?::text, updated_at = now()
       WHERE id = ? AND status = 'requested' AND expires_at > now() AND deleted_at IS NULL RETURNING id`,
      [change.to, change.transfer_id]
    )
    if (!used.length) {
      // Thrown inside the transaction: the card change above is rolled back with it.
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, TRANSFER_USED)
    }
  }
  await manager.execute(
    `INSERT INTO warranty_card_owner (id, warranty_card_id, customer_id, source, actor, created_at, updated_at)
     SELECT ?::text, ?::text, ?::text, 'sale', 'system', ?::timestamptz, ?::timestamptz
     WHERE NOT EXISTS (SELECT 1 FROM warranty_card_owner WHERE warranty_card_id = ? AND deleted_at IS NULL)`,
    [
      generateEntityId(undefined, "wcown"),
      change.warranty_card_id,
      change.from,
      moved[0].created_at,
      moved[0].created_at,
      change.warranty_card_id,
    ]
  )
  await manager.execute(
    `INSERT INTO warranty_card_owner (id, warranty_card_id, customer_id, source, actor, actor_id, previous_customer_id, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      generateEntityId(undefined, "wcown"),
      change.warranty_card_id,
      change.to,
      change.source,
      change.actor,
      change.actor_id,
      change.from,
      change.note ?? null,
    ]
  )
  if (followsOrder) {
    // The order's claims go with it: the new owner follows them, the previous one no longer sees them.
    await manager.execute(
      `UPDATE warranty_claim SET customer_id = ?::text, updated_at = now()
       WHERE warranty_card_id = ? AND deleted_at IS NULL AND customer_id IS NOT DISTINCT FROM ?::text`,
      [change.to, change.warranty_card_id, change.from]
    )
  }
  // A link the previous owner sent can no longer hand the card on.
  await manager.execute(
    `UPDATE warranty_card_transfer SET status = 'canceled', canceled_at = now(), updated_at = now()
     WHERE warranty_card_id = ? AND status = 'requested' AND deleted_at IS NULL`,
    [change.warranty_card_id]
  )
  return true
}
