import { ACCESSORY_COVER, COVERED_FUNCTIONS, Locale } from "../texts"

/** R5.1-R5.2: what a card covers, by the kind of product on it. */
export function coveredItems(
  kind: "device" | "accessory",
  coverage: "full" | "manufacturing_defects",
  locale: Locale
): { code: string; label: string }[] {
  if (kind === "accessory" || coverage === "manufacturing_defects") {
    return [{ code: ACCESSORY_COVER.code, label: ACCESSORY_COVER.label[locale] }]
  }
  return COVERED_FUNCTIONS.map((f) => ({ code: f.code, label: f.label[locale] }))
}
