import { createHash, randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import { CardTransferStatus } from "../../modules/warranty/models/warranty-card-transfer"
import type WarrantyModuleService from "../../modules/warranty/service"

/** The SHA-256 of a transfer token, as stored: the token itself is only in the e-mail. */
export const hashTransferToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex")

export type CreateCardTransferInput = {
  warranty_card_id: string
  from_customer_id: string
  email: string
  locale: string | null
  /** When the link stops working. */
  expires_at: Date
}

/**
 * Issue 11 s.3: opens a card transfer with a fresh one-time token (256 random bits); an earlier
 * open transfer of the card is canceled, so only the latest link works.
 */
export const createCardTransferStep = createStep(
  "create-card-transfer",
  async (input: CreateCardTransferInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const open = await warranty.listWarrantyCardTransfers(
      { warranty_card_id: input.warranty_card_id, status: CardTransferStatus.REQUESTED },
      { select: ["id"] }
    )
    if (open.length) {
      await warranty.updateWarrantyCardTransfers(
        open.map((t) => ({ id: t.id, status: CardTransferStatus.CANCELED, canceled_at: new Date() }))
      )
    }
    const token = randomBytes(32).toString("base64url")
    const transfer = await warranty.createWarrantyCardTransfers({ ...input, token_hash: hashTransferToken(token) })
    return new StepResponse({ transfer, token }, { id: transfer.id, reopened: open.map((t) => t.id) })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.deleteWarrantyCardTransfers(undo.id)
    if (undo.reopened.length) {
      await warranty.updateWarrantyCardTransfers(
        undo.reopened.map((id) => ({ id, status: CardTransferStatus.REQUESTED, canceled_at: null }))
      )
    }
  }
)
