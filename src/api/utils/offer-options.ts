import type { MedusaContainer } from "@medusajs/framework/types"
import type { PlannedClaim } from "../../modules/warranty/rules/claim-moves"
import { type Offer, offerOpen, offerOptionStates } from "../../modules/warranty/rules/claim-offers"
import { customerAnswers } from "../../modules/warranty/rules/customer-answers"
import { readOfferFacts } from "../../workflows/steps/resolve-offer-options"
import { warrantyService } from "./warranty-cards"
import type { WarrantyCustomerAnswer, WarrantyOfferOptionState } from "../../types"

type Row = Record<string, unknown>
type ClaimRow = {
  order_id: string
  status: string
  customer_id?: string | null
  warranty_card_id: string
  offer?: unknown
}

/**
 * Per option of the claim's offer: whether accepting it now would work (R8.2-R8.5), read from the
 * order, its payment and the stock as they are now (stock may have gone since the offer was made).
 * Null when the claim has no offer.
 */
export async function claimOfferStates(container: MedusaContainer, claim: ClaimRow, now: string): Promise<WarrantyOfferOptionState[] | null> {
  const offer = (claim.offer ?? null) as Offer | null
  if (!offer) {
    return null
  }
  const open = offerOpen(offer, now) && claim.status === "offered"
  if (!open) {
    return offerOptionStates(offer, null, false)
  }
  const [card] = await warrantyService(container).listWarrantyCards({ id: claim.warranty_card_id }, { take: 1, select: ["id", "status", "line_item_id"] })
  const facts = await readOfferFacts(container, {
    order_id: claim.order_id,
    customer_id: claim.customer_id ?? null,
    card: card ? { status: card.status as string, line_item_id: card.line_item_id } : null,
    replacement_variant_id: offer.replacement_variant_id,
    held_reservation_ids: offer.reservation_ids ?? [],
  })
  return offerOptionStates(offer, facts, true)
}

/** What the service desk reads beside a claim: the shopper's answers it may record now and the offer's options. */
export async function customerAnswerExtras(
  container: MedusaContainer,
  claim: Row
): Promise<{ customer_answers: WarrantyCustomerAnswer[]; offer_options: WarrantyOfferOptionState[] | null }> {
  const now = new Date().toISOString()
  const row = claim as unknown as ClaimRow
  const states = row.status === "offered" ? await claimOfferStates(container, row, now) : null
  return {
    customer_answers: customerAnswers(claim as unknown as PlannedClaim, now, !!states?.some((s) => s.can_accept)),
    offer_options: states && (claim.offer as Offer | null)?.status === "open" ? states : null,
  }
}

