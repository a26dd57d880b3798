import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * Issue 11 s.3: a card that may change hands now: transfers are on in this shop, the card exists
 * (given an owner, it is theirs: someone else's is missing too), it is not void, and no claim on
 * it is open (the device may be at the service; a transfer waits for the claim to close).
 */
export const loadTransferableCardStep = createStep(
  "load-transferable-card",
  async (input: { id: string; customer_id?: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    if (!(await warranty.getSettings()).card_transfers) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "card_transfers: this shop does not transfer warranty cards to another owner (card transfers are off under Settings -> Warranty or in the plugin option card_transfers)"
      )
    }
    const filters = input.customer_id !== undefined ? { id: input.id, customer_id: input.customer_id } : { id: input.id }
    const [card] = await warranty.listWarrantyCards(filters, { take: 1 })
    if (!card) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty card with id: ${input.id} was not found`)
    }
    if (card.status === "void") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `warranty_card: ${card.card_number} is void; a void card cannot be transferred`)
    }
    const [open] = await warranty.listWarrantyClaims(
      { warranty_card_id: card.id, status: { $nin: ["closed", "canceled"] } },
      { select: ["id", "ticket_number", "status"], take: 1 }
    )
    if (open) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `warranty_card: claim ${open.ticket_number} on ${card.card_number} is open (${open.status}); the card can be transferred once that claim is closed`
      )
    }
    return new StepResponse(card)
  }
)
