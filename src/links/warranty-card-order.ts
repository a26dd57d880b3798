import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import WarrantyModule from "../modules/warranty"

/** Read-only: the card stores `order_id`; no link table. */
export default defineLink(
  { linkable: WarrantyModule.linkable.warrantyCard, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
