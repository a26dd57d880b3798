/**
 * Texts of the R6.5 parcel label of a warranty claim, in Romanian and English.
 * Sources: the service FAQ and Art. 6-8, 11.3 of the terms, as restated in WARRANTY-RULES.md R6.
 */
import type { Locale } from "./texts"

type Texts = Record<Locale, string>

/** Labels of the parcel label document. The R6.5 field names are capitalised, as the FAQ asks. */
export const CLAIM_LABEL_LABELS: Record<
  | "title"
  | "cut_courier"
  | "cut_drop_off"
  | "ticket_number"
  | "sender"
  | "recipient"
  | "name"
  | "address"
  | "contact_person"
  | "phone"
  | "no_cod_title"
  | "hand_in_title"
  | "checklist_title"
  | "packing_title"
  | "claim_title"
  | "product"
  | "serial"
  | "defects"
  | "filed_on"
  | "service_hours"
  | "service_phone"
  | "page",
  Texts
> = {
  title: { ro: "Etichetă colet – cerere de service în garanție", en: "Parcel label – warranty claim" },
  cut_courier: {
    ro: "Decupați eticheta și lipiți-o pe colet",
    en: "Cut out the label and stick it on the parcel",
  },
  cut_drop_off: {
    ro: "Decupați eticheta și lipiți-o pe pachetul pe care îl aduceți la service",
    en: "Cut out the label and stick it on the package you bring to the service",
  },
  ticket_number: { ro: "NUMĂR TICHET", en: "TICKET NUMBER" },
  sender: { ro: "EXPEDITOR", en: "SENDER" },
  recipient: { ro: "DESTINATAR (SERVICE)", en: "RECIPIENT (SERVICE)" },
  name: { ro: "NUME", en: "NAME" },
  address: { ro: "ADRESĂ", en: "ADDRESS" },
  contact_person: { ro: "PERSOANĂ DE CONTACT", en: "CONTACT PERSON" },
  phone: { ro: "TELEFON", en: "PHONE" },
  no_cod_title: {
    ro: "RAMBURS REFUZAT · TRANSPORT PLĂTIT DE EXPEDITOR",
    en: "NO CASH ON DELIVERY · SHIPPING PAID BY THE SENDER",
  },
  hand_in_title: { ro: "Cum predați aparatul", en: "How to hand in the device" },
  checklist_title: { ro: "Înainte de predare", en: "Before you hand it in" },
  packing_title: { ro: "Ambalare", en: "Packing" },
  claim_title: { ro: "Cererea dumneavoastră", en: "Your claim" },
  product: { ro: "Produs", en: "Product" },
  serial: { ro: "Serie / IMEI", en: "Serial / IMEI" },
  defects: { ro: "Defecte semnalate", en: "Reported defects" },
  filed_on: { ro: "Depusă la", en: "Filed on" },
  service_hours: { ro: "Program service", en: "Service hours" },
  service_phone: { ro: "Telefon", en: "Phone" },
  page: { ro: "Pagina", en: "Page" },
}

/** R6.2: cash-on-delivery parcels are refused; shipping both ways is paid by the customer. */
export const NO_CASH_ON_DELIVERY: Texts = {
  ro: "Coletele trimise cu plata la destinatar (ramburs) sunt refuzate. Costurile de transport către service și înapoi sunt suportate de client.",
  en: "Cash-on-delivery parcels are refused. Shipping to the service and back is paid by the customer.",
}

/** R6.8: the service's opening hours, Monday to Friday, from the shop's settings. */
export const SERVICE_HOURS = {
  ro: (opens: string, closes: string): string => `De luni până vineri, ${opens}-${closes}`,
  en: (opens: string, closes: string): string => `Monday to Friday ${opens}-${closes}`,
}

/** R6.2: courier: ship to the service, shipping paid by the customer both ways. */
export const COURIER_INSTRUCTIONS: Texts = {
  ro: "Trimiteți coletul prin curier la adresa service-ului de pe etichetă, cu transportul plătit de dumneavoastră. Coletele cu ramburs (plata la destinatar) sunt refuzate. Returnarea aparatului după service se face tot pe cheltuiala dumneavoastră.",
  en: "Send the parcel by courier to the service address on the label, with the shipping paid by you. Cash-on-delivery parcels are refused. Sending the device back after service is also at your cost.",
}

/** R6.2, R6.8: drop-off: bring the device to the service address in its hours instead of shipping. */
export const DROP_OFF_INSTRUCTIONS = {
  ro: (address: string, hours: string): string =>
    `Aduceți aparatul personal la adresa service-ului (${address}), ${hours.charAt(0).toLowerCase()}${hours.slice(1)}. Nu este nevoie să îl trimiteți prin curier. Dacă totuși îl trimiteți prin curier, transportul este plătit de dumneavoastră: coletele cu ramburs sunt refuzate.`,
  en: (address: string, hours: string): string =>
    `Bring the device in person to the service address (${address}), ${hours}. You do not need to ship it. If you ship it after all, you pay the shipping: cash-on-delivery parcels are refused.`,
}

/** R6.3 (Art. 7): what the customer does before handing the device in. */
export const CLAIM_CHECKLIST: Record<"data_backup" | "lock_removed" | "films_removed", Texts> = {
  data_backup: {
    ro: "Am făcut o copie de siguranță a datelor. Magazinul nu răspunde pentru pierderea datelor din aparat.",
    en: "I backed up my data. The shop is not liable for data lost from the device.",
  },
  lock_removed: {
    ro: "Am scos codul de blocare a ecranului, ca service-ul să poată testa aparatul.",
    en: "I removed the screen lock code, so that the service can test the device.",
  },
  films_removed: {
    ro: "Am îndepărtat foliile de protecție și autocolantele de pe carcasă și butoane.",
    en: "I removed the protective films and stickers from the case and buttons.",
  },
}

/** R6.4: the device goes in with all its accessories; the list is the one declared in the claim. */
export const ACCESSORIES_INCLUDED = {
  ro: (accessories: string[]): string =>
    `Am inclus toate accesoriile aparatului (baterie, încărcător, suport etc.). Declarate în cerere: ${
      accessories.length ? accessories.join(", ") : "niciun accesoriu"
    }.`,
  en: (accessories: string[]): string =>
    `I included all the device's accessories (battery, charger, cradle, etc.). Declared in the claim: ${
      accessories.length ? accessories.join(", ") : "no accessories"
    }.`,
}

/** R6.6: packing advice (bubble wrap, then a carton box). */
export const PACKING_ADVICE: Texts = {
  ro: "Înfășurați aparatul în folie cu bule de aer, apoi puneți-l într-o cutie de carton. Folosiți ambalajul original, dacă îl aveți. Lipiți eticheta pe cutie, la vedere.",
  en: "Wrap the device in bubble wrap, then put it in a carton box. Use the original packaging if you have it. Stick the label on the box where it can be seen.",
}

/** R6.7: an order from this shop is its own purchase document: no invoice is asked for. */
export const NO_INVOICE_NEEDED = {
  ro: (shop: string): string =>
    `Nu este nevoie să atașați factura: comanda dumneavoastră de la ${shop} este documentul de achiziție.`,
  en: (shop: string): string =>
    `No invoice needed: your order from ${shop} is the purchase document.`,
}
