/**
 * Customer-facing texts of claims, in Romanian and English: the R9 reasons (Art. 12), statuses,
 * covers and the eligibility reasons the filing form shows before a shopper files.
 */
import type { Locale } from "./texts"

type Texts = Record<Locale, string>

/** R9 (Art. 12): the reasons a claim is not covered, in the order of the terms. */
export const EXCLUSION_REASONS = {
  card_mismatch: {
    ro: "Datele din certificatul de garanție nu corespund cu produsul.",
    en: "The warranty card data does not match the product.",
  },
  card_missing: {
    ro: "Lipsește certificatul de garanție (sau copia acestuia).",
    en: "The warranty card (or its copy) is missing.",
  },
  warranty_expired: { ro: "Perioada de garanție a expirat.", en: "The warranty period has expired." },
  outside_repair: {
    ro: "S-a încercat repararea, modificarea sau schimbarea produsului în afara service-ului autorizat.",
    en: "A repair, modification or change was attempted outside the authorised workshop.",
  },
  non_original_parts: {
    ro: "Au fost folosite consumabile sau materiale neoriginale.",
    en: "Non-original consumables or materials were used.",
  },
  normal_wear: {
    ro: "Verificări periodice, întreținere sau înlocuirea pieselor uzate prin utilizare normală.",
    en: "Periodic checks, maintenance or replacement of parts worn by normal use.",
  },
  misuse_software: {
    ro: "Utilizare necorespunzătoare: software sau sistem de operare neoficial, versiune beta, root, expunere îndelungată la soare sau frig.",
    en: "Misuse: unofficial software or OS, a beta OS, rooting, long exposure to sun or cold.",
  },
  seals_broken: {
    ro: "Sigiliile de garanție, etichetele sau marcajele din fabrică sunt rupte.",
    en: "Warranty seals, patches or factory labels are broken.",
  },
  transport_or_handling: {
    ro: "Deteriorări din transport, depozitare, nerespectarea instrucțiunilor, defecte electrice, trăsnet, lipsa împământării, deformări mecanice sau manipulare neglijentă.",
    en: "Damage from transport, storage, ignoring the instructions, electrical faults, lightning, lack of earthing, mechanical deformation or careless handling.",
  },
  force_majeure: {
    ro: "Forță majoră: supratensiuni, furtuni, inundații, incendii, război, tulburări civile, rețea electrică necorespunzătoare.",
    en: "Force majeure: surges, storms, floods, fire, war, civil unrest, poor mains.",
  },
  other_devices: {
    ro: "Defecte cauzate de alte module sau dispozitive folosite împreună cu produsul.",
    en: "Defects caused by other modules or devices used with the product.",
  },
  software_or_malware: {
    ro: "Defecte cauzate de actualizări de software sau de programe malițioase.",
    en: "Defects caused by software updates or malware.",
  },
  impact_liquid_damage: {
    ro: "Urme de lovituri, murdărie excesivă, lichide sau deteriorări mecanice vizibile (produsul nu este acceptat în service în garanție).",
    en: "Impact marks, heavy dirt, liquid or visible mechanical damage (not accepted for warranty service).",
  },
  touch_screen_force: {
    ro: "Forță excesivă sau obiecte metalice folosite pe ecranul tactil.",
    en: "Excessive force or metal objects used on the touch screen.",
  },
  imei_tampered: {
    ro: "IMEI șters sau modificat, dispozitiv deschis sau reparat de alt service, etichete de garanție îndepărtate.",
    en: "IMEI removed or changed, device opened or repaired by another service, warranty stickers removed.",
  },
  improper_use: {
    ro: "Deteriorări fizice cauzate de utilizarea și întreținerea necorespunzătoare.",
    en: "Physical damage from improper use and care.",
  },
  user_damage: {
    ro: "Deteriorări produse de utilizator: ecran spart, port USB sau fantă SIM deteriorate.",
    en: "User damage: a broken screen, USB port or SIM slot.",
  },
  water_damage: { ro: "Deteriorări cauzate de apă sau umiditate.", en: "Water or humidity damage." },
  screen_misuse: {
    ro: "Deteriorarea ecranului prin utilizare necorespunzătoare (pată galbenă, dungi de presiune).",
    en: "Screen damage from misuse (yellow spot, pinch streaks).",
  },
  screen_burn_in: {
    ro: "Imagine remanentă pe ecran (efect „fantomă”) cauzată de o aplicație lăsată prea mult timp pe ecran.",
    en: "Screen burn-in (the \"ghost\" effect) from one app left on screen too long.",
  },
} satisfies Record<string, Texts>

export type ExclusionReason = keyof typeof EXCLUSION_REASONS
export const EXCLUSION_REASON_CODES = Object.keys(EXCLUSION_REASONS) as ExclusionReason[]

/** R7.2: why a service period may be extended. */
export const EXTENSION_REASONS = {
  manufacturer_service: {
    ro: "Produsul trebuie trimis la centrul autorizat al producătorului.",
    en: "The device must go to the manufacturer's authorised centre.",
  },
  no_replacement: {
    ro: "Nu există un produs de înlocuire disponibil.",
    en: "No replacement product is available.",
  },
} satisfies Record<string, Texts>

export type ExtensionReason = keyof typeof EXTENSION_REASONS
export const EXTENSION_REASON_CODES = Object.keys(EXTENSION_REASONS) as ExtensionReason[]

export const CLAIM_STATUS_LABELS: Record<string, Texts> = {
  submitted: { ro: "Înregistrată", en: "Submitted" },
  received: { ro: "Primită în service", en: "Received" },
  diagnosing: { ro: "În diagnosticare", en: "Diagnosing" },
  awaiting_customer: { ro: "Așteaptă acordul dumneavoastră", en: "Awaiting your decision" },
  repairing: { ro: "În reparație", en: "Repairing" },
  at_manufacturer: { ro: "La producător", en: "At the manufacturer" },
  ready: { ro: "Gata", en: "Ready" },
  awaiting_return_details: { ro: "Așteaptă datele de returnare", en: "Awaiting return details" },
  returning: { ro: "În curs de returnare", en: "Being returned" },
  rejected: { ro: "Respinsă", en: "Rejected" },
  unrepairable: { ro: "Nu poate fi reparat", en: "Cannot be repaired" },
  offered: { ro: "Ofertă în așteptarea alegerii dumneavoastră", en: "Offer awaiting your choice" },
  recycling: { ro: "De reciclat", en: "To be recycled" },
  closed: { ro: "Închisă", en: "Closed" },
  canceled: { ro: "Anulată", en: "Canceled" },
}

/** R11.3: the covers a claim can be under. */
export const CLAIM_COVER_LABELS: Record<"legal" | "commercial" | "battery" | "paid", Texts> = {
  legal: { ro: "Garanția legală de conformitate", en: "Legal guarantee of conformity" },
  commercial: { ro: "Garanția comercială (certificatul)", en: "Commercial warranty (the card)" },
  battery: { ro: "Garanția bateriei", en: "Battery warranty" },
  paid: { ro: "Service contra cost", en: "Paid service" },
}

/** Why a cover does not apply (or why a card cannot be claimed on), shown before filing. */
export const ELIGIBILITY_REASONS = {
  card_void: {
    ro: (reason: string) => `Certificatul de garanție este anulat (${reason}); nu se poate deschide o reclamație.`,
    en: (reason: string) => `The warranty card is void (${reason}); no claim can be filed on it.`,
  },
  card_not_started: {
    ro: () => "Garanția nu a început încă: produsul nu a fost predat sau facturat.",
    en: () => "The warranty has not started yet: the product has not been handed over or invoiced.",
  },
  before_start: {
    ro: (day: string) => `Data cerută este înainte de începerea garanției (${day}).`,
    en: (day: string) => `The date asked is before the warranty started (${day}).`,
  },
  legal_ended: {
    ro: (day: string) => `Garanția legală de conformitate s-a încheiat pe ${day}.`,
    en: (day: string) => `The legal guarantee of conformity ended on ${day}.`,
  },
  commercial_ended: {
    ro: (day: string) => `Garanția comercială s-a încheiat pe ${day}.`,
    en: (day: string) => `The commercial warranty ended on ${day}.`,
  },
  commercial_not_covered: {
    ro: (codes: string) => `Garanția comercială nu acoperă: ${codes}.`,
    en: (codes: string) => `The commercial warranty does not cover: ${codes}.`,
  },
  battery_ended: {
    ro: (day: string) => `Garanția bateriei s-a încheiat pe ${day}.`,
    en: (day: string) => `The battery warranty ended on ${day}.`,
  },
  battery_wear: {
    ro: () => "Scăderea sănătății bateriei prin utilizare este uzură normală, nu un defect (R4.4).",
    en: () => "Battery health falling through use is normal wear, not a defect (R4.4).",
  },
  paid_service: {
    ro: () => "Nicio garanție nu se aplică: reparația va fi contra cost, după un deviz pe care îl acceptați sau îl refuzați.",
    en: () => "No warranty applies: the repair will be paid, after a quote that you accept or decline.",
  },
} satisfies Record<string, Record<Locale, (arg: string) => string>>

export type EligibilityReasonCode = keyof typeof ELIGIBILITY_REASONS

/** What each move means on the shopper's timeline. */
export const CLAIM_MOVE_LABELS: Record<string, Texts> = {
  submit: { ro: "Reclamația a fost înregistrată", en: "Claim filed" },
  receive: { ro: "Produsul a ajuns în service", en: "Device received by the service" },
  cancel: { ro: "Reclamația a fost anulată", en: "Claim canceled" },
  diagnose: { ro: "Diagnosticare începută", en: "Diagnosis started" },
  start_repair: { ro: "Reparația a început", en: "Repair started" },
  quote: { ro: "Deviz trimis", en: "Quote sent" },
  accept_quote: { ro: "Deviz acceptat", en: "Quote accepted" },
  decline_quote: { ro: "Deviz refuzat", en: "Quote declined" },
  reject: { ro: "Reclamația nu este acoperită de garanție", en: "Not covered by the warranty" },
  mark_unrepairable: { ro: "Produsul nu poate fi reparat", en: "The device cannot be repaired" },
  send_to_manufacturer: { ro: "Trimis la producător", en: "Sent to the manufacturer" },
  mark_ready: { ro: "Produsul este gata", en: "The device is ready" },
  request_return_details: { ro: "Confirmați datele pentru returnare", en: "Please confirm the return details" },
  confirm_return_details: { ro: "Datele de returnare au fost confirmate", en: "Return details confirmed" },
  ship_return: { ro: "Produsul a fost expediat înapoi", en: "Device shipped back" },
  close: { ro: "Reclamația a fost închisă", en: "Claim closed" },
  extend: { ro: "Termenul de service a fost prelungit", en: "Service period extended" },
  note: { ro: "Mesaj de la service", en: "Message from the service" },
  mark_overdue: { ro: "Termenul de service a fost depășit", en: "Service period exceeded" },
  make_offer: { ro: "Ofertă de soluționare trimisă", en: "Resolution offer sent" },
  accept_offer: { ro: "Oferta a fost acceptată", en: "Offer accepted" },
  accept_trade_in: { ro: "Oferta de schimb a fost acceptată", en: "Trade-in offer accepted" },
  accept_trade_in_return: { ro: "Oferta de schimb a fost acceptată (produsul vă este returnat)", en: "Trade-in offer accepted (the device is returned to you)" },
  decline_offer: { ro: "Oferta a fost refuzată", en: "Offer declined" },
  expire_offer: { ro: "Oferta a expirat", en: "Offer expired" },
  remind_offer: { ro: "Oferta expiră în curând", en: "The offer expires soon" },
  recycle: { ro: "Produsul a fost reciclat gratuit", en: "Device recycled free of charge" },
  pay_fee: { ro: "Taxa de diagnosticare a fost plătită online", en: "Diagnostic fee paid online" },
  mark_fee_paid: { ro: "Taxa de diagnosticare a fost plătită la ghișeu", en: "Diagnostic fee paid at the counter" },
  waive_fee: { ro: "Taxa de diagnosticare a fost anulată", en: "Diagnostic fee waived" },
}

/** What each choice of an offer means for the shopper (R8.2, R8.3, R8.5). */
export const OFFER_OPTION_TEXTS: Record<string, { label: Texts; detail: Texts }> = {
  replacement: {
    label: { ro: "Înlocuire cu același model", en: "Replacement with the same model" },
    detail: {
      ro: "Primiți un produs de același model și cu aceleași caracteristici; noul certificat păstrează data de sfârșit a garanției.",
      en: "You receive a unit of the same model with the same characteristics; its card keeps your warranty's end date.",
    },
  },
  credit: {
    label: { ro: "Alt produs în valoarea evaluată", en: "Another product for the valued amount" },
    detail: {
      ro: "Primiți un cod de credit de unică folosință, valabil doar pentru contul dumneavoastră.",
      en: "You get a single-use credit code that works only on your account.",
    },
  },
  credit_with_top_up: {
    label: { ro: "Un produs mai scump, plătind diferența", en: "A dearer product, paying the difference" },
    detail: {
      ro: "Alegeți produsul; creditul este aplicat într-un coș, iar diferența o plătiți la finalizarea comenzii.",
      en: "Pick the product; the credit is put on a cart and you pay the difference at checkout.",
    },
  },
  refund: {
    label: { ro: "Rambursarea valorii", en: "A refund of the value" },
    detail: {
      ro: "Valoarea este rambursată pe metoda de plată a comenzii inițiale.",
      en: "The value is refunded to the original order's payment method.",
    },
  },
  trade_in: {
    label: { ro: "Credit pentru alt dispozitiv (schimb)", en: "Credit towards another device (trade-in)" },
    detail: {
      ro: "Primiți un cod de credit; dispozitivul defect este reciclat gratuit. Dacă îl doriți înapoi, returnarea este gratuită când cumpărați alt dispozitiv.",
      en: "You get a credit code; the broken device is recycled free of charge. If you want it back, the return is free when you buy another device.",
    },
  },
}
