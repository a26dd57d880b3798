import { randomInt } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimCredit } from "../../modules/warranty/rules/claim-offers"

export type CreateClaimCreditInput = {
  claim_id: string
  ticket_number: string
  customer_id: string
  amount: number
  currency_code: string
  /** ISO date-time; the code stops applying after it. */
  expires_at: string
}

/** No 0/O, 1/I/L: a shopper reads the code off a mail or says it at the counter. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
const CODE_LENGTH = 10

const CREDIT_CODE_PREFIX = "CREDIT-"

/** Whether a promotion code is one of the claims' credit codes (R8.5: the order-placed check skips every other order). */
export function isClaimCreditCode(code: string | null | undefined): boolean {
  return !!code && code.toUpperCase().startsWith(CREDIT_CODE_PREFIX)
}

function creditCode() {
  let code = CREDIT_CODE_PREFIX
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  }
  return code
}

/**
 * R8.3(a)/(b), R8.5: the value of the device as a Medusa promotion: a code used once, only by the
 * claimant (rule on `customer.id`), taken off the order with tax included, ending with its own
 * campaign. Checkout registers its use, so Medusa itself refuses a second use.
 */
export const createClaimCreditStep = createStep(
  "create-claim-credit",
  async (input: CreateClaimCreditInput, { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    const code = creditCode()
    const [promotion] = await promotions.createPromotions([
      {
        code,
        type: "standard",
        status: "active",
        is_automatic: false,
        is_tax_inclusive: true,
        limit: 1,
        rules: [{ attribute: "customer.id", operator: "eq", values: [input.customer_id] }],
        application_method: {
          type: "fixed",
          target_type: "order",
          value: input.amount,
          currency_code: input.currency_code,
        },
        campaign: {
          name: `Warranty credit ${input.ticket_number}`,
          // The ticket names the campaign in the admin; the code keeps it unique if a claim gets a second credit.
          campaign_identifier: `${input.ticket_number}-${code}`,
          starts_at: null,
          ends_at: new Date(input.expires_at),
        },
        metadata: { warranty_claim_id: input.claim_id, ticket_number: input.ticket_number },
      },
    ])
    const { campaign } = await promotions.retrievePromotion(promotion.id, { relations: ["campaign"] })
    const credit: ClaimCredit = {
      promotion_id: promotion.id,
      campaign_id: campaign!.id,
      code,
      amount: input.amount,
      currency_code: input.currency_code,
      expires_at: input.expires_at,
    }
    return new StepResponse(credit, { promotion_id: credit.promotion_id, campaign_id: credit.campaign_id })
  },
  async (made, { container }) => {
    if (!made) {
      return
    }
    const promotions = container.resolve(Modules.PROMOTION)
    await promotions.deletePromotions([made.promotion_id])
    await promotions.deleteCampaigns([made.campaign_id])
  }
)
