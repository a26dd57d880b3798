import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { textOf, texts, type Locale } from "../../i18n"
import { syncCardOwnersWorkflow } from "../../workflows/sync-card-owners"
import type { FindCardOwnerChangesInput } from "../../workflows/steps/find-card-owner-changes"
import { shoppersById } from "./warranty-search"
import { syncShopperCardOwners } from "./shopper-owner-check"
import { warrantyService } from "./warranty-cards"
import type {
  AdminWarrantyCardOwner,
  AdminWarrantyCardOwnersResponse,
  AdminWarrantyCardTransfer,
  StoreWarrantyCardTransfer,
  WarrantyCardOwnerSource,
  WarrantyCardTransferStatus,
} from "../../types"

type TransferRow = {
  id: string
  warranty_card_id: string
  email: string
  status: string
  expires_at: Date | string
  created_at: Date | string
}

const iso = (d: Date | string) => new Date(d).toISOString()
const isoOrNull = (d: Date | string | null | undefined) => (d ? iso(d) : null)

/** A card transfer as its owner sees it: never the token's hash. */
export function publicTransfer(t: TransferRow): StoreWarrantyCardTransfer {
  return {
    id: t.id,
    warranty_card_id: t.warranty_card_id,
    email: t.email,
    status: t.status as WarrantyCardTransferStatus,
    expires_at: iso(t.expires_at),
    created_at: iso(t.created_at),
  }
}

/** Issue 11: a card's owner log, oldest first; a card never handed on shows its buyer. */
export async function cardOwnerLog(container: MedusaContainer, id: string, locale: Locale): Promise<AdminWarrantyCardOwnersResponse> {
  const warranty = warrantyService(container)
  const [card] = await warranty.listWarrantyCards({ id }, { select: ["id", "customer_id", "created_at"], take: 1 })
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${id} was not found`)
  }
  const rows = await warranty.listWarrantyCardOwners({ warranty_card_id: id }, { order: { created_at: "ASC" } })
  const log = rows.length
    ? rows
    : [
        {
          id: `${card.id}-sale`,
          customer_id: card.customer_id ?? null,
          source: "sale",
          actor: "system",
          actor_id: null,
          previous_customer_id: null,
          note: null,
          created_at: card.created_at,
        },
      ]
  const transfers = await warranty.listWarrantyCardTransfers({ warranty_card_id: id }, { order: { created_at: "DESC" } })
  const shoppers = await shoppersById(container, [
    ...log.map((r) => r.customer_id),
    ...transfers.map((t) => t.from_customer_id),
  ])
  const staffIds = [...new Set(log.filter((r) => r.actor === "admin" && r.actor_id).map((r) => r.actor_id as string))]
  const { data: users } = staffIds.length
    ? await container.resolve("query").graph({ entity: "user", fields: ["id", "email"], filters: { id: staffIds } })
    : { data: [] as { id: string; email: string }[] }
  const staff = new Map(users.map((u) => [u.id, u.email as string]))
  const owners: AdminWarrantyCardOwner[] = log.map((r) => ({
    id: r.id,
    customer_id: r.customer_id ?? null,
    customer: r.customer_id ? (shoppers.get(r.customer_id) ?? null) : null,
    source: r.source as WarrantyCardOwnerSource,
    source_label: textOf(texts(locale).ownership.owner_source, r.source) ?? r.source,
    actor: r.actor as AdminWarrantyCardOwner["actor"],
    actor_id: r.actor_id ?? null,
    actor_email: r.actor === "admin" && r.actor_id ? (staff.get(r.actor_id) ?? null) : null,
    previous_customer_id: r.previous_customer_id ?? null,
    note: r.note ?? null,
    created_at: iso(r.created_at),
  }))
  const staffTransfers: AdminWarrantyCardTransfer[] = transfers.map((t) => ({
    ...publicTransfer(t),
    from_customer_id: t.from_customer_id,
    accepted_at: isoOrNull(t.accepted_at),
    accepted_by: t.accepted_by ?? null,
    canceled_at: isoOrNull(t.canceled_at),
  }))
  return { warranty_card_owners: owners, warranty_card_transfers: staffTransfers }
}

/** A middleware that runs the owner sync on the cards `inputOf` names (none: nothing to sync). */
const syncing =
  (inputOf: (req: MedusaRequest) => Promise<FindCardOwnerChangesInput | null>) =>
  async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const input = await inputOf(req)
      if (input) {
        await syncCardOwnersWorkflow(req.scope).run({ input })
      }
      next()
    } catch (e) {
      next(e)
    }
  }

/**
 * Issue 11 s.2: before any store read or move of cards and claims, the shopper's cards catch up
 * with Medusa's order transfers (theirs now, and those of orders now theirs); issue 12 (P1): only
 * when something could have changed since the shopper's last check (shopper-owner-check.ts).
 */
export async function syncShopperCards(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const customer_id = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
    if (customer_id) {
      await syncShopperCardOwners(req.scope, customer_id)
    }
    next()
  } catch (e) {
    next(e)
  }
}

/** Staff's card page and the card's actions read the card's owner as its order has it now. */
export const syncAdminCard = syncing(async (req) => ({ card_ids: [req.params.id] }))

/** Staff's claim page: the claim's card (and so the claim) as its order has it now. */
export const syncAdminClaim = syncing(async (req) => {
  const [claim] = await warrantyService(req.scope).listWarrantyClaims({ id: req.params.id }, { select: ["warranty_card_id"], take: 1 })
  return claim ? { card_ids: [claim.warranty_card_id] } : null
})
