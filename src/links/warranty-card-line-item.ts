import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import WarrantyModule from "../modules/warranty"

/** Read-only: the card stores `line_item_id`; no link table. */
export default defineLink(
  { linkable: WarrantyModule.linkable.warrantyCard, field: "line_item_id" },
  OrderModule.linkable.orderLineItem,
  { readOnly: true }
)
