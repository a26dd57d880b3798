/** R4.5: is this product one of the OEM-battery iPhone models (Art. 3.1)? */
export function isOemBatteryModel(productTitle: string, models: string[]): boolean {
  const title = ` ${productTitle.toLowerCase().replace(/\s+/g, " ").trim()} `
  return models.some((m) => title.includes(` ${m.toLowerCase().trim()} `))
}

/** R4.3: a sale reading under the threshold obliges the shop to replace the battery (Art. 3.1). */
export function saleReadingNeedsReplacement(percent: number | null, threshold: number): boolean {
  return percent !== null && percent < threshold
}
