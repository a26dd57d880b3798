import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import { CardTransferStatus } from "../../modules/warranty/models/warranty-card-transfer"
import type WarrantyModuleService from "../../modules/warranty/service"
import { hashTransferToken } from "./create-card-transfer"
import type { CustomerRow } from "./retrieve-customer"

/**
 * Issue 11 s.3: the open transfer of this card whose token this is, for this account. A wrong
 * token, one used, canceled or expired, or an account with another e-mail address is refused
 * with a message saying which.
 */
export const findCardTransferStep = createStep(
  "find-card-transfer",
  async (input: { warranty_card_id: string; token: string; customer: CustomerRow; now: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [transfer] = await warranty.listWarrantyCardTransfers(
      { warranty_card_id: input.warranty_card_id, token_hash: hashTransferToken(input.token) },
      { take: 1 }
    )
    if (!transfer) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "token: this transfer link is not valid for this card; open the full link from the e-mail")
    }
    if (transfer.status === CardTransferStatus.ACCEPTED) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "token: this transfer link was already used; it works once")
    }
    if (transfer.status === CardTransferStatus.CANCELED) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "token: this transfer was canceled; ask the owner for a new link")
    }
    if (new Date(transfer.expires_at).getTime() <= new Date(input.now).getTime()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "token: this transfer link has expired; ask the owner for a new one")
    }
    if (!input.customer.has_account || (input.customer.email ?? "").toLowerCase() !== transfer.email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "This transfer is for another account: sign in with the e-mail address the link was sent to"
      )
    }
    return new StepResponse(transfer)
  }
)
