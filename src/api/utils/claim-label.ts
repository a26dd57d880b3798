import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { renderClaimLabelPdf, type ClaimLabelInput } from "../../documents/claim-label-pdf"
import { textOf, texts, type Locale } from "../../i18n"
import { warrantyService } from "./warranty-cards"
import { readerLocale } from "./locale"
import { sendPdf } from "./send-pdf"
import { findClaim, type Audience } from "./warranty-claims"

/** R6.5: what the parcel label of a claim prints; given a customer, only their own claim. */
export async function loadClaimLabel(
  container: MedusaContainer,
  filters: { id: string; customer_id?: string },
  locale: Locale
): Promise<ClaimLabelInput> {
  const warranty = warrantyService(container)
  const claim = await findClaim(container, filters)
  const options = await warranty.getSettings()
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
      label: textOf(texts(locale).defect, code) ?? code,
    })),
    sender: contact,
    service: { ...options.service_address, phone: options.service_phone, hours: options.service_hours },
    accessories: acknowledgements.accessories ?? [],
  }
}

/** R6.5: the route of a claim's parcel label (a shopper gets only their own). */
export function claimLabelRoute(audience: Audience) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
    const locale = readerLocale(req)
    const customer_id = audience === "store" ? req.auth_context.actor_id : undefined
    const label = await loadClaimLabel(req.scope, { id: req.params.id, customer_id }, locale)
    sendPdf(res, `${label.ticket_number}-label.pdf`, await renderClaimLabelPdf(label, locale))
  }
}
