import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import { coveredItems } from "../../modules/warranty/rules/coverage"
import type { PolicyRow } from "../../modules/warranty/rules/policy"
import { effectiveStatus, statusFilter } from "../../modules/warranty/rules/status"
import { hasBattery } from "../../modules/warranty/rules/has-battery"
import { texts, type Locale } from "../../i18n"
import type { WarrantyCardDocumentInput } from "../../documents/warranty-card-pdf"
import type {
  AdminWarrantyCard,
  AdminWarrantyCardDetail,
  StoreWarrantyCard,
  StoreWarrantyCardDetail,
  StoreWarrantyCardListResponse,
  WarrantyCardCoverageDetails,
  WarrantyPaginatedResponse,
} from "../../types"

export function warrantyService(container: MedusaContainer): WarrantyModuleService {
  return container.resolve(WARRANTY_MODULE)
}

/** A product (id, status, variants, sales channels) and the warranty policies of it and its variants (R2.2). */
export async function productWithPolicies(container: MedusaContainer, product_id: string) {
  const query = container.resolve("query")
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "status", "variants.id", "sales_channels.id"],
    filters: { id: product_id },
  })
  const product = products[0] ?? null
  const { data: policies } = product
    ? await query.graph({
        entity: "warranty_policy",
        fields: ["id", "product_id", "variant_id", "months", "battery_days", "coverage", "kind", "updated_at"],
        filters: { product_id },
      })
    : { data: [] }
  return {
    product,
    variant_ids: ((product?.variants ?? []) as { id: string }[]).map((v) => v.id),
    channel_ids: ((product?.sales_channels ?? []) as { id: string }[]).map((c) => c.id),
    policies: policies as (PolicyRow & { id: string; variant_id: string | null; updated_at: Date })[],
  }
}

type StatusFilter = string | string[] | undefined
type Filter = Record<string, unknown>

export function combineFilters(parts: (Filter | null | undefined)[]): Filter {
  const present = parts.filter((p): p is Filter => !!p && Object.keys(p).length > 0)
  return present.length === 1 ? present[0] : present.length ? { $and: present } : {}
}

/** What the derived values (status, coverage, battery note) are computed from. */
const DERIVED_FROM = ["status", "ends_on", "kind", "coverage", "oem_battery_model", "battery_days"]

/**
 * The fields to query: what the reader asked for plus what derived values need, so that a narrow
 * `fields` can never turn an expired card back into `active` (R3.4) or an accessory into a phone.
 * `strip` removes again what the reader did not ask for.
 */
export function cardFields(requested: string[], audience: Audience) {
  const added = DERIVED_FROM.filter((f) => !requested.includes(f) && !requested.includes("*"))
  return {
    fields: [...requested, ...added],
    strip: <T extends Record<string, unknown>>(row: T): T => {
      const copy: Record<string, unknown> = { ...row }
      for (const f of added) {
        delete copy[f]
      }
      // `has_battery` comes with the card's kind: a narrow `fields` without it gets neither.
      if (added.includes("kind")) {
        delete copy.has_battery
      }
      // Medusa checks the relation, not its fields: a shopper never gets who recorded a
      // reading or the staff's note, whatever `fields` asks for.
      if (audience === "store" && Array.isArray(copy.battery_health_records)) {
        copy.battery_health_records = (copy.battery_health_records as Record<string, unknown>[]).map(
          ({ recorded_by: _by, note: _note, ...reading }) => reading
        )
      }
      return copy as T
    },
  }
}

type Audience = "store" | "admin"

type CardListRequest = { scope: MedusaContainer; queryConfig: { fields: string[]; pagination?: Record<string, unknown> } }

/** One page of cards as readers see them today, in Medusa's list envelope. */
export async function listCards(
  req: CardListRequest,
  filters: (Filter | null | undefined)[],
  status: StatusFilter,
  audience: "store"
): Promise<StoreWarrantyCardListResponse>
export async function listCards(
  req: CardListRequest,
  filters: (Filter | null | undefined)[],
  status: StatusFilter,
  audience: "admin"
): Promise<WarrantyPaginatedResponse<{ warranty_cards: AdminWarrantyCard[] }>>
export async function listCards(
  req: CardListRequest,
  filters: (Filter | null | undefined)[],
  status: StatusFilter,
  audience: Audience
): Promise<StoreWarrantyCardListResponse | WarrantyPaginatedResponse<{ warranty_cards: AdminWarrantyCard[] }>> {
  const query = req.scope.resolve("query")
  const today = warrantyService(req.scope).today()
  const pagination = req.queryConfig.pagination ?? {}
  const { fields, strip } = cardFields(req.queryConfig.fields, audience)
  const { data, metadata } = await query.graph({
    entity: "warranty_card",
    fields,
    filters: combineFilters([...filters, statusFilter(status, today)]),
    pagination: { ...pagination, order: pagination.order ?? { created_at: "DESC" } },
  })
  // The rows as the reader gets them in JSON (dates as strings): the contract describes them,
  // and contract-checks.ts ties it to the models.
  const cards = data.map((c) => strip(presentCard(c, today))) as unknown as (StoreWarrantyCard & AdminWarrantyCard)[]
  return {
    warranty_cards: cards,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}

/**
 * One card as a reader sees it today, with what it covers (R5) in the reader's language, or a
 * 404. Store callers pass `customer_id`, which makes a foreign card look exactly like a missing one.
 */
export async function readCard(
  req: CardRequest,
  filters: { id: string; customer_id: string },
  locale: Locale
): Promise<StoreWarrantyCardDetail>
export async function readCard(req: CardRequest, filters: { id: string }, locale: Locale): Promise<AdminWarrantyCardDetail>
export async function readCard(
  req: CardRequest,
  filters: { id: string; customer_id?: string },
  locale: Locale
): Promise<StoreWarrantyCardDetail | AdminWarrantyCardDetail> {
  const query = req.scope.resolve("query")
  const { fields, strip } = cardFields(req.queryConfig.fields, filters.customer_id !== undefined ? "store" : "admin")
  const { data } = await query.graph({ entity: "warranty_card", fields, filters })
  const card = data[0]
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${filters.id} was not found`)
  }
  const row = strip(presentCard(card, warrantyService(req.scope).today())) as unknown as StoreWarrantyCardDetail &
    AdminWarrantyCardDetail
  return { ...row, ...coverageDetails(card, locale) }
}

type CardRequest = { scope: MedusaContainer; queryConfig: { fields: string[] } }

type CardLike = { status?: string; ends_on?: string | null; [key: string]: unknown }

/** The card as a reader sees it today, and whether it has a battery to show (R4, R5.2). */
export function presentCard<T extends CardLike>(card: T, today: string): T & { has_battery: boolean } {
  const has_battery = hasBattery(card as { kind?: unknown; battery_days?: unknown })
  if (!card.status) {
    return { ...card, has_battery }
  }
  return { ...card, has_battery, status: effectiveStatus({ status: card.status, ends_on: card.ends_on }, today) }
}

/**
 * R5.1-R5.3: what the card covers and the statutory-rights statement, in the reader's locale;
 * R4.5: on OEM-battery models, what the "non-genuine part" message means.
 */
export function coverageDetails(
  card: { kind?: unknown; coverage?: unknown; oem_battery_model?: unknown },
  locale: Locale
): WarrantyCardCoverageDetails {
  const kind = card.kind === "accessory" ? "accessory" : "device"
  const coverage = card.coverage === "manufacturing_defects" ? "manufacturing_defects" : "full"
  return {
    covered: coveredItems(kind, coverage, locale),
    statement: texts(locale).warranty.statutory_rights,
    battery_note: card.oem_battery_model === true ? texts(locale).warranty.oem_battery_note : null,
  }
}

/** Everything the PDF needs about one card; `customer_id` restricts it to that customer's cards. */
export async function loadCardDocument(
  container: MedusaContainer,
  id: string,
  customer_id?: string
): Promise<WarrantyCardDocumentInput> {
  const query = container.resolve("query")
  const warranty = warrantyService(container)
  const filters: Record<string, string> = { id }
  if (customer_id !== undefined) {
    filters.customer_id = customer_id
  }
  const { data: cards } = await query.graph({
    entity: "warranty_card",
    fields: ["*", "battery_health_records.*"],
    filters,
  })
  const card = cards[0]
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${id} was not found`)
  }
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "customer.first_name", "customer.last_name", "shipping_address.first_name", "shipping_address.last_name"],
    filters: { id: card.order_id },
  })
  const order = orders[0]
  const person = order?.customer?.first_name || order?.customer?.last_name ? order?.customer : order?.shipping_address
  const customer_name = [person?.first_name, person?.last_name].filter(Boolean).join(" ") || null
  const options = await warranty.getSettings()
  const records = [...((card.battery_health_records ?? []) as {
    percent: number | null
    measured_at: Date | string
    source: string
    battery_kind: string
  }[])].sort((a, b) => new Date(b.measured_at).getTime() - new Date(a.measured_at).getTime())
  return {
    shop_name: options.shop_name,
    card_number: card.card_number,
    order_display_id: order?.display_id ?? null,
    order_id: card.order_id,
    customer_name,
    product_title: card.product_title,
    variant_title: card.variant_title,
    sku: card.sku,
    serial_number: card.serial_number,
    months: card.months,
    battery_days: card.battery_days,
    battery_threshold: options.battery_health_threshold,
    coverage: card.coverage,
    kind: card.kind,
    delivery_kind: card.delivery_kind,
    status: effectiveStatus(card, warranty.today()),
    issued_at: card.issued_at,
    starts_on: card.starts_on,
    ends_on: card.ends_on,
    battery_ends_on: card.battery_ends_on,
    oem_battery_model: card.oem_battery_model,
    sale_battery_health: card.sale_battery_health,
    battery_records: records,
  }
}
