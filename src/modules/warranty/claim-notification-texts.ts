/**
 * The shopper's e-mails about a warranty claim, in Romanian and English: one subject and one
 * plain-text body per notification, built from the data each one needs. Pure: no I/O, no clock.
 */
import type { OfferKind, OfferOption, TradeInReason, ValueBasis } from "./rules/claim-offers"
import { STATUTORY_RIGHTS_STATEMENT, WARRANTY_DAYS, type Locale } from "./texts"

/** The claim events that notify the shopper (`warranty_claim.<kind>`). */
export const CLAIM_NOTIFICATION_KINDS = [
  "submitted",
  "received",
  "quoted",
  "return_details_requested",
  "return_shipped",
  "rejected",
  "overdue",
  "offer_made",
  "offer_expiring",
  "offer_accepted",
  "offer_declined",
  "offer_expired",
  "fee_due",
  "fee_paid",
  "fee_waived",
  "resolved",
] as const

export type ClaimNotificationKind = (typeof CLAIM_NOTIFICATION_KINDS)[number]

export function isClaimNotificationKind(value: string): value is ClaimNotificationKind {
  return (CLAIM_NOTIFICATION_KINDS as readonly string[]).includes(value)
}

/** The template name a provider (or a shop's own e-mail templates) keys on. */
export function claimNotificationTemplate(kind: ClaimNotificationKind): string {
  return `warranty-claim-${kind.replace(/_/g, "-")}`
}

export type Money = { amount: number; currency_code: string }

type Base = {
  ticket_number: string
  product_title: string
  /** Where the shopper follows the claim. */
  claim_url: string
  /** The contact name given at filing, for the greeting. */
  name?: string | null
  /** Signs the mail. */
  shop_name: string
}

export type ClaimNotificationInput = {
  /** R6.1-R6.5: filed. */
  submitted: Base & { label_url: string }
  /** R7.1, R11.2: the device reached the workshop; the service clock runs to `due_on`. */
  received: Base & { due_on: string | null }
  /** R7.3, R8.4: a repair quote waiting for the shopper's answer. */
  quoted: Base & {
    quote: Money & { estimated_days: number; parts_to_order?: string[]; diagnostic_fee?: Money | null }
  }
  /** R7.4: service ended; the device goes back only once the return details are confirmed. */
  return_details_requested: Base & { delivery_method?: "drop_off" | "courier" }
  /** Shipped back. */
  return_shipped: Base & { carrier: string; tracking_number: string }
  /** R9: not covered; `reason_text` is the customer-facing text of the R9 code. */
  rejected: Base & { reason_text: string; note?: string | null; fee?: Money | null }
  /** R7.1 / R11.2: the service period passed. */
  overdue: Base & { due_on: string; due_basis: "legal" | "commercial" | null; service_phone?: string | null }
  /** R8.2, R8.3, R8.5: a resolution offer waiting for the shopper's choice until `expires`. */
  offer_made: Base & { offer: OfferSummary }
  /** Reminder before the offer lapses (then R6.2: the device goes back at the shopper's cost). */
  offer_expiring: Base & { offer: OfferSummary }
  /** R8.2-R8.5: what happens next for the option the shopper took. */
  offer_accepted: Base & AcceptedOffer
  /** R6.2, R7.4: declined; the device goes back at the shopper's cost once the return details are confirmed. */
  offer_declined: Base & DeviceReturn
  /** Same consequence as a decline. */
  offer_expired: Base & DeviceReturn
  /** R8.4: the diagnostic fee to pay (online or at the counter) before the device goes back. */
  fee_due: Base & { fee: Money; reason: string; delivery_method: "drop_off" | "courier" }
  /** R8.4: a receipt for the fee. */
  fee_paid: Base & DeviceReturn & { fee: Money; paid_on: string; via: "online" | "counter"; reference?: string | null }
  /** R8.4: staff waived the fee; nothing is paid, so this is not a receipt. */
  fee_waived: Base & DeviceReturn & { fee: Money }
  /** R8.2-R8.5: the claim is settled; one line says how. */
  resolved: Base & Outcome
}

/** An instant in the shop's time zone: `YYYY-MM-DD` and, when known, `HH:mm`. */
export type ShopMoment = { day: string; time?: string | null }

/** What the shopper is offered (from `claim.offer`, product titles looked up). */
export type OfferSummary = {
  kind: OfferKind
  /** The valuation (R8.3) or trade-in credit (R8.5); null for a replacement (R8.2). */
  value: Money | null
  basis: ValueBasis | null
  basis_note?: string | null
  trade_in_reason?: TradeInReason | null
  /** Titles of the products staff suggest (R8.5). */
  suggested_products?: string[]
  note?: string | null
  expires: ShopMoment
  /** How long a credit code stays valid once issued (R8.3 a, R8.5). */
  credit_valid_days?: number | null
  /** R8.2: the new unit gets a fresh term instead of keeping the old card's end date (R7.6 spirit). */
  fresh_term?: boolean
}

/** Where the device goes after the offer ends, and whatever is still owed first (R6.2, R7.4, R8.4). */
export type DeviceReturn = {
  delivery_method: "drop_off" | "courier"
  /** R7.4: the shopper already confirmed the return address and phone. */
  return_details_confirmed: boolean
  /** R8.4: fees still due before the device can leave. */
  fee_due?: Money | null
}

export type IssuedCredit = Money & { code: string; expires_on?: string | null }

export type AcceptedOffer = Partial<DeviceReturn> & {
  option: OfferOption
  /** The offer's value, for when the credit or refund is not on the claim yet. */
  value?: Money | null
  /** R8.3 a/b, R8.5: the store-credit code. */
  credit?: IssuedCredit | null
  /** R8.3 c */
  refund?: Money | null
  /** R8.3 b: the product put in the cart. */
  product?: string | null
  /** R8.2: the new unit's card. */
  card?: { ends_on: string | null; same_end_date: boolean } | null
  fresh_term?: boolean
  /** R8.5: the shopper wants the broken device back. */
  return_device?: boolean
}

export type Outcome = {
  /** Null when no offer was taken (an unrepairable device left for recycling). */
  option: OfferOption | null
  credit_code?: string | null
  amount?: Money | null
  recycled: boolean
  return_device: boolean
}

export type ClaimMessage = { subject: string; text: string }

type Builders = {
  [K in ClaimNotificationKind]: Record<Locale, (d: ClaimNotificationInput[K]) => ClaimMessage>
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]

/** `2026-12-05` as `05.12.2026` (ro) or `5 December 2026` (en); anything else as given. */
export function formatDay(day: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) {
    return day
  }
  return locale === "ro" ? `${m[3]}.${m[2]}.${m[1]}` : `${Number(m[3])} ${EN_MONTHS[Number(m[2]) - 1]} ${m[1]}`
}

/**
 * `1.234,50 EUR` (ro) or `EUR 1,234.50` (en). Built by hand rather than with Intl, whose
 * spaces (no-break or not) and symbols vary between ICU versions.
 */
export function formatMoney(money: Money, locale: Locale): string {
  const code = money.currency_code.toUpperCase()
  const [whole, cents] = Math.abs(money.amount).toFixed(2).split(".")
  const sign = money.amount < 0 ? "-" : ""
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "ro" ? "." : ",")
  return locale === "ro" ? `${sign}${grouped},${cents} ${code}` : `${sign}${code} ${grouped}.${cents}`
}

/** A staff-written fragment as a sentence: trimmed, ending in a full stop. */
const sentence = (s: string) => {
  const t = s.trim()
  return /[.!?]$/.test(t) ? t : `${t}.`
}

const greeting = (d: Base, locale: Locale) =>
  locale === "ro" ? (d.name ? `Bună ziua, ${d.name},` : "Bună ziua,") : d.name ? `Hello ${d.name},` : "Hello,"

const closing = (d: Base, locale: Locale) =>
  locale === "ro"
    ? `Puteți urmări cererea ${d.ticket_number} aici: ${d.claim_url}\n\nCu stimă,\nEchipa ${d.shop_name}`
    : `You can follow claim ${d.ticket_number} here: ${d.claim_url}\n\nKind regards,\nThe ${d.shop_name} team`

const body = (d: Base, locale: Locale, paragraphs: (string | null | false | undefined)[]) =>
  [greeting(d, locale), ...paragraphs.filter((p): p is string => !!p), closing(d, locale)].join("\n\n")

/** `05.12.2026, ora 14:30` (ro) or `14:30 on 5 December 2026` (en), in the shop's time zone. */
export function formatMoment(at: ShopMoment, locale: Locale): string {
  const day = formatDay(at.day, locale)
  if (!at.time) {
    return day
  }
  return locale === "ro" ? `${day}, ora ${at.time}` : `${at.time} on ${day}`
}

const BASIS_TEXT: Record<ValueBasis, Record<Locale, string>> = {
  list_price: { ro: "prețul de listă al produsului", en: "the product's list price" },
  market_value: { ro: "valoarea actuală de piață a produsului", en: "the product's current market value" },
}

/** R8.5: why a repair is not offered. */
export const TRADE_IN_REASON_TEXTS: Record<TradeInReason, Record<Locale, string>> = {
  unrepairable: { ro: "dispozitivul nu poate fi reparat", en: "the device cannot be repaired" },
  parts_withdrawn: {
    ro: "piesele necesare pentru reparație nu mai sunt disponibile",
    en: "the parts needed for the repair are no longer available",
  },
  end_of_life: { ro: "modelul a ajuns la sfârșitul duratei de viață", en: "the model has reached the end of its life" },
  repair_too_costly: {
    ro: "reparația ar costa prea mult față de valoarea dispozitivului",
    en: "the repair would cost too much compared with the device's value",
  },
}

/** A few words naming the offer, for reminders. */
function offerInShort(o: OfferSummary, locale: Locale): string {
  const value = o.value ? formatMoney(o.value, locale) : ""
  switch (o.kind) {
    case "replacement":
      return locale === "ro" ? "înlocuirea cu un produs de același model" : "a replacement with a unit of the same model"
    case "valuation":
      return locale === "ro" ? `valoarea de ${value} stabilită pentru dispozitiv` : `the value of ${value} set for your device`
    case "trade_in":
      return locale === "ro" ? `un credit de ${value} pentru un alt dispozitiv` : `a credit of ${value} towards another device`
  }
}

const creditValidity = (days: number | null | undefined, locale: Locale) =>
  days ? (locale === "ro" ? `, valabil ${WARRANTY_DAYS.ro(days)}` : `, valid for ${WARRANTY_DAYS.en(days)},`) : ""

/** R8.2, R8.3, R8.5: what is offered and what each choice leads to. */
function offerParagraphs(d: Base & { offer: OfferSummary }, locale: Locale): (string | null | false | undefined)[] {
  const o = d.offer
  const ro = locale === "ro"
  const value = o.value ? formatMoney(o.value, locale) : ""
  const validity = creditValidity(o.credit_valid_days, locale)
  switch (o.kind) {
    case "replacement":
      return ro
        ? [
            `Dispozitivul ${d.product_title} nu poate fi reparat. Conform garanției, vă oferim în schimb un produs de același model, cu aceleași caracteristici.`,
            `Dacă acceptați, vă trimitem noul produs printr-un schimb pe comanda inițială, iar dispozitivul defect rămâne la noi. ${
              o.fresh_term
                ? "Noul produs primește un certificat de garanție nou."
                : "Garanția noului produs se încheie la aceeași dată ca garanția actuală."
            }`,
          ]
        : [
            `Your ${d.product_title} cannot be repaired. Under the warranty we offer you instead a unit of the same model with the same characteristics.`,
            `If you accept, we send you the new unit through an exchange on your original order, and the faulty device stays with us. ${
              o.fresh_term
                ? "The new unit gets a new warranty card."
                : "The new unit's warranty ends on the same date as your current warranty."
            }`,
          ]
    case "valuation": {
      const basis = o.basis ? BASIS_TEXT[o.basis][locale] : null
      const source = o.basis_note?.trim() ? (ro ? ` (sursa: ${o.basis_note.trim()})` : ` (source: ${o.basis_note.trim()})`) : ""
      return ro
        ? [
            `Dispozitivul ${d.product_title} nu poate fi reparat, iar același model nu mai este disponibil. Conform garanției, l-am evaluat la ${value}${basis ? `, adică ${basis}${source}` : ""}.`,
            [
              "Puteți alege una dintre variantele:",
              `- un alt produs în valoare de ${value}: primiți un cod de reducere de unică folosință${validity}, pe care îl folosiți la finalizarea comenzii;`,
              "- un produs mai scump: aplicăm codul pe un coș cu produsul ales, iar dumneavoastră plătiți diferența la finalizarea comenzii;",
              `- restituirea sumei de ${value} pe metoda de plată folosită la comanda inițială.`,
            ].join("\n"),
          ]
        : [
            `Your ${d.product_title} cannot be repaired and the same model is no longer available. Under the warranty we have valued it at ${value}${basis ? `, ${basis}${source}` : ""}.`,
            [
              "You can choose one of these:",
              `- another product for ${value}: you get a single-use credit code${validity} to use at checkout;`,
              "- a dearer product: we apply the code to a cart with the product you choose and you pay the difference at checkout;",
              `- a refund of ${value} to the payment method of your original order.`,
            ].join("\n"),
          ]
    }
    case "trade_in": {
      const reason = o.trade_in_reason ? TRADE_IN_REASON_TEXTS[o.trade_in_reason][locale] : null
      const suggested = o.suggested_products?.length ? o.suggested_products.join(", ") : null
      return ro
        ? [
            `Nu vă putem oferi o reparație pentru ${d.product_title}${reason ? `: ${reason}` : ""}. Vă propunem în schimb un credit de ${value} pentru un alt dispozitiv, nou sau second-hand, din magazinul nostru.`,
            suggested && `Vă recomandăm: ${suggested}.`,
            `Dacă acceptați, primiți un cod de reducere de unică folosință${validity}, iar dispozitivul defect este reciclat gratuit. Dacă doriți să îl primiți înapoi, vi-l returnăm: gratuit dacă ați cumpărat un alt dispozitiv cu acest credit până la expediere, altfel pe cheltuiala dumneavoastră.`,
          ]
        : [
            `We cannot offer you a repair of your ${d.product_title}${reason ? `: ${reason}` : ""}. Instead we offer you a credit of ${value} towards another device, new or second-hand, from our shop.`,
            suggested && `We suggest: ${suggested}.`,
            `If you accept, you get a single-use credit code${validity} and the faulty device is recycled free of charge. If you want it back, we return it: free of charge if you have bought another device with this credit by the time we ship it, otherwise at your cost.`,
          ]
    }
  }
}

/** R6.2: no answer by the deadline, or a decline, sends the device back at the shopper's cost. */
const offerDeadline = (o: OfferSummary, locale: Locale) =>
  locale === "ro"
    ? `Vă rugăm să acceptați sau să refuzați oferta pe pagina cererii până la ${formatMoment(o.expires, "ro")}. Dacă o refuzați sau nu răspundeți până atunci, dispozitivul vă este returnat pe cheltuiala dumneavoastră.`
    : `Please accept or decline the offer on your claim page by ${formatMoment(o.expires, "en")}. If you decline it or do not answer by then, the device is returned to you at your cost.`

/**
 * R8.4, R7.4, R6.2: what the shopper does before the device can go back. `shipping_cost: false`
 * leaves out who pays the shipping (R8.5: a trade-in return can be free).
 */
function returnParagraphs(d: DeviceReturn, locale: Locale, shipping_cost = true): string[] {
  const ro = locale === "ro"
  const out: string[] = []
  if (d.fee_due) {
    out.push(
      ro
        ? `Înainte de returnare trebuie achitată taxa de diagnosticare de ${formatMoney(d.fee_due, "ro")}: online, pe pagina cererii, sau la service. Dispozitivul pleacă numai după ce taxa este achitată sau anulată de noi.`
        : `Before the device goes back, the diagnostic fee of ${formatMoney(d.fee_due, "en")} must be paid: online on your claim page, or at our service counter. The device leaves only once the fee has been paid or we have waived it.`
    )
  }
  const how =
    d.delivery_method === "drop_off"
      ? ro
        ? "Puteți ridica dispozitivul personal de la service. Dacă preferați să vi-l trimitem prin curier, confirmați pe pagina cererii adresa de livrare și numărul de telefon."
        : "You can collect the device in person from the service. If you prefer us to send it by courier, confirm the delivery address and phone number on your claim page."
      : d.return_details_confirmed
        ? ro
          ? "Expediem dispozitivul la adresa pe care ați confirmat-o și vă trimitem numărul de urmărire (AWB) când pleacă."
          : "We will ship the device to the address you confirmed and send you the tracking number when it leaves."
        : ro
          ? "Vă rugăm să confirmați pe pagina cererii adresa de livrare și numărul de telefon la care vă poate contacta curierul. Expediem dispozitivul numai după ce ați confirmat aceste date."
          : "Please confirm on your claim page the delivery address and the phone number the courier can reach you on. We ship the device only once you have confirmed these details."
  const cost = ro ? "Transportul de retur este pe cheltuiala dumneavoastră." : "The return shipping is at your cost."
  out.push(shipping_cost ? `${how} ${cost}` : how)
  return out
}

/** R8.3 a/b, R8.5: the code, its amount and until when. */
function creditSentence(c: IssuedCredit, locale: Locale): string {
  const until = c.expires_on ? formatDay(c.expires_on, locale) : null
  return locale === "ro"
    ? `Codul dumneavoastră de reducere este ${c.code}, în valoare de ${formatMoney(c, "ro")}. Este de unică folosință, legat de contul dumneavoastră${until ? ` și valabil până la ${until}` : ""}.`
    : `Your credit code is ${c.code}, worth ${formatMoney(c, "en")}. It can be used once, only with your account${until ? `, until ${until}` : ""}.`
}

const creditPending = (value: Money | null | undefined, locale: Locale) =>
  locale === "ro"
    ? `Codul de reducere${value ? ` de ${formatMoney(value, "ro")}` : ""} apare pe pagina cererii imediat ce este emis.`
    : `The credit code${value ? ` worth ${formatMoney(value, "en")}` : ""} appears on your claim page as soon as it is issued.`

/** What happens after the shopper's choice (R8.2-R8.5). */
function acceptedParagraphs(d: Base & AcceptedOffer, locale: Locale): (string | null | false | undefined)[] {
  const ro = locale === "ro"
  const credit = d.credit ? creditSentence(d.credit, locale) : creditPending(d.value, locale)
  switch (d.option) {
    case "replacement": {
      const card = d.card?.ends_on
        ? d.card.same_end_date
          ? ro
            ? `Garanția noului produs se încheie la aceeași dată ca garanția inițială: ${formatDay(d.card.ends_on, "ro")}.`
            : `The new unit's warranty ends on the same date as your original warranty: ${formatDay(d.card.ends_on, "en")}.`
          : ro
            ? `Garanția noului produs este valabilă până la ${formatDay(d.card.ends_on, "ro")}.`
            : `The new unit's warranty runs until ${formatDay(d.card.ends_on, "en")}.`
        : d.fresh_term
          ? ro
            ? "Noul produs primește un certificat de garanție nou, pe care îl găsiți în contul dumneavoastră."
            : "The new unit gets a new warranty card, which you will find in your account."
          : ro
            ? "Garanția noului produs se încheie la aceeași dată ca garanția inițială."
            : "The new unit's warranty ends on the same date as your original warranty."
      return ro
        ? [
            `Vă trimitem un produs nou, de același model cu ${d.product_title}, printr-un schimb pe comanda inițială. Dispozitivul defect rămâne la noi, ca retur în cadrul schimbului; schimbul apare și în istoricul comenzii.`,
            card,
          ]
        : [
            `We are sending you a new unit of the same model as your ${d.product_title}, through an exchange on your original order. The faulty device stays with us as the exchange's return; the exchange also shows in your order's history.`,
            card,
          ]
    }
    case "credit":
      return ro
        ? [credit, "Îl puteți folosi la finalizarea comenzii, pentru orice produs din magazinul nostru."]
        : [credit, "You can use it at checkout, for any product in our shop."]
    case "credit_with_top_up": {
      const product = d.product ? (ro ? ` cu ${d.product}` : ` with ${d.product}`) : ""
      return ro
        ? [credit, `L-am aplicat pe un coș${product}. Finalizați comanda pornind de la pagina cererii și plătiți diferența de preț.`]
        : [credit, `We have applied it to a cart${product}. Complete the order from your claim page and pay the difference in price.`]
    }
    case "refund": {
      const amount = d.refund ?? d.value
      const sum = amount ? formatMoney(amount, locale) : null
      return ro
        ? [
            `Vă restituim ${sum ? `suma de ${sum}` : "valoarea stabilită"} pe metoda de plată folosită la comanda inițială. În funcție de bancă, suma poate apărea în cont după câteva zile lucrătoare.`,
          ]
        : [
            `We are refunding ${sum ?? "the value we set"} to the payment method of your original order. Depending on your bank, it may take a few working days to show.`,
          ]
    }
    case "trade_in": {
      const device = d.return_device
        ? ro
          ? "Vă returnăm dispozitivul defect, așa cum ați cerut: transportul este gratuit dacă ați cumpărat un alt dispozitiv cu acest credit până la expediere, altfel este pe cheltuiala dumneavoastră."
          : "We will return the faulty device, as you asked: the shipping is free if you have bought another device with this credit by the time we ship it, otherwise it is at your cost."
        : ro
          ? "Dispozitivul defect va fi reciclat gratuit."
          : "The faulty device will be recycled free of charge."
      const steps =
        d.return_device && d.delivery_method
          ? returnParagraphs(
              { delivery_method: d.delivery_method, return_details_confirmed: !!d.return_details_confirmed, fee_due: d.fee_due },
              locale,
              false
            )
          : []
      return ro
        ? [credit, "Îl puteți folosi la finalizarea comenzii pentru un alt dispozitiv, nou sau second-hand.", device, ...steps]
        : [credit, "You can use it at checkout for another device, new or second-hand.", device, ...steps]
    }
  }
}

/** R8.2-R8.5: the outcome in one clause. */
function outcomeLine(d: Outcome, locale: Locale): string {
  const ro = locale === "ro"
  const amount = d.amount ? formatMoney(d.amount, locale) : null
  const code = d.credit_code
    ? ro
      ? `codul de reducere ${d.credit_code}${amount ? `, de ${amount}` : ""}`
      : `the credit code ${d.credit_code}${amount ? ` worth ${amount}` : ""}`
    : ro
      ? `un cod de reducere${amount ? ` de ${amount}` : ""}`
      : `a credit code${amount ? ` worth ${amount}` : ""}`
  const device = d.recycled
    ? ro
      ? "dispozitivul defect a fost reciclat gratuit"
      : "the faulty device was recycled free of charge"
    : d.return_device
      ? ro
        ? "dispozitivul defect v-a fost returnat"
        : "the faulty device was returned to you"
      : null
  switch (d.option) {
    case "replacement":
      return ro
        ? "înlocuim dispozitivul cu un produs nou de același model, printr-un schimb pe comanda inițială"
        : "we are replacing your device with a new unit of the same model, through an exchange on your original order"
    case "credit":
      return ro ? `ați primit ${code}` : `you received ${code}`
    case "credit_with_top_up":
      return ro ? `ați primit ${code}, aplicat pe coșul cu produsul ales` : `you received ${code}, applied to a cart with the product you chose`
    case "refund":
      return ro
        ? `v-am restituit ${amount ?? "valoarea stabilită"} pe metoda de plată a comenzii inițiale`
        : `we refunded ${amount ?? "the value we set"} to the payment method of your original order`
    case "trade_in":
      return ro
        ? `ați primit ${code} pentru un alt dispozitiv${device ? `, iar ${device}` : ""}`
        : `you received ${code} towards another device${device ? `, and ${device}` : ""}`
    case null:
      return device ?? (ro ? "nu mai sunt pași de urmat" : "there is nothing left to do")
  }
}

export const CLAIM_NOTIFICATION_TEXTS: Builders = {
  submitted: {
    ro: (d) => ({
      subject: `Cererea de service ${d.ticket_number} a fost înregistrată`,
      text: body(d, "ro", [
        `Am înregistrat cererea dumneavoastră de service pentru ${d.product_title}. Numărul tichetului este ${d.ticket_number}; vă rugăm să îl menționați în orice discuție cu noi.`,
        `Descărcați eticheta coletului (cu numărul tichetului și adresa service-ului) de aici: ${d.label_url}\nLipiți-o pe colet sau aduceți-o când predați dispozitivul.`,
        [
          "Înainte de a preda dispozitivul:",
          "- faceți o copie de siguranță a datelor (nu răspundem pentru datele pierdute);",
          "- eliminați codul de blocare a ecranului;",
          "- îndepărtați foliile și autocolantele de protecție;",
          "- includeți toate accesoriile (încărcător, cablu etc.).",
        ].join("\n"),
        "Dacă trimiteți dispozitivul prin curier, ambalați-l în folie cu bule, apoi într-o cutie de carton. Transportul este plătit de dumneavoastră; coletele trimise cu plata ramburs nu sunt primite.",
      ]),
    }),
    en: (d) => ({
      subject: `Your service claim ${d.ticket_number} has been filed`,
      text: body(d, "en", [
        `We have registered your service claim for ${d.product_title}. Your ticket number is ${d.ticket_number}; please quote it whenever you contact us.`,
        `Download the parcel label (with the ticket number and the service address) here: ${d.label_url}\nStick it on the parcel, or bring it when you drop the device off.`,
        [
          "Before you hand the device over:",
          "- back up your data (we are not liable for lost data);",
          "- remove the screen lock code;",
          "- remove protective films and stickers;",
          "- include all its accessories (charger, cable, etc.).",
        ].join("\n"),
        "If you send the device by courier, wrap it in bubble wrap, then put it in a carton box. Shipping is paid by you; cash-on-delivery parcels are refused.",
      ]),
    }),
  },

  received: {
    ro: (d) => ({
      subject: `Am primit dispozitivul pentru cererea ${d.ticket_number}`,
      text: body(d, "ro", [
        `Dispozitivul ${d.product_title} a ajuns în service și urmează diagnosticarea.`,
        d.due_on && `Termenul de rezolvare a cererii este ${formatDay(d.due_on, "ro")}.`,
        "Vă anunțăm prin e-mail la fiecare pas important.",
      ]),
    }),
    en: (d) => ({
      subject: `We have received your device for claim ${d.ticket_number}`,
      text: body(d, "en", [
        `Your ${d.product_title} has reached our workshop and will now be diagnosed.`,
        d.due_on && `We will resolve your claim by ${formatDay(d.due_on, "en")}.`,
        "We will e-mail you at every important step.",
      ]),
    }),
  },

  quoted: {
    ro: (d) => ({
      subject: `Oferta de reparație pentru cererea ${d.ticket_number}`,
      text: body(d, "ro", [
        `Am diagnosticat dispozitivul ${d.product_title}. Reparația nu este acoperită gratuit de garanție; costul ei este ${formatMoney(d.quote, "ro")}, iar durata estimată este de ${WARRANTY_DAYS.ro(d.quote.estimated_days)} de la acceptare.`,
        !!d.quote.parts_to_order?.length &&
          `Piese de comandat: ${d.quote.parts_to_order.join(", ")}. Le comandăm numai după ce acceptați oferta.`,
        `Vă rugăm să acceptați sau să refuzați oferta pe pagina cererii.`,
        d.quote.diagnostic_fee &&
          `Dacă refuzați oferta, se datorează taxa de diagnosticare de ${formatMoney(d.quote.diagnostic_fee, "ro")}, iar dispozitivul vă este returnat pe cheltuiala dumneavoastră.`,
      ]),
    }),
    en: (d) => ({
      subject: `Repair quote for claim ${d.ticket_number}`,
      text: body(d, "en", [
        `We have diagnosed your ${d.product_title}. The repair is not covered free of charge by the warranty; it costs ${formatMoney(d.quote, "en")} and should take about ${WARRANTY_DAYS.en(d.quote.estimated_days)} from your acceptance.`,
        !!d.quote.parts_to_order?.length &&
          `Parts to order: ${d.quote.parts_to_order.join(", ")}. We order them only once you accept the quote.`,
        "Please accept or decline the quote on your claim page.",
        d.quote.diagnostic_fee &&
          `If you decline it, a diagnostic fee of ${formatMoney(d.quote.diagnostic_fee, "en")} is due and the device is returned at your cost.`,
      ]),
    }),
  },

  return_details_requested: {
    ro: (d) => ({
      subject: `Dispozitivul este gata: confirmați datele de returnare (${d.ticket_number})`,
      text: body(d, "ro", [
        `Service-ul pentru ${d.product_title} s-a încheiat.`,
        "Înainte să vi-l trimitem înapoi, vă rugăm să confirmați pe pagina cererii adresa de livrare și numărul de telefon la care vă poate contacta curierul. Expediem dispozitivul numai după ce ați confirmat aceste date.",
        d.delivery_method === "drop_off" && "Dacă preferați, îl puteți ridica personal de la service.",
      ]),
    }),
    en: (d) => ({
      subject: `Your device is ready: please confirm the return details (${d.ticket_number})`,
      text: body(d, "en", [
        `The service of your ${d.product_title} is finished.`,
        "Before we send it back, please confirm on your claim page the delivery address and the phone number the courier can reach you on. We ship the device only once you have confirmed these details.",
        d.delivery_method === "drop_off" && "If you prefer, you can collect it in person from the service.",
      ]),
    }),
  },

  return_shipped: {
    ro: (d) => ({
      subject: `Dispozitivul pentru cererea ${d.ticket_number} a fost expediat`,
      text: body(d, "ro", [
        `Am predat dispozitivul ${d.product_title} curierului ${d.carrier}.`,
        `Numărul de urmărire (AWB) este ${d.tracking_number}.`,
      ]),
    }),
    en: (d) => ({
      subject: `Your device for claim ${d.ticket_number} is on its way back`,
      text: body(d, "en", [
        `We have handed your ${d.product_title} to ${d.carrier}.`,
        `The tracking number is ${d.tracking_number}.`,
      ]),
    }),
  },

  rejected: {
    ro: (d) => ({
      subject: `Cererea ${d.ticket_number} nu poate fi rezolvată în garanție`,
      text: body(d, "ro", [
        `Am verificat dispozitivul ${d.product_title}. Defectul nu este acoperit de garanție, din următorul motiv: ${sentence(d.reason_text)}`,
        d.note && `Observațiile service-ului: ${sentence(d.note)}`,
        d.fee && `Se datorează taxa de diagnosticare de ${formatMoney(d.fee, "ro")}.`,
        "Dispozitivul vă va fi returnat; vă rugăm să verificați pe pagina cererii adresa de livrare și numărul de telefon.",
        STATUTORY_RIGHTS_STATEMENT.ro,
      ]),
    }),
    en: (d) => ({
      subject: `Claim ${d.ticket_number} cannot be handled under warranty`,
      text: body(d, "en", [
        `We have examined your ${d.product_title}. The defect is not covered by the warranty, for this reason: ${sentence(d.reason_text)}`,
        d.note && `The service's notes: ${sentence(d.note)}`,
        d.fee && `A diagnostic fee of ${formatMoney(d.fee, "en")} is due.`,
        "The device will be returned to you; please check the delivery address and phone number on your claim page.",
        STATUTORY_RIGHTS_STATEMENT.en,
      ]),
    }),
  },

  overdue: {
    ro: (d) => ({
      subject: `Ne cerem scuze: cererea ${d.ticket_number} a depășit termenul de service`,
      text: body(d, "ro", [
        `Ne cerem scuze: nu am finalizat service-ul dispozitivului ${d.product_title} până la ${formatDay(d.due_on, "ro")}, termenul la care ne-am angajat. Lucrăm în continuare la cererea dumneavoastră și vă anunțăm imediat ce dispozitivul este gata.`,
        d.due_basis === "legal"
          ? "Garanția legală de conformitate vă dă dreptul ca produsul să fie reparat sau înlocuit gratuit, în termenul legal. Deoarece acest termen a fost depășit, puteți cere, la alegere, reducerea proporțională a prețului sau rezoluțiunea contractului și restituirea prețului plătit."
          : `Condițiile de garanție prevăd finalizarea service-ului în termenul comunicat la primirea dispozitivului. ${STATUTORY_RIGHTS_STATEMENT.ro} Dacă produsul nu este adus în conformitate într-un termen rezonabil, puteți cere reducerea proporțională a prețului sau rezoluțiunea contractului.`,
        d.service_phone
          ? `Pentru a vă exercita aceste drepturi, ne puteți contacta la ${d.service_phone}, de luni până vineri.`
          : "Ne puteți contacta oricând pentru a vă exercita aceste drepturi.",
      ]),
    }),
    en: (d) => ({
      subject: `We apologise: claim ${d.ticket_number} is past its service deadline`,
      text: body(d, "en", [
        `We apologise: we have not finished the service of your ${d.product_title} by ${formatDay(d.due_on, "en")}, the deadline we committed to. We are still working on your claim and will tell you as soon as the device is ready.`,
        d.due_basis === "legal"
          ? "The legal guarantee of conformity entitles you to a free repair or replacement within the legal time limit. As that limit has passed, you may ask, at your choice, for a proportionate price reduction or to terminate the contract and be refunded the price you paid."
          : `Our warranty terms provide for the service to be completed within the period given when we received the device. ${STATUTORY_RIGHTS_STATEMENT.en} If the product is not brought into conformity within a reasonable time, you may ask for a proportionate price reduction or to terminate the contract.`,
        d.service_phone
          ? `To exercise these rights, call us on ${d.service_phone}, Monday to Friday.`
          : "Contact us at any time to exercise these rights.",
      ]),
    }),
  },

  offer_made: {
    ro: (d) => ({
      subject: `Oferta noastră pentru cererea ${d.ticket_number}`,
      text: body(d, "ro", [
        ...offerParagraphs(d, "ro"),
        d.offer.note && `Observațiile service-ului: ${sentence(d.offer.note)}`,
        offerDeadline(d.offer, "ro"),
      ]),
    }),
    en: (d) => ({
      subject: `Our offer for claim ${d.ticket_number}`,
      text: body(d, "en", [
        ...offerParagraphs(d, "en"),
        d.offer.note && `The service's notes: ${sentence(d.offer.note)}`,
        offerDeadline(d.offer, "en"),
      ]),
    }),
  },

  offer_expiring: {
    ro: (d) => ({
      subject: `Oferta pentru cererea ${d.ticket_number} expiră pe ${formatDay(d.offer.expires.day, "ro")}`,
      text: body(d, "ro", [
        `Vă reamintim că oferta noastră pentru ${d.product_title}, ${offerInShort(d.offer, "ro")}, este valabilă până la ${formatMoment(d.offer.expires, "ro")}.`,
        offerDeadline(d.offer, "ro"),
      ]),
    }),
    en: (d) => ({
      subject: `Your offer for claim ${d.ticket_number} expires on ${formatDay(d.offer.expires.day, "en")}`,
      text: body(d, "en", [
        `A reminder that our offer for your ${d.product_title}, ${offerInShort(d.offer, "en")}, is open until ${formatMoment(d.offer.expires, "en")}.`,
        offerDeadline(d.offer, "en"),
      ]),
    }),
  },

  offer_accepted: {
    ro: (d) => ({
      subject: `Ați acceptat oferta pentru cererea ${d.ticket_number}`,
      text: body(d, "ro", ["Vă mulțumim, am înregistrat alegerea dumneavoastră.", ...acceptedParagraphs(d, "ro")]),
    }),
    en: (d) => ({
      subject: `You accepted our offer for claim ${d.ticket_number}`,
      text: body(d, "en", ["Thank you, we have recorded your choice.", ...acceptedParagraphs(d, "en")]),
    }),
  },

  offer_declined: {
    ro: (d) => ({
      subject: `Ați refuzat oferta pentru cererea ${d.ticket_number}`,
      text: body(d, "ro", [
        `Am înregistrat refuzul ofertei pentru ${d.product_title}, așa că vă returnăm dispozitivul.`,
        ...returnParagraphs(d, "ro"),
      ]),
    }),
    en: (d) => ({
      subject: `You declined our offer for claim ${d.ticket_number}`,
      text: body(d, "en", [
        `We have recorded that you declined our offer for your ${d.product_title}, so we will return the device to you.`,
        ...returnParagraphs(d, "en"),
      ]),
    }),
  },

  offer_expired: {
    ro: (d) => ({
      subject: `Oferta pentru cererea ${d.ticket_number} a expirat`,
      text: body(d, "ro", [
        `Nu am primit un răspuns la oferta pentru ${d.product_title} până la termen, așa că oferta a expirat și vă returnăm dispozitivul.`,
        ...returnParagraphs(d, "ro"),
      ]),
    }),
    en: (d) => ({
      subject: `The offer for claim ${d.ticket_number} has expired`,
      text: body(d, "en", [
        `We did not receive an answer to our offer for your ${d.product_title} in time, so the offer has expired and we will return the device to you.`,
        ...returnParagraphs(d, "en"),
      ]),
    }),
  },

  fee_due: {
    ro: (d) => ({
      subject: `Taxa de diagnosticare pentru cererea ${d.ticket_number}: ${formatMoney(d.fee, "ro")}`,
      text: body(d, "ro", [
        `Pentru diagnosticarea dispozitivului ${d.product_title} se datorează taxa de ${formatMoney(d.fee, "ro")}${
          d.reason === "quote_declined"
            ? ", deoarece ați refuzat oferta de reparație"
            : d.reason === "rejected"
              ? ", deoarece defectul nu este acoperit de garanție"
              : ""
        }.`,
        "O puteți plăti online, pe pagina cererii, cu oricare dintre metodele de plată disponibile, sau la service.",
        `Dispozitivul vă este returnat numai după ce taxa este achitată sau anulată de noi${
          d.delivery_method === "courier" ? "; transportul de retur este pe cheltuiala dumneavoastră" : ""
        }.`,
      ]),
    }),
    en: (d) => ({
      subject: `Diagnostic fee for claim ${d.ticket_number}: ${formatMoney(d.fee, "en")}`,
      text: body(d, "en", [
        `A diagnostic fee of ${formatMoney(d.fee, "en")} is due for your ${d.product_title}${
          d.reason === "quote_declined"
            ? ", as you declined the repair quote"
            : d.reason === "rejected"
              ? ", as the defect is not covered by the warranty"
              : ""
        }.`,
        "You can pay it online on your claim page, with any of the payment methods on offer, or at our service counter.",
        `The device is returned to you only once the fee has been paid or we have waived it${
          d.delivery_method === "courier" ? "; the return shipping is at your cost" : ""
        }.`,
      ]),
    }),
  },

  fee_paid: {
    ro: (d) => ({
      subject: `Am primit plata taxei de diagnosticare pentru cererea ${d.ticket_number}`,
      text: body(d, "ro", [
        `Am primit plata taxei de diagnosticare pentru ${d.product_title}.`,
        [
          `Suma: ${formatMoney(d.fee, "ro")}`,
          `Data: ${formatDay(d.paid_on, "ro")}`,
          `Modalitatea: ${d.via === "online" ? "online, pe pagina cererii" : "la service"}`,
          d.reference ? `Referința: ${d.reference}` : null,
        ]
          .filter((l): l is string => !!l)
          .join("\n"),
        ...returnParagraphs(d, "ro"),
      ]),
    }),
    en: (d) => ({
      subject: `Payment received: diagnostic fee for claim ${d.ticket_number}`,
      text: body(d, "en", [
        `We have received your payment of the diagnostic fee for your ${d.product_title}.`,
        [
          `Amount: ${formatMoney(d.fee, "en")}`,
          `Date: ${formatDay(d.paid_on, "en")}`,
          `Paid: ${d.via === "online" ? "online, on your claim page" : "at our service counter"}`,
          d.reference ? `Reference: ${d.reference}` : null,
        ]
          .filter((l): l is string => !!l)
          .join("\n"),
        ...returnParagraphs(d, "en"),
      ]),
    }),
  },

  fee_waived: {
    ro: (d) => ({
      subject: `Am anulat taxa de diagnosticare pentru cererea ${d.ticket_number}`,
      text: body(d, "ro", [
        `Am renunțat la taxa de diagnosticare de ${formatMoney(d.fee, "ro")} pentru ${d.product_title}; nu trebuie să o plătiți.`,
        ...returnParagraphs(d, "ro"),
      ]),
    }),
    en: (d) => ({
      subject: `We have waived the diagnostic fee for claim ${d.ticket_number}`,
      text: body(d, "en", [
        `We have waived the diagnostic fee of ${formatMoney(d.fee, "en")} for your ${d.product_title}; you do not have to pay it.`,
        ...returnParagraphs(d, "en"),
      ]),
    }),
  },

  resolved: {
    ro: (d) => ({
      subject: `Cererea ${d.ticket_number} a fost soluționată`,
      text: body(d, "ro", [
        `Cererea de service pentru ${d.product_title} este soluționată: ${outcomeLine(d, "ro")}.`,
        "Vă mulțumim pentru răbdare.",
      ]),
    }),
    en: (d) => ({
      subject: `Claim ${d.ticket_number} is settled`,
      text: body(d, "en", [
        `The service claim for your ${d.product_title} is settled: ${outcomeLine(d, "en")}.`,
        "Thank you for your patience.",
      ]),
    }),
  },
}

/** The subject and body of one claim notification in the shopper's language. */
export function claimNotificationText<K extends ClaimNotificationKind>(
  kind: K,
  locale: Locale,
  data: ClaimNotificationInput[K]
): ClaimMessage {
  const builders: Record<Locale, (d: ClaimNotificationInput[K]) => ClaimMessage> = CLAIM_NOTIFICATION_TEXTS[kind]
  return builders[locale](data)
}
