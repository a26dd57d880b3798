import { readdirSync, readFileSync, existsSync } from "fs"
import { join, relative } from "path"
import { CATALOGUES, CLAIM_NOTIFICATION_KINDS, isLocale, LOCALES } from ".."
import type { WarrantyClaimBase, WarrantyOfferStatus } from "../../types"
import {
  DEFECT_CODES,
  ELIGIBILITY_REASON_CODES,
  EXCLUSION_REASON_CODES,
  EXTENSION_REASON_CODES,
} from "../../modules/warranty/codes"
import { BatteryKind, BatteryReadingSource } from "../../modules/warranty/models/battery-health-record"
import { DeliveryKind, WarrantyCardStatus } from "../../modules/warranty/models/warranty-card"
import { ClaimCover, ClaimStatus } from "../../modules/warranty/models/warranty-claim"
import { WarrantyCoverage } from "../../modules/warranty/models/warranty-policy"
import { CardOwnerSource } from "../../modules/warranty/models/warranty-card-owner"
import { OFFER_BLOCKS, OFFER_KINDS, OFFER_OPTIONS, TRADE_IN_REASONS, VALUE_BASES } from "../../modules/warranty/rules/claim-offers"
import { CLAIM_MOVE_EVENTS } from "../../modules/warranty/rules/claim-transitions"

/** The codes of a type that has no list at run time: the `Record` makes the list exhaustive. */
const codesOf = <T extends string>(codes: Record<T, true>) => Object.keys(codes)

/**
 * The catalogue's two promises: every language has every text (same keys, same kind, same
 * arguments), and every text is read somewhere.
 *
 * "Read" means the source (`src`, and `storefront/src` for the storefront's labels, outside
 * the language files and the tests) names the text by its whole path from the catalogue, as in
 * `texts(locale).claim_label.packing_advice`, `t.card.document.title` or the demo storefront's
 * `t.storefront.nav.cart(count)`. A section keyed by API
 * codes is read as a whole (`t.claim.status[status]`, `textOf(t.defect, code)`): its keys must be
 * exactly the codes, listed below. A text read only through an alias (`const d = t.card;
 * d.status`) does not count: name it by its path.
 */
const CODE_KEYED: Record<string, readonly string[]> = {
  defect: DEFECT_CODES,
  "card.status": Object.values(WarrantyCardStatus),
  "card.coverage": Object.values(WarrantyCoverage),
  "card.delivery_kind": Object.values(DeliveryKind),
  "card.start_rule": Object.values(DeliveryKind),
  "card.battery_source": Object.values(BatteryReadingSource),
  "card.battery_kind": Object.values(BatteryKind),
  "claim.status": Object.values(ClaimStatus),
  // `submit` is the filing itself, recorded on the timeline but not a move of the table; nor is
  // `add_photos` (R11.4), a log line without a status change.
  "claim.move": [...Object.keys(CLAIM_MOVE_EVENTS), "submit", "add_photos"],
  "claim.exclusion_reason": EXCLUSION_REASON_CODES,
  "claim.eligibility": ELIGIBILITY_REASON_CODES,
  "claim.offer_option": OFFER_OPTIONS,
  "claim.offer_detail": OFFER_OPTIONS,
  "claim.offer_blocked": OFFER_BLOCKS,
  claim_email: CLAIM_NOTIFICATION_KINDS,
  // Issue 11 s.3: how a card changed hands, in the owner log.
  "ownership.owner_source": Object.values(CardOwnerSource),
  // The storefront's own labels of API codes that the rest of the catalogue does not name.
  "storefront.covers": Object.values(ClaimCover).filter((c) => c !== ClaimCover.PAID),
  "storefront.claim.dueBasis": codesOf<NonNullable<WarrantyClaimBase["due_basis"]>>({ legal: true, commercial: true }),
  "storefront.claim.extensionReason": EXTENSION_REASON_CODES,
  "storefront.offer.kind": OFFER_KINDS,
  "storefront.offer.basis": VALUE_BASES,
  "storefront.offer.tradeInReason": TRADE_IN_REASONS,
  "storefront.offer.status": codesOf<WarrantyOfferStatus>({ open: true, accepted: true, declined: true, expired: true, replaced: true }),
}

type Leaf = { path: string; kind: "string" | "function"; arity: number; value: unknown }

/** Every text of a catalogue, by its dotted path; objects are sections, not texts. */
function leaves(node: unknown, path: string[] = []): Leaf[] {
  if (typeof node === "string") {
    return [{ path: path.join("."), kind: "string", arity: 0, value: node }]
  }
  if (typeof node === "function") {
    return [{ path: path.join("."), kind: "function", arity: node.length, value: node }]
  }
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([key, child]) => leaves(child, [...path, key]))
  }
  throw new Error(`${path.join(".")} is neither a text, a function nor a section`)
}

/** Every section (object) path, so that an empty section still counts as present. */
function sections(node: unknown, path: string[] = []): string[] {
  if (!node || typeof node !== "object") {
    return []
  }
  return [path.join("."), ...Object.entries(node).flatMap(([key, child]) => sections(child, [...path, key]))]
}

const ROOT = join(__dirname, "..", "..", "..")
const LANGUAGE_FILES = new Set([...LOCALES.map((l) => `src/i18n/${l}.ts`), "src/i18n/catalogue.ts"])

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return []
  }
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" || entry.name === "node_modules" ? [] : sourceFiles(full)
    }
    return /\.(ts|tsx)$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** The code that may read texts: the plugin and the demo storefront, without the texts themselves. */
const SOURCE = [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "storefront", "src"))]
  .filter((file) => !LANGUAGE_FILES.has(relative(ROOT, file).split("\\").join("/")))
  .map((file) => readFileSync(file, "utf8"))
  .join("\n")

const escape = (path: string) => path.split(".").join("\\.")
/** `.a.b.c` not followed by more of a name or a deeper key. */
const readsWhole = (path: string) => new RegExp(`\\.${escape(path)}(?![\\w$])(?!\\s*\\??\\.\\w)`).test(SOURCE)
/** `.a.b.c` not followed by more of a name (a deeper key may follow). */
const readsLeaf = (path: string) => new RegExp(`\\.${escape(path)}(?![\\w$])`).test(SOURCE)

const en = leaves(CATALOGUES.en)
const codeKeyedOf = (path: string) => Object.keys(CODE_KEYED).find((section) => path.startsWith(`${section}.`))

describe("the text catalogue", () => {
  it("registers its languages under their codes", () => {
    expect(LOCALES).toEqual(expect.arrayContaining(["ro", "en"]))
    for (const locale of LOCALES) {
      expect(isLocale(locale)).toBe(true)
    }
    expect(isLocale("xx")).toBe(false)
    expect(isLocale("toString")).toBe(false)
  })

  for (const locale of LOCALES) {
    it(`${locale} has every text of en, of the same kind and arguments, and nothing more`, () => {
      const other = leaves(CATALOGUES[locale])
      const byPath = new Map(other.map((l) => [l.path, l]))
      const missing = en.filter((l) => !byPath.has(l.path)).map((l) => l.path)
      const extra = other.filter((l) => !en.some((e) => e.path === l.path)).map((l) => l.path)
      const different = en
        .filter((l) => byPath.has(l.path))
        .filter((l) => {
          const o = byPath.get(l.path)!
          return o.kind !== l.kind || o.arity !== l.arity
        })
        .map((l) => `${l.path} (${l.kind}/${l.arity} in en)`)
      expect({ missing, extra, different }).toEqual({ missing: [], extra: [], different: [] })
      expect(sections(CATALOGUES[locale]).sort()).toEqual(sections(CATALOGUES.en).sort())
    })

    it(`${locale} has no empty text`, () => {
      const empty = leaves(CATALOGUES[locale]).filter((l) => typeof l.value === "string" && !l.value.trim())
      expect(empty.map((l) => l.path)).toEqual([])
    })
  }

  it("keys each code-keyed section by exactly the API's codes", () => {
    for (const [section, codes] of Object.entries(CODE_KEYED)) {
      const node = section.split(".").reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], CATALOGUES.en)
      expect({ section, keys: Object.keys(node as object).sort() }).toEqual({ section, keys: [...codes].sort() })
    }
  })

  it("reads every text somewhere (by its path), and every code-keyed section as a whole", () => {
    const unread = [
      ...Object.keys(CODE_KEYED).filter((section) => !readsWhole(section)),
      ...en.filter((l) => !codeKeyedOf(l.path) && !readsLeaf(l.path)).map((l) => l.path),
    ]
    expect(unread).toEqual([])
  })
})
