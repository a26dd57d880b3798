/**
 * The text catalogue: one file per language, registered here. A language registered here is a
 * valid locale everywhere: the plugin's `default_locale`, `?locale=` and `x-medusa-locale`,
 * the PDFs and the e-mails. Pure data and functions, no Node or Medusa imports: the dashboard
 * and a browser storefront import it too.
 */
import type { Catalogue } from "./catalogue"
import type { ClaimMessage, ClaimNotificationInput, ClaimNotificationKind } from "./claim-email"
import { en } from "./en"
import { ro } from "./ro"

/** Every language, by its code. To add one: its file, one import, one entry here. */
export const CATALOGUES = { ro, en } satisfies Record<string, Catalogue>

export type Locale = keyof typeof CATALOGUES

export const LOCALES = Object.keys(CATALOGUES) as [Locale, ...Locale[]]

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(CATALOGUES, value)
}

/** Every text in one language. */
export function texts(locale: Locale): Catalogue {
  return CATALOGUES[locale]
}

/** One text in every language, for a record that keeps the words a shopper was given. */
export function inEveryLocale<T>(pick: (t: Catalogue) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, pick(CATALOGUES[l])])) as Record<Locale, T>
}

/** A code's text, or undefined for a code the section does not know (old or foreign data). */
export function textOf<T>(section: Record<string, T>, code: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(section, code) ? section[code] : undefined
}

/** The subject and body of one claim e-mail in the shopper's language. */
export function claimNotificationText<K extends ClaimNotificationKind>(
  kind: K,
  locale: Locale,
  data: ClaimNotificationInput[K]
): ClaimMessage {
  const write: Catalogue["claim_email"][K] = texts(locale).claim_email[kind]
  return write(data)
}

export type { Catalogue, StorefrontTexts } from "./catalogue"
export * from "./claim-email"
