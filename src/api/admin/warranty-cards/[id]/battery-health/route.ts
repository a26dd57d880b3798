import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordBatteryHealthWorkflow } from "../../../../../workflows/record-battery-health"
import type { AdminRecordBatteryHealthType } from "../../../../validators"
import type { AdminBatteryHealthRecordResponse, WarrantyJsonSource } from "../../../../../types"

/** R4.6: staff record a battery-health reading (R4.3: a sale reading under the threshold flags the card). */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordBatteryHealthType>, res: MedusaResponse<WarrantyJsonSource<AdminBatteryHealthRecordResponse>>) {
  const { measured_at, ...body } = req.validatedBody
  const { result } = await recordBatteryHealthWorkflow(req.scope).run({
    input: {
      ...body,
      warranty_card_id: req.params.id,
      measured_at: measured_at ? new Date(measured_at) : new Date(),
      recorded_by: req.auth_context.actor_id,
    },
  })
  res.status(201).json({ battery_health_record: result })
}
