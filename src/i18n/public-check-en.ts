/**
 * English texts of the public warranty check by IMEI (issue 11 s.4): the demo storefront's page.
 * `PublicCheckTexts` is this object's type: every other language gives the same keys
 * (`public-check-ro.ts`).
 */
export const publicCheckEn = {
  nav: "Check a warranty",
  title: "Check a warranty",
  intro:
    "Buying a used phone that came from us? Type its IMEI to see whether it is still under our warranty. You see only the model, the warranty's status and its end dates: nothing about who bought it.",
  imeiLabel: "IMEI",
  imeiHint: "15 digits. Dial *#06# on the phone, or look in Settings > General > About (iPhone) or Settings > About phone (Android).",
  submit: "Check",
  resultTitle: "Warranty found",
  product: "Phone",
  status: "Status",
  endsOn: "Warranty until (inclusive)",
  batteryEndsOn: "Battery warranty until (inclusive)",
  pendingNote: "Not delivered yet: the warranty starts on the day of delivery.",
  expiredNote: "The warranty has ended. We can still repair the phone for a fee.",
  notFound: "No warranty found for this IMEI. Check the digits; a phone not bought from us, or whose warranty was cancelled, has none here.",
  invalid: "This is not a valid IMEI: it has 15 digits and its last digit is a check digit. Check what you typed.",
  tooMany: (seconds: number) => `Too many checks from your connection. Try again in ${seconds} seconds.`,
}

export type PublicCheckTexts = typeof publicCheckEn
