import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transferWarrantyCardWorkflow } from "../../../../../workflows/transfer-warranty-card"
import { readerLocale } from "../../../../utils/locale"
import { readCard } from "../../../../utils/warranty-cards"
import type { AdminTransferWarrantyCardType } from "../../../../validators"
import type { AdminTransferWarrantyCardResponse } from "../../../../../types"

/** Issue 11 s.3: staff give the card to another customer (the phone was resold). */
export async function POST(req: AuthenticatedMedusaRequest<AdminTransferWarrantyCardType>, res: MedusaResponse<AdminTransferWarrantyCardResponse>) {
  await transferWarrantyCardWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ warranty_card: await readCard(req, { id: req.params.id }, readerLocale(req)) })
}
