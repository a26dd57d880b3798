/**
 * The API's 400 messages name the field they are about: the plugin's own rules as
 * `field: what is wrong` (`currency_code: the order was paid in RON; ...`), the request schemas as
 * `field must ...` or Medusa's `... for field 'field' ...`, several joined by "; ". This splits a
 * message onto the drawer's fields; what names none of them stays a general message.
 */
export type FieldErrors<F extends string> = { fields: Partial<Record<F, string>>; general: string | null }

const PATTERNS = [/^([a-z_]+(?:\[\])?):\s/, /^([a-z_]+) must\b/, /field '([a-z_]+)/i, /^Field '([a-z_]+)/]

function fieldOf(part: string): string | null {
  for (const pattern of PATTERNS) {
    const match = part.match(pattern)
    if (match) {
      return match[1].replace(/\[\]$/, "")
    }
  }
  return null
}

/** Removes the `field: ` (or `field ` before "must") a message starts with: the field's label already says it. */
const withoutField = (part: string, field: string) => part.replace(new RegExp(`^${field}(\\[\\])?(:\\s*|\\s+(?=must\\b))`), "")

const capitalize = (text: string) => (text ? text[0].toUpperCase() + text.slice(1) : text)

/** Medusa's wording of a schema's limits, as a person says it under the field. */
function plainLimits(part: string): string {
  return part
    .replace(/^Value for field '[^']+' too big, expected at most: '([^']+)'$/, "Must be at most $1")
    .replace(/^Value for field '[^']+' too small, expected at least: '([^']+)'$/, "Must be at least $1")
    .replace(/^Field '[^']+' is required$/, "Required")
}

export function splitFieldErrors<F extends string>(message: string, fields: readonly F[]): FieldErrors<F> {
  // Medusa joins up to three schema problems with "; "; a rule's own message is one problem
  // (and may hold a "; " of its own).
  const schema = /^Invalid request:\s*/.test(message)
  const parts = schema ? message.replace(/^Invalid request:\s*/, "").split(/;\s+/) : [message]
  const result: FieldErrors<F> = { fields: {}, general: null }
  const general: string[] = []
  for (const part of parts) {
    const field = fieldOf(part.trim())
    if (field && (fields as readonly string[]).includes(field)) {
      const f = field as F
      const text = capitalize(plainLimits(withoutField(part.trim(), field)))
      result.fields[f] = result.fields[f] ? `${result.fields[f]} ${text}` : text
    } else {
      general.push(part.trim())
    }
  }
  result.general = general.length ? general.join("; ") : null
  return result
}
