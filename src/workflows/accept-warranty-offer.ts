import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Offer, OfferOption, RecordedAnswer } from "../modules/warranty/rules/claim-offers"
import { issuesCredit } from "../modules/warranty/rules/claim-offers"
import { instantAfterDays } from "../modules/warranty/rules/dates"
import { acceptMoveFor, type Resolution } from "../modules/warranty/rules/claim-moves"
import { VoidReason } from "../modules/warranty/events"
import { moveWarrantyClaimWorkflow } from "./move-warranty-claim"
import { refundClaimValueWorkflow } from "./refund-claim-value"
import { replaceClaimedUnitWorkflow } from "./replace-claimed-unit"
import { returnSettledUnitWorkflow } from "./return-settled-unit"
import { createClaimCreditStep } from "./steps/create-claim-credit"
import { createCreditCartStep } from "./steps/create-credit-cart"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { recordClaimResolutionStep } from "./steps/record-claim-resolution"
import { resolveOfferChoiceStep } from "./steps/resolve-offer-choice"
import { retrieveWarrantyClaimStep } from "./steps/retrieve-warranty-claim"
import { voidWarrantyCardsWorkflow } from "./void-warranty-cards"

export const acceptWarrantyOfferWorkflowId = "accept-warranty-offer"

export type AcceptWarrantyOfferInput = {
  id: string
  customer_id: string
  option: OfferOption
  product_id?: string | null
  variant_id?: string | null
  return_device?: boolean
  /** Staff record the shopper's answer (counter, phone, e-mail): the log says how and who. */
  recorded?: RecordedAnswer | null
}

/**
 * The shopper's yes to an offer (given online, or at the counter, on the phone or by e-mail and
 * recorded by staff), carried out by Medusa itself in one run:
 * - R8.2 replacement: an order exchange on the original order (the new unit's card keeps the old end date);
 * - R8.3 (a) credit: a single-use promotion code bound to the shopper; (b) the same code on a cart
 *   with the dearer product, the rest paid at checkout; (c) a refund on the order's payment;
 * - R8.5 trade-in: the credit, and the broken device is recycled (or sent back).
 * Except for a replacement (whose exchange has its own return), the settled unit goes back through
 * a Medusa return on the order, received and not restocked (`resolution.return_id`).
 * The claim's move is written first (row lock: of two concurrent accepts one wins, the other gets
 * 409), then the outcome; if the outcome fails, everything before it is undone.
 */
export const acceptWarrantyOfferWorkflow = createWorkflow(acceptWarrantyOfferWorkflowId, (input: AcceptWarrantyOfferInput) => {
  const settings = getWarrantySettingsStep()
  const claim = retrieveWarrantyClaimStep(transform({ input }, ({ input }) => ({ id: input.id, customer_id: input.customer_id })))
  const choice = resolveOfferChoiceStep(
    transform({ input, claim }, ({ input, claim }) => ({
      option: input.option,
      product_id: input.product_id ?? null,
      variant_id: input.variant_id ?? null,
      order_id: claim.order_id,
      // The outcome below uses the offer read here; the move refuses it if it was replaced meanwhile.
      offer_made_at: (claim.offer as unknown as Offer | null)?.made_at ?? null,
    }))
  )
  moveWarrantyClaimWorkflow.runAsStep({
    input: transform({ input, choice }, ({ input, choice }) => ({
      id: input.id,
      move: acceptMoveFor(input.option, !!input.return_device),
      actor: "customer" as const,
      actor_id: input.customer_id,
      customer_id: input.customer_id,
      input: input.recorded ? { ...choice, recorded: input.recorded } : choice,
    })),
  })

  const offer = transform({ claim }, ({ claim }) => claim.offer as unknown as Offer)

  const exchange = when({ input }, ({ input }) => input.option === "replacement").then(() =>
    replaceClaimedUnitWorkflow.runAsStep({
      input: transform({ input, claim, offer, settings }, ({ input, claim, offer, settings }) => ({
        claim_id: claim.id,
        ticket_number: claim.ticket_number,
        order_id: claim.order_id,
        old_card_id: claim.warranty_card.id,
        variant_id: offer.replacement_variant_id as string,
        held_reservation_ids: offer.reservation_ids ?? [],
        // The order's history names the staff member who recorded the shopper's yes.
        actor_id: input.recorded?.recorded_by ?? null,
        fresh_term: settings.replacement_fresh_term,
      })),
    })
  )

  const credit = when({ input }, ({ input }) => issuesCredit(input.option)).then(() =>
    createClaimCreditStep(
      transform({ claim, offer, settings }, ({ claim, offer, settings }) => ({
        claim_id: claim.id,
        ticket_number: claim.ticket_number,
        customer_id: claim.customer_id as string,
        amount: offer.value!.amount,
        currency_code: offer.value!.currency_code,
        expires_at: instantAfterDays(settings.now, settings.credit_valid_days),
      }))
    )
  )

  const cart = when({ input }, ({ input }) => input.option === "credit_with_top_up").then(() =>
    createCreditCartStep(
      transform({ claim, choice, credit }, ({ claim, choice, credit }) => ({
        order_id: claim.order_id,
        customer_id: claim.customer_id as string,
        variant_id: choice.variant_id as string,
        code: credit!.code,
      }))
    )
  )

  // R8.3, R8.5: the unit was paid for with a credit or a refund; its card ends here (a replacement
  // voids it in its own workflow, the new unit getting a card).
  when({ input }, ({ input }) => input.option !== "replacement").then(() => {
    voidWarrantyCardsWorkflow.runAsStep({
      input: transform({ claim, settings }, ({ claim, settings }) => ({
        ids: [claim.warranty_card.id],
        reason: VoidReason.SETTLED,
        voided_at: new Date(settings.now),
      })),
    })
  })

  // R8.3, R8.5: the settled unit goes back through a Medusa return (received, not restocked), so
  // no ordinary return of the line can take it back and be refunded again.
  const returned = when({ input }, ({ input }) => input.option !== "replacement").then(() =>
    returnSettledUnitWorkflow.runAsStep({
      input: transform({ input, claim, offer }, ({ input, claim, offer }) => ({
        claim_id: claim.id,
        ticket_number: claim.ticket_number,
        order_id: claim.order_id,
        line_item_id: claim.warranty_card.line_item_id,
        option: input.option,
        amount: input.option === "refund" ? offer.value!.amount : 0,
        actor_id: input.recorded?.recorded_by ?? null,
      })),
    })
  )

  // Last: a provider's refund cannot be taken back if a later step failed.
  const refund = when({ input }, ({ input }) => input.option === "refund").then(() =>
    refundClaimValueWorkflow.runAsStep({
      input: transform({ input, claim, offer }, ({ input, claim, offer }) => ({
        order_id: claim.order_id,
        amount: offer.value!.amount,
        currency_code: offer.value!.currency_code,
        note: `Warranty claim ${claim.ticket_number}: valuation refund (R8.3)`,
        actor_id: input.recorded?.recorded_by ?? null,
      })),
    })
  )

  const resolution = recordClaimResolutionStep(
    transform({ input, exchange, credit, cart, refund, returned }, ({ input, exchange, credit, cart, refund, returned }) => {
      const made: Partial<Resolution> = {}
      if (exchange) {
        made.exchange = { exchange_id: exchange.exchange_id, return_id: exchange.return_id, new_line_item_id: exchange.new_line_item_id }
        made.new_card_id = exchange.new_card_id
        made.old_card_id = exchange.old_card_id
      }
      if (credit) {
        made.credit = credit
      }
      if (cart) {
        made.cart_id = cart.cart_id
      }
      if (refund) {
        made.refund = refund
      }
      if (returned) {
        made.return_id = returned.return_id
      }
      return { id: input.id, resolution: made }
    })
  )

  return new WorkflowResponse(resolution)
})
