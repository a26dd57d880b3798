import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderClaimLabelPdf } from "../../../../../documents/claim-label-pdf"
import { loadClaimLabel } from "../../../../utils/claim-label"
import { readerLocale } from "../../../../utils/locale"
import { sendPdf } from "../../../../utils/send-pdf"

/** R6.5: staff print a claim's parcel label (e.g. for a drop-off at the counter). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const locale = readerLocale(req)
  const label = await loadClaimLabel(req.scope, { id: req.params.id }, locale)
  sendPdf(res, `${label.ticket_number}-label.pdf`, await renderClaimLabelPdf(label, locale))
}
