import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import WarrantyModule from "../modules/warranty"

/** Read-only: the card stores `customer_id`; no link table. */
export default defineLink(
  { linkable: WarrantyModule.linkable.warrantyCard, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
