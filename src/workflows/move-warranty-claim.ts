import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CoverCard } from "../modules/warranty/rules/claim-covers"
import type { Fee, MoveInput, PlannedClaim } from "../modules/warranty/rules/claim-moves"
import {
  CLAIM_FEE_DUE_EVENT,
  CLAIM_MOVE_EVENTS,
  CLAIM_RESOLVED_EVENT,
  ClaimActorValue,
  ClaimMove,
} from "../modules/warranty/rules/claim-transitions"
import { addCalendarDays } from "../modules/warranty/rules/dates"
import { differenceInCalendarDays } from "date-fns"
import type { ClaimMoveWrite } from "../modules/warranty/service"
import { recordBatteryHealthWorkflow } from "./record-battery-health"
import { applyClaimMoveStep } from "./steps/apply-claim-move"
import { createFeePaymentCollectionStep } from "./steps/create-fee-payment-collection"
import { releaseReplacementHoldStep } from "./steps/release-replacement-hold"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { planClaimMoveStep } from "./steps/plan-claim-move"
import { retrieveOrderCurrencyStep } from "./steps/retrieve-order-currency"
import { retrieveWarrantyClaimStep } from "./steps/retrieve-warranty-claim"
import { updateWarrantyCardsStep } from "./steps/update-warranty-cards"

export const moveWarrantyClaimWorkflowId = "move-warranty-claim"

export type MoveWarrantyClaimInput<M extends ClaimMove = ClaimMove> = {
  id: string
  move: M
  actor: ClaimActorValue
  actor_id: string | null
  /** For shopper moves: the claim must be this customer's (404 otherwise). */
  customer_id?: string
  input: MoveInput[M]
}

/**
 * Every move of a claim after filing: the transition table and the move's guards decide
 * (`planClaimMove`), one locked write stores the new state with its log entry, then the side
 * effects follow (an intake or after-repair battery reading lands in the card's history, R4.6)
 * and `warranty_claim.<move>` is emitted.
 */
export const moveWarrantyClaimWorkflow = createWorkflow(
  moveWarrantyClaimWorkflowId,
  (input: MoveWarrantyClaimInput) => {
    const settings = getWarrantySettingsStep()
    const claim = retrieveWarrantyClaimStep(
      transform({ input }, ({ input }) => ({ id: input.id, customer_id: input.customer_id }))
    )
    const orderCurrency = retrieveOrderCurrencyStep(transform({ claim }, ({ claim }) => ({ order_id: claim.order_id })))
    const plan = planClaimMoveStep(
      transform({ input, claim, settings, orderCurrency }, ({ input, claim, settings, orderCurrency }) => ({
        claim: { ...(claim as unknown as PlannedClaim), order_currency_code: orderCurrency },
        card: claim.warranty_card as unknown as CoverCard,
        move: input.move,
        actor: input.actor,
        input: input.input,
        settings,
      }))
    )
    // R8.4: a fee made due gets a Medusa payment collection the storefront pays with any provider.
    const collection = when({ plan }, ({ plan }) => !!plan.fee_due).then(() =>
      createFeePaymentCollectionStep(
        transform({ claim, plan }, ({ claim, plan }) => ({
          claim_id: claim.id,
          ticket_number: claim.ticket_number,
          amount: plan.fee_due!.amount,
          currency_code: plan.fee_due!.currency_code,
        }))
      )
    )
    const patch = transform({ plan, collection }, ({ plan, collection }) => {
      if (!plan.fee_due || !collection) {
        return plan.patch
      }
      const fees = (plan.patch.fees as Fee[]).map((f) =>
        f.created_at === plan.fee_due!.created_at && f.status === "due" ? { ...f, payment_collection_id: collection.payment_collection_id } : f
      )
      return { ...plan.patch, fees }
    })

    const applied = applyClaimMoveStep(
      transform({ input, claim, plan, patch }, ({ input, claim, plan, patch }): ClaimMoveWrite => ({
        id: claim.id,
        move: input.move,
        from_status: plan.from,
        to_status: plan.to,
        expected_version: claim.version,
        patch,
        actor: input.actor,
        actor_id: input.actor_id,
        data: plan.data,
        visible_to_customer: plan.visible_to_customer,
      }))
    )

    // R8.2: an offer that ended (declined, expired, replaced) lets go of the unit it held.
    when({ plan }, ({ plan }) => plan.release_reservation_ids.length > 0).then(() => {
      releaseReplacementHoldStep(transform({ plan }, ({ plan }) => plan.release_reservation_ids))
    })

    when({ plan }, ({ plan }) => !!plan.battery_reading).then(() => {
      recordBatteryHealthWorkflow.runAsStep({
        input: transform({ plan, claim, input, settings }, ({ plan, claim, input, settings }) => ({
          warranty_card_id: claim.warranty_card.id,
          percent: plan.battery_reading!.percent,
          source: plan.battery_reading!.source,
          measured_at: new Date(settings.now),
          recorded_by: input.actor_id ?? input.actor,
          note: `${claim.ticket_number}`,
        })),
      })
    })

    // R7.6: a repair does not move the card's end date, unless the shop's law asks it (option).
    when({ input, settings, claim }, ({ input, settings, claim }) => {
      return (
        input.move === "mark_ready" &&
        settings.extend_warranty_by_repair_time &&
        !!claim.received_on &&
        !!claim.warranty_card.ends_on &&
        !claim.exclusion_reason &&
        (claim.covers as unknown as unknown[]).length > 0
      )
    }).then(() => {
      const cardUpdate = transform({ claim, settings }, ({ claim, settings }) => {
        const days = differenceInCalendarDays(new Date(settings.today), new Date(claim.received_on as string))
        return [{ id: claim.warranty_card.id, ends_on: addCalendarDays(claim.warranty_card.ends_on as string, days) }]
      })
      updateWarrantyCardsStep(cardUpdate)
    })

    const eventData = transform({ input, claim, plan }, ({ input, claim, plan }) => ({
      id: claim.id,
      ticket_number: claim.ticket_number,
      customer_id: claim.customer_id,
      status: plan.to,
      from_status: plan.from,
      move: input.move,
    }))
    emitEventStep(
      transform({ input, eventData }, ({ input, eventData }) => ({ eventName: CLAIM_MOVE_EVENTS[input.move], data: eventData }))
    )
    when({ plan }, ({ plan }) => !!plan.fee_due).then(() => {
      emitEventStep({ eventName: CLAIM_FEE_DUE_EVENT, data: eventData }).config({ name: "emit-fee-due" })
    })
    // R8.2-R8.5: the claim ended by an outcome.
    when({ plan }, ({ plan }) => plan.resolved).then(() => {
      emitEventStep({ eventName: CLAIM_RESOLVED_EVENT, data: eventData }).config({ name: "emit-resolved" })
    })

    return new WorkflowResponse(
      transform({ claim, plan, applied }, ({ claim, plan, applied }) => ({
        id: claim.id,
        status: plan.to,
        version: applied.version,
      }))
    )
  }
)
