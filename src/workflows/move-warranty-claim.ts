import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CoverCard } from "../modules/warranty/rules/claim-covers"
import type { MoveInput, PlannedClaim } from "../modules/warranty/rules/claim-moves"
import {
  CLAIM_MOVE_EVENTS,
  ClaimActorValue,
  ClaimMove,
} from "../modules/warranty/rules/claim-transitions"
import { addCalendarDays } from "../modules/warranty/rules/dates"
import { differenceInCalendarDays } from "date-fns"
import type { ClaimMoveWrite } from "../modules/warranty/service"
import { recordBatteryHealthWorkflow } from "./record-battery-health"
import { applyClaimMoveStep } from "./steps/apply-claim-move"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { planClaimMoveStep } from "./steps/plan-claim-move"
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
    const plan = planClaimMoveStep(
      transform({ input, claim, settings }, ({ input, claim, settings }) => ({
        claim: claim as unknown as PlannedClaim,
        card: claim.warranty_card as unknown as CoverCard,
        move: input.move,
        actor: input.actor,
        input: input.input,
        settings,
      }))
    )
    const applied = applyClaimMoveStep(
      transform({ input, claim, plan }, ({ input, claim, plan }): ClaimMoveWrite => ({
        id: claim.id,
        move: input.move,
        from_status: plan.from,
        to_status: plan.to,
        expected_version: claim.version,
        patch: plan.patch,
        actor: input.actor,
        actor_id: input.actor_id,
        data: plan.data,
        visible_to_customer: plan.visible_to_customer,
      }))
    )

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

    emitEventStep(
      transform({ input, claim, plan }, ({ input, claim, plan }) => ({
        eventName: CLAIM_MOVE_EVENTS[input.move],
        data: {
          id: claim.id,
          ticket_number: claim.ticket_number,
          customer_id: claim.customer_id,
          status: plan.to,
          from_status: plan.from,
          move: input.move,
        },
      }))
    )

    return new WorkflowResponse(
      transform({ claim, plan, applied }, ({ claim, plan, applied }) => ({
        id: claim.id,
        status: plan.to,
        version: applied.version,
      }))
    )
  }
)
