import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CardTransferStatus } from "../../../../../modules/warranty/models/warranty-card-transfer"
import { requestCardTransferWorkflow } from "../../../../../workflows/request-card-transfer"
import { readerLocale } from "../../../../utils/locale"
import { publicTransfer } from "../../../../utils/card-owners"
import { warrantyService } from "../../../../utils/warranty-cards"
import type { StoreRequestCardTransferType } from "../../../../validators"
import type { StoreWarrantyCardTransferResponse, StoreWarrantyCardTransferStateResponse } from "../../../../../types"
import { idempotent } from "../../../../utils/idempotency"

/** Issue 11 s.3: whether the shop transfers cards (the storefront hides the button if not) and the open transfer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreWarrantyCardTransferStateResponse>) {
  const warranty = warrantyService(req.scope)
  const [card] = await warranty.listWarrantyCards({ id: req.params.id, customer_id: req.auth_context.actor_id }, { select: ["id"], take: 1 })
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${req.params.id} was not found`)
  }
  const [open] = await warranty.listWarrantyCardTransfers(
    { warranty_card_id: card.id, status: CardTransferStatus.REQUESTED, expires_at: { $gt: new Date() } },
    { order: { created_at: "DESC" }, take: 1 }
  )
  res.json({ card_transfers: (await warranty.getSettings()).card_transfers, warranty_card_transfer: open ? publicTransfer(open) : null })
}

/** Issue 11 s.3: the owner hands the card on; the new owner gets a one-time link by e-mail. */
export const POST = idempotent(async function POST(req: AuthenticatedMedusaRequest<StoreRequestCardTransferType>, res: MedusaResponse<StoreWarrantyCardTransferResponse>) {
  const { result } = await requestCardTransferWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id, email: req.validatedBody.email, locale: readerLocale(req) },
  })
  res.status(201).json({ warranty_card_transfer: publicTransfer(result) })
})
