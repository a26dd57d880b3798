import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCards } from "../../utils/warranty-cards"
import type { AdminGetWarrantyCardsParamsType } from "../../validators"
import type { AdminWarrantyCardListResponse } from "../../../types"

/** R1.3: staff look cards up by card number, IMEI/serial, order, customer or product. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetWarrantyCardsParamsType>, res: MedusaResponse<AdminWarrantyCardListResponse>) {
  const { q, order_id, customer_id, product_id, serial_number, card_number, status, battery_replacement_due } =
    req.validatedQuery
  const like = q ? `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null
  res.json(
    await listCards(
      req,
      [
        like ? { $or: [{ card_number: { $ilike: like } }, { serial_number: { $ilike: like } }] } : null,
        order_id ? { order_id } : null,
        customer_id ? { customer_id } : null,
        product_id ? { product_id } : null,
        serial_number ? { serial_number } : null,
        card_number ? { card_number } : null,
        battery_replacement_due !== undefined ? { battery_replacement_due } : null,
      ],
      status,
      "admin"
    )
  )
}
