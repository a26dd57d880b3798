import type { MedusaRequest } from "@medusajs/framework/http"
import { isLocale, type Locale } from "../../i18n"
import { warrantyService } from "./warranty-cards"

/**
 * The reader's language: Medusa resolves `?locale=` or the `x-medusa-locale` header into
 * `req.locale` (e.g. `en-US`); a language the text catalogue does not have falls back to the
 * shop's default.
 */
export function readerLocale(req: MedusaRequest): Locale {
  const lang = (req.locale ?? "").split(/[-_]/)[0].toLowerCase()
  if (isLocale(lang)) {
    return lang
  }
  return warrantyService(req.scope).getOptions().default_locale
}
