import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCards } from "../../utils/warranty-cards"
import { cardSearchFilter, withShoppers } from "../../utils/warranty-search"
import type { AdminGetWarrantyCardsParamsType } from "../../validators"
import type { AdminWarrantyCardListResponse } from "../../../types"

/**
 * R1.3: staff look cards up by card number, IMEI/serial, product, the shopper (name, e-mail,
 * phone), order, customer or product; each card comes with its shopper, named.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminGetWarrantyCardsParamsType>, res: MedusaResponse<AdminWarrantyCardListResponse>) {
  const { q, order_id, customer_id, product_id, serial_number, card_number, status, battery_replacement_due } =
    req.validatedQuery
  const list = await listCards(
    req,
    [
      q ? await cardSearchFilter(req.scope, q) : null,
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
  res.json({ ...list, warranty_cards: await withShoppers(req.scope, list.warranty_cards) })
}
