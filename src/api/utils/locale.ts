import type { MedusaRequest } from "@medusajs/framework/http"
import type { Locale } from "../../modules/warranty/texts"
import { warrantyService } from "./warranty-cards"

/**
 * The reader's language: Medusa resolves `?locale=` or the `x-medusa-locale` header into
 * `req.locale` (e.g. `en-US`); anything that is not Romanian or English falls back to the
 * shop's default.
 */
export function readerLocale(req: MedusaRequest): Locale {
  const lang = (req.locale ?? "").slice(0, 2).toLowerCase()
  if (lang === "ro" || lang === "en") {
    return lang
  }
  return warrantyService(req.scope).getOptions().default_locale
}
