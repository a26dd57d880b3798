import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CoverCard } from "../../modules/warranty/rules/claim-covers"
import {
  ClaimMoveError,
  MoveInput,
  MoveSettings,
  PlannedClaim,
  planClaimMove,
} from "../../modules/warranty/rules/claim-moves"
import type { ClaimActorValue, ClaimMove } from "../../modules/warranty/rules/claim-transitions"

export type PlanClaimMoveInput = {
  claim: PlannedClaim
  card: CoverCard
  move: ClaimMove
  actor: ClaimActorValue
  input: MoveInput[ClaimMove]
  settings: MoveSettings
}

/**
 * Checks the move against the transition table (409 when it is not there) and its guards (400),
 * and says what to write. Writing nothing, it needs no compensation.
 */
export const planClaimMoveStep = createStep("plan-claim-move", async (input: PlanClaimMoveInput) => {
  try {
    return new StepResponse(planClaimMove(input.claim, input.card, input.move, input.actor, input.input, input.settings))
  } catch (e) {
    if (e instanceof ClaimMoveError) {
      throw new MedusaError(
        e.kind === "conflict" ? MedusaError.Types.CONFLICT : MedusaError.Types.INVALID_DATA,
        e.message
      )
    }
    throw e
  }
})
