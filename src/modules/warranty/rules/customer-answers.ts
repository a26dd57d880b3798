/**
 * The shopper's answers staff may record for them (R7.3, R8.2-R8.5): the shopper's own moves that
 * the transition table and the claim's guards allow now. Pure: nothing here repeats a rule.
 */
import { availableMoves, type PlannedClaim } from "./claim-moves"
import { offerOpen } from "./claim-offers"

export const CUSTOMER_ANSWERS = ["accept_quote", "decline_quote", "accept_offer", "decline_offer"] as const
export type CustomerAnswer = (typeof CUSTOMER_ANSWERS)[number]

const ACCEPT_MOVES = ["accept_offer", "accept_trade_in", "accept_trade_in_return"]

/**
 * The answers open now: the customer's edges of the table (with their guards) decide; an offer is
 * accepted only while open, before its time and with an option that can be carried out.
 */
export function customerAnswers(claim: PlannedClaim, now: string, anOptionAcceptable: boolean): CustomerAnswer[] {
  const moves = availableMoves(claim, "customer")
  return CUSTOMER_ANSWERS.filter((answer) => {
    if (answer === "accept_offer") {
      return moves.some((m) => ACCEPT_MOVES.includes(m)) && offerOpen(claim.offer, now) && anOptionAcceptable
    }
    return moves.includes(answer)
  })
}
