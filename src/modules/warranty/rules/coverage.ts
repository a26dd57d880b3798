import { texts, type Locale } from "../../../i18n"
import { ACCESSORY_DEFECT_CODE, DEVICE_DEFECT_CODES, type DefectCode } from "../codes"

/** R5.1-R5.2: what a card covers, by the kind of product on it. */
export function coveredItems(
  kind: "device" | "accessory",
  coverage: "full" | "manufacturing_defects",
  locale: Locale
): { code: DefectCode; label: string }[] {
  const t = texts(locale)
  if (kind === "accessory" || coverage === "manufacturing_defects") {
    return [{ code: ACCESSORY_DEFECT_CODE, label: t.defect[ACCESSORY_DEFECT_CODE] }]
  }
  return DEVICE_DEFECT_CODES.map((code) => ({ code, label: t.defect[code] }))
}
