type SqlManager = {
  execute: <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>
}

/**
 * The card columns a shopper's list may read (the store API's card fields that are columns of
 * `warranty_card`). Column names in the SQL below come only from this list.
 */
export const SHOPPER_CARD_COLUMNS = [
  "id",
  "card_number",
  "order_id",
  "line_item_id",
  "unit_index",
  "product_id",
  "variant_id",
  "product_title",
  "variant_title",
  "sku",
  "serial_number",
  "months",
  "battery_days",
  "coverage",
  "kind",
  "delivery_kind",
  "issued_at",
  "starts_on",
  "ends_on",
  "battery_ends_on",
  "status",
  "void_reason",
  "oem_battery_model",
  "sale_battery_health",
  "created_at",
  "updated_at",
] as const

export type ShopperCardPageInput = {
  customer_id: string
  order_id?: string
  columns: string[]
  order: Record<string, string>
  offset: number
  limit: number
}

export type ShopperCardPage = { rows: Record<string, unknown>[]; count: number }

const known = new Set<string>(SHOPPER_CARD_COLUMNS)
const ident = (c: string) => {
  if (!known.has(c)) {
    throw new Error(`not a shopper card column: ${c}`)
  }
  return `"${c}"`
}

/**
 * Issue 12 (P1): one page of a shopper's cards as plain rows (what `listWarrantyCards` returns,
 * without building an entity per row), newest first unless `order` says otherwise, read with
 * `limit + 1` rows: when they fit one page the count is known without a count query. Uses the
 * (customer_id, created_at) index.
 */
export async function readShopperCardPage(manager: SqlManager, input: ShopperCardPageInput): Promise<ShopperCardPage> {
  const where = [`deleted_at IS NULL`, `customer_id = ?`]
  const params: unknown[] = [input.customer_id]
  if (input.order_id) {
    where.push(`order_id = ?`)
    params.push(input.order_id)
  }
  const orderBy = Object.entries(input.order).map(([c, dir]) => `${ident(c)} ${String(dir).toUpperCase() === "ASC" ? "ASC" : "DESC"}`)
  // The id last: cards made in one insert share created_at, and pages must not overlap.
  orderBy.push(`"id" ${orderBy.length && /ASC$/.test(orderBy[0]) ? "ASC" : "DESC"}`)
  const rows = await manager.execute(
    `SELECT ${input.columns.map(ident).join(", ")} FROM warranty_card WHERE ${where.join(" AND ")} ORDER BY ${orderBy.join(", ")} LIMIT ? OFFSET ?`,
    [...params, input.limit + 1, input.offset]
  )
  const page = rows.slice(0, input.limit)
  // More rows than a page, or an empty page after an offset: count them.
  if (rows.length <= input.limit && (page.length > 0 || input.offset === 0)) {
    return { rows: page, count: input.offset + page.length }
  }
  const [{ count }] = await manager.execute<{ count: number }>(
    `SELECT count(*)::int AS count FROM warranty_card WHERE ${where.join(" AND ")}`,
    params
  )
  return { rows: page, count }
}
