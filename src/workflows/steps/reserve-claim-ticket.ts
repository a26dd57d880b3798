import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * R6.1: the ticket number, sequential per year (`WR-2026-000042`). The counter is one atomic
 * statement, so concurrent filings never share a number; a failed filing leaves a gap.
 */
export const reserveClaimTicketStep = createStep(
  "reserve-claim-ticket",
  async (input: { prefix: string; today: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const year = input.today.slice(0, 4)
    const n = await warranty.reserveSequence(`claim:${year}`, 1)
    return new StepResponse(`${input.prefix}-${year}-${String(n).padStart(6, "0")}`)
  }
)
