import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

/**
 * R1.1: one device, one card. An IMEI/serial already on another card that is not void is refused
 * with 422 naming that card (Medusa replaces the message of a 409 with a generic one).
 */
export const validateSerialNumberFreeStep = createStep(
  "validate-serial-number-free",
  async (input: { card_id: string; serial_number?: string | null }, { container }) => {
    if (!input.serial_number) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const taken = await warranty.listWarrantyCards(
      { serial_number: input.serial_number, id: { $ne: input.card_id }, status: { $ne: "void" } },
      { select: ["id", "card_number"], take: 1 }
    )
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `serial_number ${input.serial_number} is already on warranty card ${taken[0].card_number}`
      )
    }
  }
)
