import { z } from "@medusajs/framework/zod"
import { isLocale, LOCALES } from "../../i18n"

/**
 * `GET /admin/warranty-claims/:id/intake-receipt|handover-receipt`: `?locale=` (a catalogue
 * language, e.g. `ro`, `en` or `en-US`) overrides the claim's own language.
 */
export const GetWarrantyClaimReceiptParams = z
  .object({
    locale: z
      .string()
      .transform((v) => v.split(/[-_]/)[0].toLowerCase())
      .refine(isLocale, { message: `locale must be one of: ${LOCALES.join(", ")}` })
      .optional(),
  })
  .strict()
export type GetWarrantyClaimReceiptParamsType = z.infer<typeof GetWarrantyClaimReceiptParams>
