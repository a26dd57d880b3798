/**
 * The plugin's one text catalogue (`src/i18n`): pure data and functions, no Node or Medusa
 * imports, so the browser bundle takes it as it is. The storefront's own labels are its
 * `storefront` section; everything else (card statuses, battery sources, the R6.3 checklist...)
 * is the same text the API, the PDFs and the e-mails use. A language added there shows up here,
 * in the language switch too.
 */
export { isLocale, LOCALES, texts, type Catalogue, type Locale } from "../../../src/i18n"
