import type { MedusaContainer } from "@medusajs/framework/types"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { textOf, texts, type Locale } from "../../i18n"
import type { ExclusionReason } from "../../modules/warranty/codes"
import { assessCovers, defectsProblem, isOverdue, overdueFilter } from "../../modules/warranty/rules/claim-covers"
import { availableMoves, type MoveInput, type PlannedClaim } from "../../modules/warranty/rules/claim-moves"
import type { ClaimActorValue, ClaimMove } from "../../modules/warranty/rules/claim-transitions"
import type { WarrantyOptions } from "../../modules/warranty/options"
import { CLAIM_MOVED_CONFLICT } from "../../modules/warranty/service"
import { moveWarrantyClaimWorkflow } from "../../workflows/move-warranty-claim"
import { adminClaimExtras } from "./claim-detail"
import { customerAnswerExtras } from "./offer-options"
import { readerLocale } from "./locale"
import { combineFilters, warrantyService } from "./warranty-cards"
import { claimSearchFilter, withShoppers } from "./warranty-search"
import type {
  AdminWarrantyClaimDetail,
  AdminWarrantyClaimListResponse,
  StoreWarrantyClaimDetail,
  StoreWarrantyClaimListResponse,
  StoreWarrantyClaimService,
  WarrantyClientErrorBody,
  WarrantyEligibility,
} from "../../types"

export type Audience = "store" | "admin"
type Row = Record<string, unknown>

const CARD_FIELDS = [
  "warranty_card.id",
  "warranty_card.card_number",
  "warranty_card.serial_number",
  "warranty_card.status",
  "warranty_card.starts_on",
  "warranty_card.ends_on",
  "warranty_card.battery_ends_on",
  "warranty_card.months",
  "warranty_card.battery_days",
  "warranty_card.kind",
  "warranty_card.coverage",
]

/** One read for both audiences; `presentClaim` decides what a shopper sees of it. */
const CLAIM_FIELDS = ["*", ...CARD_FIELDS, "events.*"]
/**
 * A list reads the claims' own columns only: with a relation in the fields, the count query Medusa
 * runs beside the page carries the relation's join, which keeps PostgreSQL from counting on an
 * index alone (issue 12, P3: 3 ms instead of 50-130 ms at 200,000 claims). The page's cards come
 * after, in one batch (`withCards`).
 */
const LIST_FIELDS = ["*"]
const LIST_CARD_FIELDS = ["id", "card_number", "serial_number"]

/** Columns a shopper never sees. */
const STAFF_ONLY = ["version", "overdue_notified_at", "deleted_at"]

/** The claim as a reader sees it today: overdue, labels in the reader's language, the moves they may make. */
export function presentClaim(claim: Row, today: string, audience: Audience, locale: Locale): Row {
  const status = claim.status as string
  const actor: ClaimActorValue = audience === "admin" ? "admin" : "customer"
  const out: Row = {
    ...claim,
    overdue: isOverdue({ status, due_on: claim.due_on as string | null }, today),
    status_label: textOf(texts(locale).claim.status, status) ?? status,
    allowed_moves: availableMoves(claim as unknown as PlannedClaim, actor),
  }
  const rejection = claim.rejection as { reason?: ExclusionReason } | null
  if (rejection?.reason) {
    out.rejection = { ...rejection, message: textOf(texts(locale).claim.exclusion_reason, rejection.reason) ?? null }
  }
  const events = Array.isArray(claim.events)
    ? [...(claim.events as Row[])].sort((a, b) => new Date(a.created_at as string).getTime() - new Date(b.created_at as string).getTime())
    : undefined
  if (audience === "admin") {
    if (events) {
      out.events = events
    }
    return out
  }
  for (const key of STAFF_ONLY) {
    delete out[key]
  }
  delete out.events
  if (events) {
    // The shopper's timeline: moves they can see, without who on the staff made them.
    out.timeline = events
      .filter((e) => e.visible_to_customer)
      .map((e) => ({
        move: e.move,
        status: e.to_status,
        label: textOf(texts(locale).claim.move, e.move as string) ?? e.move,
        note: ((e.data as Row | null)?.note as string | undefined) ?? null,
        created_at: e.created_at,
      }))
  }
  // R5.3: the claim pages say the statutory rights stay whole.
  out.statement = texts(locale).warranty.statutory_rights
  return out
}

export type ClaimListFilters = {
  status?: string | string[]
  cover?: string | string[]
  overdue?: boolean
  q?: string
  warranty_card_id?: string | string[]
  customer_id?: string | string[]
  product_id?: string | string[]
  order_id?: string | string[]
}

/** Turns the list's query into database filters (overdue as readers see it, `q` as `claimSearchFilter` reads it). */
export async function claimFilters(container: MedusaContainer, f: ClaimListFilters, today: string) {
  const parts: (Row | null)[] = [
    f.status ? { status: f.status } : null,
    f.cover ? { cover: f.cover } : null,
    f.warranty_card_id ? { warranty_card_id: f.warranty_card_id } : null,
    f.customer_id ? { customer_id: f.customer_id } : null,
    f.product_id ? { product_id: f.product_id } : null,
    f.order_id ? { order_id: f.order_id } : null,
  ]
  if (f.overdue !== undefined) {
    parts.push(overdueFilter(today, f.overdue))
  }
  if (f.q) {
    parts.push(await claimSearchFilter(container, f.q))
  }
  return combineFilters(parts)
}

function orderBy(order?: string): Record<string, "ASC" | "DESC"> {
  if (!order) {
    return { created_at: "DESC" }
  }
  const desc = order.startsWith("-")
  return { [order.replace(/^-/, "")]: desc ? "DESC" : "ASC" }
}

/** What each audience reads of one claim, and of a page of claims. */
type ClaimDetail = { store: StoreWarrantyClaimDetail; admin: AdminWarrantyClaimDetail }
type ClaimList = { store: StoreWarrantyClaimListResponse; admin: AdminWarrantyClaimListResponse }
/** The answer of a move: the claim as its actor reads it (the shopper the store's, staff and jobs the admin's). */
type ClaimMoveResponse<A extends Audience> = { warranty_claim: ClaimDetail[A] }
type ActorAudience<T extends ClaimActorValue> = T extends "customer" ? "store" : "admin"

/** One page of claims in Medusa's list envelope. */
export async function listClaims<A extends Audience>(
  container: MedusaContainer,
  filters: Row,
  page: { limit: number; offset: number; order?: string },
  audience: A,
  locale: Locale
): Promise<ClaimList[A]> {
  const query = container.resolve("query")
  const today = warrantyService(container).today()
  const { data, metadata } = await query.graph({
    entity: "warranty_claim",
    fields: LIST_FIELDS,
    filters,
    pagination: { take: page.limit, skip: page.offset, order: orderBy(page.order) },
  })
  // The stored JSON columns are untyped to TypeScript: the contract describes them, and
  // contract-checks.ts ties it to the models and the rules that write them.
  const claims = (await withCards(container, data as Row[])).map((c) => presentClaim(c, today, audience, locale))
  return {
    // Staff see who filed each claim (one batched read of the page's customers).
    warranty_claims: audience === "admin" ? await withShoppers(container, claims) : claims,
    count: metadata?.count ?? data.length,
    offset: page.offset,
    limit: page.limit,
  } as ClaimList[A]
}

/** Each claim with its `warranty_card` (id, number, IMEI/serial), the page's cards read in one query. */
async function withCards(container: MedusaContainer, claims: Row[]): Promise<Row[]> {
  const ids = [...new Set(claims.map((c) => c.warranty_card_id as string))]
  if (!ids.length) {
    return claims
  }
  const { data } = await container.resolve("query").graph({ entity: "warranty_card", fields: LIST_CARD_FIELDS, filters: { id: ids } })
  const cards = new Map(data.map((card) => [card.id as string, card as Row]))
  return claims.map((c) => ({ ...c, warranty_card: cards.get(c.warranty_card_id as string) ?? null }))
}

/** One claim, or a 404; a shopper's read is scoped to them, so a foreign claim looks missing. */
export async function readClaim<A extends Audience>(
  container: MedusaContainer,
  filters: { id: string; customer_id?: string },
  audience: A,
  locale: Locale
): Promise<ClaimDetail[A]> {
  const query = container.resolve("query")
  const { data } = await query.graph({
    entity: "warranty_claim",
    fields: CLAIM_FIELDS,
    filters,
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty claim with id: ${filters.id} was not found`)
  }
  const warranty = warrantyService(container)
  // As in listClaims: the contract describes the stored columns.
  const claim = presentClaim(data[0] as Row, warranty.today(), audience, locale) as ClaimDetail[A]
  // R6.5, R6.8: a shopper's claim page says where the device goes and when the service answers.
  return audience === "store"
    ? { ...claim, service: claimService(await warranty.getSettings(), locale) }
    : ({
        ...claim,
        ...(await adminClaimExtras(container, claim as Row, locale)),
        // Who filed it, named, for the link to the customer page.
        customer: (await withShoppers(container, [claim as Row]))[0].customer,
        // The shopper's answers staff may record now, and whether each offer option can be taken (R8.2-R8.5).
        ...(await customerAnswerExtras(container, claim as Row)),
      } as ClaimDetail[A])
}

/** R6.5, R6.8: the service a claim's device goes to, from the shop's settings. */
export function claimService(options: WarrantyOptions, locale: Locale): StoreWarrantyClaimService {
  const { service_address: address, service_phone, service_hours } = options
  return {
    ...address,
    address_2: address.address_2 ?? null,
    phone: service_phone,
    hours: service_hours,
    hours_text: texts(locale).claim_label.service_hours(service_hours.opens, service_hours.closes),
  }
}

/** One claim's own columns, or a 404; given a customer, someone else's claim is missing too. */
export async function findClaim(container: MedusaContainer, filters: { id: string; customer_id?: string }) {
  const where = filters.customer_id !== undefined ? filters : { id: filters.id }
  const [claim] = await warrantyService(container).listWarrantyClaims(where, { take: 1 })
  if (!claim) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty claim with id: ${filters.id} was not found`)
  }
  return claim
}

function isConflict(e: unknown): e is { type: string; message: string } {
  return !!e && typeof e === "object" && (e as { type?: string }).type === MedusaError.Types.CONFLICT
}

/**
 * Runs one move and answers with the claim. Medusa's error handler would replace a 409's
 * message with a generic text, so a refused move is answered here: the current status and the
 * moves the caller may make from it.
 */
export async function runClaimMove<M extends ClaimMove, T extends ClaimActorValue, A extends Audience = ActorAudience<T>>(
  container: MedusaContainer,
  res: MedusaResponse<ClaimMoveResponse<A> | WarrantyClientErrorBody>,
  move: {
    id: string
    move: M
    actor: T
    actor_id: string | null
    customer_id?: string
    input: MoveInput[M]
    locale: Locale
    /** Who reads the answer, when not the actor: staff recording the shopper's own answer. */
    audience?: A
  },
  /** A workflow that wraps the move with its side effects (offers, payments); the plain move by default. */
  run: () => Promise<unknown> = () =>
    moveWarrantyClaimWorkflow(container).run({
      input: {
        id: move.id,
        move: move.move,
        actor: move.actor,
        actor_id: move.actor_id,
        customer_id: move.customer_id,
        input: move.input,
      },
    })
) {
  const audience = (move.audience ?? (move.actor === "customer" ? "store" : "admin")) as A
  try {
    await run()
  } catch (e) {
    if (!isConflict(e)) {
      throw e
    }
    const claim = await findClaim(container, { id: move.id, customer_id: move.customer_id })
    const allowed = availableMoves(claim as unknown as PlannedClaim, move.actor)
    const why =
      e.message === CLAIM_MOVED_CONFLICT
        ? `Claim ${claim.ticket_number} was changed by someone else while you worked on it.`
        : e.message
    res.status(409).json({
      type: "conflict",
      message: `${why} Claim ${claim.ticket_number} is "${claim.status}"; allowed moves: ${allowed.join(", ") || "none"}.`,
      current_status: claim.status,
      allowed_moves: allowed,
    })
    return
  }
  const filters = move.customer_id ? { id: move.id, customer_id: move.customer_id } : { id: move.id }
  res.json({ warranty_claim: await readClaim(container, filters, audience, move.locale) })
}

/**
 * R11.3: the covers that apply to these defects on a card on a day: the same function the filing
 * uses, so the form can tell a shopper before filing that a claim would be paid.
 */
export async function cardEligibility(
  container: MedusaContainer,
  filters: { id: string; customer_id?: string },
  defects: string[],
  on: string | undefined,
  locale: Locale
): Promise<WarrantyEligibility> {
  const warranty = warrantyService(container)
  const [card] = await warranty.listWarrantyCards(filters, { take: 1 })
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${filters.id} was not found`)
  }
  const problem = defectsProblem(card, defects)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `defects: ${problem}`)
  }
  return assessCovers(card, defects, on ?? warranty.today(), await warranty.getSettings(), locale)
}

/**
 * The route of one move: a shopper's moves are scoped to their own claims, staff's to none; the
 * body was validated by the route's middleware (`middlewares.ts`).
 */
export function claimMoveRoute<M extends ClaimMove, T extends "admin" | "customer">(move: M, actor: T) {
  return async (
    req: AuthenticatedMedusaRequest<MoveInput[M]>,
    res: MedusaResponse<ClaimMoveResponse<ActorAudience<T>> | WarrantyClientErrorBody>
  ) => {
    const actor_id = req.auth_context.actor_id
    await runClaimMove(req.scope, res, {
      id: req.params.id,
      move,
      actor,
      actor_id,
      customer_id: actor === "customer" ? actor_id : undefined,
      input: (req.validatedBody ?? {}) as MoveInput[M],
      locale: readerLocale(req),
    })
  }
}
