import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelCardTransferWorkflow } from "../../../../../../workflows/cancel-card-transfer"
import type { StoreCancelWarrantyCardTransferResponse } from "../../../../../../types"
import { idempotent } from "../../../../../utils/idempotency"

/** Issue 11 s.3: the owner takes back the open transfer; its link stops working. */
export const POST = idempotent(async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCancelWarrantyCardTransferResponse>) {
  await cancelCardTransferWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  res.json({ warranty_card_transfer: null })
})
