import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { syncCardOwnersWorkflow } from "../../workflows/sync-card-owners"

/**
 * What can make a shopper's cards disagree with their orders' customers: an order changing hands
 * (Medusa records every transfer, to an account or to a guest, as an order change) and a card being
 * made or changed (a card issued while its order changed hands). Medusa's caching module clears
 * these tags by itself: its strategy turns every entity event, the order module's internal
 * `order-change` events and ours included, into `<Entity>:list:*`.
 */
export const CARD_OWNER_TAGS = ["OrderChange:list:*", "WarrantyCard:list:*"]

/** One value per quiet spell: it disappears (cleared with the tags above) when either happens. */
const GENERATION_KEY = "warranty:card-owners:generation"
const checkedKey = (customer_id: string) => `warranty:card-owners:checked:${customer_id}`
/** Bounds what no event announces (an order's customer changed outside Medusa's order changes). */
const CHECKED_TTL_SECONDS = 600
/** The caching module's keys (the HTTP test reads them to show the check is skipped, then cleared). */
export const OWNER_CHECK_KEYS = { generation: GENERATION_KEY, checked: checkedKey }
const GENERATION_TTL_SECONDS = 24 * 3600

type Stamp = { generation: string }

function cachingOf(container: MedusaContainer): ICachingModuleService | undefined {
  return container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
}

async function read(caching: ICachingModuleService, key: string): Promise<string | null> {
  const stamp = (await caching.get({ key })) as Stamp | null
  return typeof stamp?.generation === "string" ? stamp.generation : null
}

async function currentGeneration(caching: ICachingModuleService): Promise<string> {
  const known = await read(caching, GENERATION_KEY)
  if (known) {
    return known
  }
  const generation = randomUUID()
  await caching.set({ key: GENERATION_KEY, data: { generation }, tags: CARD_OWNER_TAGS, ttl: GENERATION_TTL_SECONDS })
  return generation
}

/**
 * Issue 11 s.2, issue 12 (P1): the shopper's cards catch up with Medusa's order transfers before a
 * store route of cards and claims answers, as before; the check is skipped while nothing that could
 * change its outcome happened since this shopper's last one. The generation is read before the
 * check runs and stored with it, so a transfer committed during the check (whose event clears the
 * generation only after its commit) makes the stored stamp stale instead of hiding the change.
 * Without Medusa's caching module (not registered) every request checks.
 */
export async function syncShopperCardOwners(container: MedusaContainer, customer_id: string): Promise<void> {
  const caching = cachingOf(container)
  if (!caching) {
    await syncCardOwnersWorkflow(container).run({ input: { customer_id } })
    return
  }
  const generation = await currentGeneration(caching)
  if ((await read(caching, checkedKey(customer_id))) === generation) {
    return
  }
  await syncCardOwnersWorkflow(container).run({ input: { customer_id } })
  // Tagged with nothing: only a newer generation makes it obsolete, or its TTL.
  await caching.set({ key: checkedKey(customer_id), data: { generation }, tags: [], ttl: CHECKED_TTL_SECONDS })
}
