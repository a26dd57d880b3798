import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { overdueFilter } from "../modules/warranty/rules/claim-covers"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"

export const listOverdueWarrantyClaimsWorkflowId = "list-overdue-warranty-claims"

/** R7.1, R11.2: claims whose service clock runs past their due day and whose shopper was not told yet. */
export const listOverdueWarrantyClaimsWorkflow = createWorkflow(listOverdueWarrantyClaimsWorkflowId, () => {
  const settings = getWarrantySettingsStep()
  const { data: claims } = useQueryGraphStep({
    entity: "warranty_claim",
    fields: ["id"],
    filters: transform({ settings }, ({ settings }) => ({
      ...overdueFilter(settings.today, true),
      overdue_notified_at: null,
    })),
    pagination: { take: 1000, skip: 0, order: { due_on: "ASC" } },
  })
  return new WorkflowResponse(transform({ claims }, ({ claims }) => claims.map((c) => c.id as string)))
})
