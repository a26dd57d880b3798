import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { ClaimLabelInput } from "../../documents/claim-label-pdf"
import { ACCESSORY_COVER, COVERED_FUNCTIONS, type Locale } from "../../modules/warranty/texts"
import { warrantyService } from "./warranty-cards"

const DEFECT_LABELS = new Map([...COVERED_FUNCTIONS, ACCESSORY_COVER].map((f) => [f.code, f.label]))

/** R6.5: what the parcel label of a claim prints; given a customer, only their own claim. */
export async function loadClaimLabel(
  container: MedusaContainer,
  filters: { id: string; customer_id?: string },
  locale: Locale
): Promise<ClaimLabelInput> {
  const warranty = warrantyService(container)
  const [claim] = await warranty.listWarrantyClaims(filters, { take: 1 })
  if (!claim) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty claim with id: ${filters.id} was not found`)
  }
  const options = warranty.getOptions()
  const contact = claim.contact as unknown as ClaimLabelInput["sender"]
  const acknowledgements = claim.acknowledgements as unknown as { accessories?: string[] }
  return {
    ticket_number: claim.ticket_number,
    shop_name: options.shop_name,
    filed_on: claim.filed_on,
    delivery_method: claim.delivery_method,
    product_title: claim.product_title,
    variant_title: claim.variant_title,
    serial_number: claim.serial_number,
    defects: (claim.defects as unknown as string[]).map((code) => ({
      code,
      label: DEFECT_LABELS.get(code)?.[locale] ?? code,
    })),
    sender: contact,
    service: { ...options.service_address, phone: options.service_phone, hours: options.service_hours },
    accessories: acknowledgements.accessories ?? [],
  }
}
