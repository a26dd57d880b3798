import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptCardTransferWorkflow } from "../../../../../../workflows/accept-card-transfer"
import { readerLocale } from "../../../../../utils/locale"
import { readCard } from "../../../../../utils/warranty-cards"
import type { StoreAcceptCardTransferType } from "../../../../../validators"
import type { StoreAcceptWarrantyCardTransferResponse } from "../../../../../../types"
import { idempotent } from "../../../../../utils/idempotency"

/** Issue 11 s.3: the new owner, signed in with the address the link went to, takes the card. */
export const POST = idempotent(async function POST(req: AuthenticatedMedusaRequest<StoreAcceptCardTransferType>, res: MedusaResponse<StoreAcceptWarrantyCardTransferResponse>) {
  const customer_id = req.auth_context.actor_id
  await acceptCardTransferWorkflow(req.scope).run({ input: { id: req.params.id, token: req.validatedBody.token, customer_id } })
  res.json({ warranty_card: await readCard(req, { id: req.params.id, customer_id }, readerLocale(req)) })
})
