import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordWarrantyInvoiceWorkflow } from "../../../../../workflows/record-warranty-invoice"
import type { AdminRecordWarrantyInvoiceType } from "../../../../validators"
import type { AdminWarrantyInvoiceResponse, WarrantyJsonSource } from "../../../../../types"

/** R3.2: an ERP records the invoice date of a courier order; its cards start on that day. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordWarrantyInvoiceType>, res: MedusaResponse<WarrantyJsonSource<AdminWarrantyInvoiceResponse>>) {
  const { result } = await recordWarrantyInvoiceWorkflow(req.scope).run({
    input: { order_id: req.params.id, issued_on: req.validatedBody.issued_on, actor_id: req.auth_context.actor_id },
  })
  res.json({ warranty_invoice: result })
}
