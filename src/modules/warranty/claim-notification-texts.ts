/**
 * The shopper's e-mails about a warranty claim, in Romanian and English: one subject and one
 * plain-text body per notification, built from the data each one needs. Pure: no I/O, no clock.
 */
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
