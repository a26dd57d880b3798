import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { instantAfterDays } from "../modules/warranty/rules/dates"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"

export const listDueWarrantyOffersWorkflowId = "list-due-warranty-offers"

/**
 * Open offers whose time has passed (to expire) and those expiring within the reminder window
 * whose shopper was not reminded yet (R8.2-R8.5).
 */
export const listDueWarrantyOffersWorkflow = createWorkflow(listDueWarrantyOffersWorkflowId, () => {
  const settings = getWarrantySettingsStep()
  const { data: expired } = useQueryGraphStep({
    entity: "warranty_claim",
    fields: ["id"],
    filters: transform({ settings }, ({ settings }) => ({ status: "offered", offer_expires_at: { $lte: settings.now } })),
    pagination: { take: 1000, skip: 0, order: { offer_expires_at: "ASC" } },
  }).config({ name: "list-expired-offers" })
  const { data: expiring } = useQueryGraphStep({
    entity: "warranty_claim",
    fields: ["id"],
    filters: transform({ settings }, ({ settings }) => ({
      status: "offered",
      offer_reminded_at: null,
      offer_expires_at: {
        $gt: settings.now,
        $lte: instantAfterDays(settings.now, settings.offer_reminder_days),
      },
    })),
    pagination: { take: 1000, skip: 0, order: { offer_expires_at: "ASC" } },
  }).config({ name: "list-expiring-offers" })
  return new WorkflowResponse(
    transform({ expired, expiring, settings }, ({ expired, expiring, settings }) => ({
      expired: expired.map((c) => c.id as string),
      expiring: settings.offer_reminder_days > 0 ? expiring.map((c) => c.id as string) : [],
    }))
  )
})
