import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminWarrantyShopper } from "../../types"
import { anyForm, isImei, likePattern, numberForms, serialForms, shopperFilter } from "./search-terms"
import { warrantyService } from "./warranty-cards"

type Filter = Record<string, unknown>

/**
 * At most this many shoppers match one search: a name common enough to match more is too vague
 * to be the clerk's customer, and the claim or card filter stays a short `IN` list.
 */
export const SHOPPER_MATCH_LIMIT = 100
/** At most this many cards match one IMEI/serial search of the claims list (the card's IMEI may be set after filing). */
const CARD_MATCH_LIMIT = 200

/** The ids of Medusa customers whose name, e-mail or phone matches `q`, through Medusa's customer module. */
export async function shopperIdsMatching(container: MedusaContainer, q: string): Promise<string[]> {
  const { claim_ticket_prefix, card_number_prefix } = warrantyService(container).getOptions()
  const filters = shopperFilter(q, [claim_ticket_prefix, card_number_prefix])
  if (!filters) {
    return []
  }
  const { data } = await container.resolve("query").graph({
    entity: "customer",
    fields: ["id"],
    filters,
    pagination: { take: SHOPPER_MATCH_LIMIT, skip: 0 },
  })
  return data.map((c) => c.id)
}

/**
 * `q` on the claims list: the ticket (any case, with or without separators), the IMEI/serial on the
 * claim or its card (grouped with spaces or dashes), the product, or the shopper's name, e-mail or
 * phone. Two bounded look-ups (cards, customers) run side by side; then one filter.
 */
export async function claimSearchFilter(container: MedusaContainer, q: string): Promise<Filter> {
  const warranty = warrantyService(container)
  const imei = fullImei(q)
  if (imei) {
    // A whole IMEI is that unit's: on the claim, or set on its card after filing.
    const cards = await warranty.listWarrantyCards({ serial_number: imei }, { select: ["id"], take: CARD_MATCH_LIMIT })
    return { $or: [{ serial_number: imei }, ...(cards.length ? [{ warranty_card_id: cards.map((c) => c.id) }] : [])] }
  }
  const ticket = wholeNumber(q, warranty.getOptions().claim_ticket_prefix)
  if (ticket) {
    return { ticket_number: ticket }
  }
  const serials = serialForms(q)
  const [cards, shoppers] = await Promise.all([
    warranty.listWarrantyCards({ $or: anyForm("serial_number", serials) }, { select: ["id"], take: CARD_MATCH_LIMIT }),
    shopperIdsMatching(container, q),
  ])
  return {
    $or: [
      ...anyForm("ticket_number", numberForms(q, [warranty.getOptions().claim_ticket_prefix])),
      ...anyForm("serial_number", serials),
      { product_title: { $ilike: likePattern(q.trim()) } },
      { variant_title: { $ilike: likePattern(q.trim()) } },
      ...(cards.length ? [{ warranty_card_id: cards.map((c) => c.id) }] : []),
      ...(shoppers.length ? [{ customer_id: shoppers }] : []),
    ],
  }
}

/**
 * A whole IMEI (15 digits passing the Luhn check, R1.2), as its stored digits: it can only be a
 * serial, found by equality on its index (issue 12, P3), not by a partial match over every
 * searched column.
 */
function fullImei(q: string): string | null {
  return isImei(q) ? q.replace(/[\s-]+/g, "") : null
}

/**
 * A whole ticket or card number (`WR-2026-000042`, `wr 2026 000042`, `WR2026000042`) as it is
 * stored: that one record, found by equality on its unique index (issue 12, P3). A partial number
 * is still matched in part.
 */
function wholeNumber(q: string, prefix: string): string | null {
  const whole = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-\\d{4}-\\d{6}$`, "i")
  const form = numberForms(q, [prefix]).find((f) => whole.test(f))
  return form ? prefix + form.slice(prefix.length) : null
}

/** `q` on the cards list: the card number, the IMEI/serial, the product or SKU, or the shopper. */
export async function cardSearchFilter(container: MedusaContainer, q: string): Promise<Filter> {
  const imei = fullImei(q)
  if (imei) {
    return { serial_number: imei }
  }
  const number = wholeNumber(q, warrantyService(container).getOptions().card_number_prefix)
  if (number) {
    return { card_number: number }
  }
  const shoppers = await shopperIdsMatching(container, q)
  return {
    $or: [
      ...anyForm("card_number", numberForms(q, [warrantyService(container).getOptions().card_number_prefix])),
      ...anyForm("serial_number", serialForms(q)),
      { product_title: { $ilike: likePattern(q.trim()) } },
      { variant_title: { $ilike: likePattern(q.trim()) } },
      { sku: { $ilike: likePattern(q.trim()) } },
      ...(shoppers.length ? [{ customer_id: shoppers }] : []),
    ],
  }
}

/** The shoppers of a page of rows, read in one batch: id, name and contact, never more. */
export async function shoppersById(container: MedusaContainer, ids: (string | null | undefined)[]) {
  const unique = [...new Set(ids.filter((id): id is string => !!id))]
  if (!unique.length) {
    return new Map<string, AdminWarrantyShopper>()
  }
  const { data } = await container.resolve("query").graph({
    entity: "customer",
    fields: ["id", "first_name", "last_name", "email", "phone"],
    filters: { id: unique },
  })
  return new Map<string, AdminWarrantyShopper>(
    data.map((c) => [
      c.id,
      {
        id: c.id,
        name: [c.first_name, c.last_name].filter((p) => typeof p === "string" && p.trim()).join(" ") || null,
        email: c.email ?? null,
        phone: c.phone ?? null,
      },
    ])
  )
}

/** Each row with its `customer` (null for a guest or a deleted customer). */
export async function withShoppers<T extends { customer_id?: unknown }>(container: MedusaContainer, rows: T[]) {
  const shoppers = await shoppersById(
    container,
    rows.map((r) => (typeof r.customer_id === "string" ? r.customer_id : null))
  )
  return rows.map((r) => ({
    ...r,
    customer: typeof r.customer_id === "string" ? (shoppers.get(r.customer_id) ?? null) : null,
  }))
}
