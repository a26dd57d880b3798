import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readerLocale } from "../../../../utils/locale"
import { renderWarrantyCardPdf } from "../../../../../documents/warranty-card-pdf"
import { sendPdf } from "../../../../utils/send-pdf"
import { loadCardDocument, warrantyService } from "../../../../utils/warranty-cards"
import type { GetWarrantyCardDocumentParamsType } from "../../../../validators"

/** R1.3: staff print the card at the counter. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetWarrantyCardDocumentParamsType>, res: MedusaResponse) {
  const locale = readerLocale(req)
  const doc = await loadCardDocument(req.scope, req.params.id)
  sendPdf(res, `${doc.card_number}.pdf`, await renderWarrantyCardPdf(doc, locale, { time_zone: warrantyService(req.scope).getOptions().time_zone }))
}
