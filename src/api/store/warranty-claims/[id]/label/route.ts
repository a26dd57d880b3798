import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderClaimLabelPdf } from "../../../../../documents/claim-label-pdf"
import { loadClaimLabel } from "../../../../utils/claim-label"
import { readerLocale } from "../../../../utils/locale"
import { sendPdf } from "../../../../utils/send-pdf"

/** R6.5: the parcel label of the shopper's own claim. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const locale = readerLocale(req)
  const label = await loadClaimLabel(req.scope, { id: req.params.id, customer_id: req.auth_context.actor_id }, locale)
  sendPdf(res, `${label.ticket_number}-label.pdf`, await renderClaimLabelPdf(label, locale))
}
