import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import type { ClaimMoveWrite } from "../../modules/warranty/service"

type Restore = { id: string; event_id: string; version: number; previous: Record<string, unknown> }

/**
 * Writes a planned move and its log entry under the claim's row lock (see `applyClaimMove`).
 * The compensation puts back the fields the move changed and removes its log entry, unless a
 * later move already built on it.
 */
export const applyClaimMoveStep = createStep(
  "apply-claim-move",
  async (input: ClaimMoveWrite, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const before = (await warranty.retrieveWarrantyClaim(input.id)) as unknown as Record<string, unknown>
    const result = await warranty.applyClaimMove(input)
    const previous: Record<string, unknown> = { status: before.status, version: before.version }
    for (const key of Object.keys(input.patch)) {
      previous[key] = before[key] ?? null
    }
    return new StepResponse(result, { id: input.id, event_id: result.event_id, version: result.version, previous } as Restore)
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    if (!(await warranty.revertClaimMove(restore))) {
      container
        .resolve("logger")
        .warn(`warranty: claim ${restore.id} was moved again before a failed move could be undone; its log keeps that move`)
    }
  }
)
