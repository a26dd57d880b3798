/**
 * What a clerk types in a list's search box, read the ways they type it: a ticket or card number
 * in any case, with spaces or dashes or none (`wr 2026 42`, `WR2026000042`), an IMEI in groups
 * (`35 209 ...`, `35-209-...`), a name, an e-mail or a phone number in any format. Pure: the
 * filters built from it are in `warranty-search.ts`.
 */

import { passesLuhn } from "../../modules/warranty/rules/serial"

type Filter = Record<string, unknown>

/** `%text%` for ILIKE, with LIKE's own wildcards taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`
}

const SEPARATORS = /[\s-]+/g

/**
 * The forms a typed ticket or card number may be stored in (`PREFIX-YYYY-NNNNNN`): as typed with
 * its separators made dashes, and, typed without separators, with the dashes put back after a
 * known prefix and after the year. Partial numbers stay partial (`000042`, `2026-00004`).
 */
export function numberForms(q: string, prefixes: string[]): string[] {
  const typed = q.trim()
  const forms = new Set<string>([typed.replace(SEPARATORS, "-")])
  const compact = typed.replace(SEPARATORS, "").toUpperCase()
  const dated = (digits: string) => (digits.length > 4 ? `${digits.slice(0, 4)}-${digits.slice(4)}` : digits)
  for (const prefix of prefixes) {
    const rest = compact.startsWith(prefix) ? compact.slice(prefix.length) : null
    if (rest && /^\d+$/.test(rest)) {
      forms.add(`${prefix}-${dated(rest)}`)
    }
  }
  // The year and the sequence without the prefix (`2026000042`).
  if (/^20\d{3,8}$/.test(compact)) {
    forms.add(dated(compact))
  }
  return [...forms].filter(Boolean)
}

/**
 * The forms a typed IMEI or serial may be stored in: IMEIs as their digits, other serials as
 * typed, their separators as dashes (`sn px8 0042` finds `SN-PX8-0042`) or left out.
 */
export function serialForms(q: string): string[] {
  const typed = q.trim()
  return [...new Set([typed, typed.replace(SEPARATORS, "-"), typed.replace(SEPARATORS, "")])].filter(Boolean)
}

/** `$or` of ILIKE on the column for each form. */
export function anyForm(column: string, forms: string[]): Filter[] {
  return forms.map((form) => ({ [column]: { $ilike: likePattern(form) } }))
}

/**
 * A 15-digit number (spaces or dashes allowed) that passes the Luhn check is an IMEI (R1.2), not a
 * phone: a Romanian number has 11 digits with its country code. Reading it as a phone too would
 * scan every customer's phone for each IMEI a clerk types.
 */
export function isImei(q: string): boolean {
  const digits = q.trim().replace(SEPARATORS, "")
  return /^\d{15}$/.test(digits) && passesLuhn(digits)
}

/**
 * A ticket or card number typed with its prefix (`WR-2026-000042`, `wc2026000042`): the prefix
 * and digits only. No shopper is named so, so it is not looked up among the customers.
 */
export function isPrefixedNumber(q: string, prefixes: string[]): boolean {
  const compact = q.trim().replace(SEPARATORS, "").toUpperCase()
  return prefixes.some((prefix) => compact.startsWith(prefix.toUpperCase()) && /^\d+$/.test(compact.slice(prefix.length)))
}

/**
 * A phone number typed with any separators, as a regular expression over the stored number: its
 * digits in order with anything but digits between them. A leading 0 (a national prefix such as
 * Romania's `0712 ...`) is left out, so it also finds the number stored with its country code
 * (`+40 712 ...`). Null when the text is not a phone number (letters, or fewer than 6 digits).
 */
export function phonePattern(q: string): string | null {
  const typed = q.trim()
  if (!/^[\d\s()+./-]+$/.test(typed) || isImei(typed)) {
    return null
  }
  const digits = typed.replace(/\D/g, "").replace(/^0+/, "")
  if (digits.length < 6 || digits.length > 15) {
    return null
  }
  return digits.split("").join("[^0-9]*")
}

/**
 * The filter on Medusa's customers for a name, e-mail or phone: every word that holds a letter
 * (names, e-mails) appears in the first name, last name, e-mail or company; or the text is a
 * phone number. Null when the text can name no customer (an IMEI, a bare number, a ticket or
 * card number with one of `numberPrefixes`).
 */
export function shopperFilter(q: string, numberPrefixes: string[] = []): Filter | null {
  if (isPrefixedNumber(q, numberPrefixes)) {
    return null
  }
  const words = q.trim().split(/\s+/).filter(Boolean)
  const parts: Filter[] = []
  if (words.some((w) => /\p{L}/u.test(w))) {
    parts.push({
      $and: words.map((word) => ({
        $or: ["first_name", "last_name", "email", "company_name", "phone"].map((field) => ({
          [field]: { $ilike: likePattern(word) },
        })),
      })),
    })
  }
  const phone = phonePattern(q)
  if (phone) {
    parts.push({ phone: { $re: phone } })
  }
  return parts.length === 0 ? null : parts.length === 1 ? parts[0] : { $or: parts }
}
