import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import { CardOwnerSource } from "../../modules/warranty/models/warranty-card-owner"
import type WarrantyModuleService from "../../modules/warranty/service"

/** Which cards to check: a shopper's (theirs now and those of their orders), some cards, or some orders' cards. */
export type FindCardOwnerChangesInput = { customer_id?: string; card_ids?: string[]; order_ids?: string[] }

/** A card whose order has another customer than the card (an accepted order transfer). */
export type CardOwnerChangeFound = { warranty_card_id: string; order_id: string; from: string | null; to: string | null }

type CardRow = { id: string; order_id: string; customer_id: string | null }

/**
 * Issue 11 s.2: cards follow their order's customer. Medusa's order transfer changes the order's
 * customer without an event, so the cards are compared with their orders' customers here; a card
 * its owner or staff handed on (s.3) has left its order and is not compared.
 */
export const findCardOwnerChangesStep = createStep(
  "find-card-owner-changes",
  async (input: FindCardOwnerChangesInput, { container }) => {
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const select = { select: ["id", "order_id", "customer_id"] }

    let cards: CardRow[] = []
    if (input.customer_id) {
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { customer_id: input.customer_id } })
      const orderIds = (orders as { id: string }[]).map((o) => o.id)
      const filters = orderIds.length
        ? { $or: [{ customer_id: input.customer_id }, { order_id: orderIds }] }
        : { customer_id: input.customer_id }
      cards = (await warranty.listWarrantyCards(filters, select)) as CardRow[]
    } else if (input.card_ids?.length) {
      cards = (await warranty.listWarrantyCards({ id: input.card_ids }, select)) as CardRow[]
    } else if (input.order_ids?.length) {
      cards = (await warranty.listWarrantyCards({ order_id: input.order_ids }, select)) as CardRow[]
    }
    if (!cards.length) {
      return new StepResponse<CardOwnerChangeFound[]>([])
    }

    const handedOn = new Set(
      (
        await warranty.listWarrantyCardOwners(
          { warranty_card_id: cards.map((c) => c.id), source: [CardOwnerSource.CARD_TRANSFER, CardOwnerSource.ADMIN_TRANSFER] },
          { select: ["warranty_card_id"] }
        )
      ).map((o) => o.warranty_card_id)
    )
    const following = cards.filter((c) => !handedOn.has(c.id))
    if (!following.length) {
      return new StepResponse<CardOwnerChangeFound[]>([])
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { id: [...new Set(following.map((c) => c.order_id))] },
    })
    const orderCustomer = new Map((orders as { id: string; customer_id: string | null }[]).map((o) => [o.id, o.customer_id ?? null]))
    const changes = following
      .filter((c) => orderCustomer.has(c.order_id) && orderCustomer.get(c.order_id) !== (c.customer_id ?? null))
      .map((c) => ({ warranty_card_id: c.id, order_id: c.order_id, from: c.customer_id ?? null, to: orderCustomer.get(c.order_id) ?? null }))
    return new StepResponse<CardOwnerChangeFound[]>(changes)
  }
)
