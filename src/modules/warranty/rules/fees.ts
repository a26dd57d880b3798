/**
 * R8.4: the diagnostic fee in a currency (a claim's order currency), or null when the shop set
 * none for it: then no fee is made due (never a fee in another currency than the order's).
 */
export function diagnosticFeeFor(
  fees: { amount: number; currency_code: string }[],
  currency_code: string | null | undefined
): { amount: number; currency_code: string } | null {
  const wanted = currency_code?.toLowerCase()
  const fee = wanted ? fees.find((f) => f.currency_code === wanted) : undefined
  return fee ? { amount: fee.amount, currency_code: fee.currency_code } : null
}
