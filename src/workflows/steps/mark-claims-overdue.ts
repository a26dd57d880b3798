import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import { ClaimStatus } from "../../modules/warranty/models/warranty-claim"
import type { OverdueSweepUndo } from "../../modules/warranty/overdue-sweep"
import { findTransition } from "../../modules/warranty/rules/claim-transitions"
import type WarrantyModuleService from "../../modules/warranty/service"

export type MarkClaimsOverdueInput = { today: string; now: string; limit: number }

/** The states from which the transition table lets the system mark a claim overdue (the clock states, R7.1). */
export const OVERDUE_SWEEP_STATUSES: string[] = Object.values(ClaimStatus).filter((s) => !!findTransition(s, "mark_overdue", "system"))

/**
 * R7.1, R11.2: marks every claim past its due day whose shopper was not told yet, in one
 * set-based pass (`markClaimsOverdue`). The compensation undoes the pass for each claim nobody
 * moved since, so a failed emit leaves the claims to the next run instead of marked but untold.
 */
export const markClaimsOverdueStep = createStep(
  "mark-claims-overdue",
  async (input: MarkClaimsOverdueInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const marked = await warranty.markClaimsOverdue({
      statuses: OVERDUE_SWEEP_STATUSES,
      today: input.today,
      now: new Date(input.now),
      limit: input.limit,
    })
    return new StepResponse(marked, marked.map(({ id, version, event_id }): OverdueSweepUndo => ({ id, version, event_id })))
  },
  async (undo, { container }) => {
    if (!undo?.length) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const undone = await warranty.revertClaimsOverdue(undo)
    if (undone < undo.length) {
      container
        .resolve("logger")
        .warn(`warranty: ${undo.length - undone} claim(s) were moved again before a failed overdue sweep could be undone; their logs keep the mark`)
    }
  }
)
