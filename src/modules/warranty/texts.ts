/**
 * Customer-facing texts of the warranty, in Romanian and English.
 * Sources: shared/terms (Art. 2-5, 13) as restated in WARRANTY-RULES.md.
 */
export type Locale = "ro" | "en"
export const LOCALES: readonly Locale[] = ["ro", "en"] as const

type Texts = Record<Locale, string>

/** R5.3: the commercial warranty does not affect the consumer's statutory rights (Art. 5). */
export const STATUTORY_RIGHTS_STATEMENT: Texts = {
  ro: "Garanția comercială oferită de noi nu afectează drepturile dumneavoastră în calitate de consumator, în conformitate cu legislația în vigoare (garanția legală de conformitate).",
  en: "Our commercial warranty does not affect your statutory rights as a consumer under the law in force (the legal guarantee of conformity).",
}

/** R5.1: the covered functions of a phone (Art. 2). Codes are stable; claims cite them. */
export const COVERED_FUNCTIONS: { code: string; label: Texts }[] = [
  { code: "original_phone", label: { ro: "Telefonul original", en: "Original phone" } },
  { code: "no_liquid_contact", label: { ro: "Fără contact cu lichide", en: "No liquid contact" } },
  { code: "display", label: { ro: "Afișaj funcțional", en: "Working display" } },
  { code: "touch_screen", label: { ro: "Ecran tactil funcțional", en: "Working touch screen" } },
  { code: "biometric_unlock", label: { ro: "Deblocare prin amprentă sau recunoaștere facială", en: "Fingerprint or face unlock" } },
  { code: "battery", label: { ro: "Baterie", en: "Battery" } },
  { code: "light_sensor", label: { ro: "Senzor de lumină", en: "Light sensor" } },
  { code: "proximity_sensor", label: { ro: "Senzor de proximitate", en: "Proximity sensor" } },
  { code: "microphone", label: { ro: "Microfon", en: "Microphone" } },
  { code: "speaker", label: { ro: "Difuzor", en: "Speaker" } },
  { code: "audio_jack", label: { ro: "Mufa audio", en: "Audio jack" } },
  { code: "menu_button", label: { ro: "Buton de meniu", en: "Menu button" } },
  { code: "power_button", label: { ro: "Buton de pornire", en: "Power button" } },
  { code: "volume_buttons", label: { ro: "Butoane de volum", en: "Volume buttons" } },
  { code: "silent_switch", label: { ro: "Buton pentru modul silențios", en: "Silent switch" } },
  { code: "vibration", label: { ro: "Vibrație", en: "Vibration" } },
  { code: "wifi", label: { ro: "Semnal Wi-Fi", en: "Wi-Fi" } },
  { code: "bluetooth", label: { ro: "Bluetooth", en: "Bluetooth" } },
  { code: "flashlight", label: { ro: "Lanterna", en: "Flashlight" } },
  { code: "gsm_navigation", label: { ro: "Semnal GSM și navigare", en: "GSM signal and navigation" } },
  { code: "cameras", label: { ro: "Camere foto", en: "Cameras" } },
  { code: "autofocus", label: { ro: "Autofocus", en: "Autofocus" } },
  { code: "charging_port", label: { ro: "Port de încărcare", en: "Charging port" } },
  { code: "sim_slot", label: { ro: "Fantă SIM", en: "SIM slot" } },
]

/** R5.2: accessories are covered for manufacturing defects only (Art. 4). */
export const ACCESSORY_COVER: { code: string; label: Texts } = {
  code: "manufacturing_defect",
  label: { ro: "Defecte de fabricație", en: "Manufacturing defects" },
}

export const ACCESSORY_EXCLUSIONS: Texts = {
  ro: "Nu sunt acoperite: uzura, abraziunile, zgârieturile, petele, fisurile, ruperea sau îndoirea cablurilor și alte deteriorări apărute după utilizare.",
  en: "Not covered: wear, abrasions, scratches, stains, cracks, broken or bent cables and other damage that appears through use.",
}

/** R4.1, R4.4: what the battery warranty covers. */
export const BATTERY_TERMS = {
  ro: (days: number, threshold: number) =>
    `Bateria are garanție ${days} de zile de la începutul garanției, pentru un defect care o face să nu mai funcționeze. Scăderea sănătății bateriei sub ${threshold}% în timpul utilizării este uzură normală și nu este acoperită.`,
  en: (days: number, threshold: number) =>
    `The battery is under warranty for ${days} days from the start of the warranty, for a defect that makes it stop working. Battery health falling under ${threshold}% during use is normal wear and is not covered.`,
}

/** R4.5: what the "non-genuine part" message on OEM batteries means (Art. 3.1, 3.2). */
export const OEM_BATTERY_NOTE: Texts = {
  ro: "Acest model folosește o baterie OEM, cu aceleași caracteristici și durabilitate ca cea originală. Telefonul poate afișa mesajul „piesă neoriginală” sau poate să nu afișeze procentul de sănătate; acest lucru nu afectează performanța. O înlocuire în garanție se face tot cu o baterie OEM, la capacitate 100%.",
  en: "This model uses an OEM battery with the same characteristics and durability as the original. The phone may show a \"non-genuine part\" message or no health percentage; this does not affect performance. A warranty replacement is also an OEM battery at 100% capacity.",
}

/** R10: power requirements (Art. 13), informational. */
export const POWER_REQUIREMENTS: Texts = {
  ro: "Alimentare: prize cu împământare, 220 V (-15% / +10%), 50 Hz (±1 Hz).",
  en: "Power: earthed sockets, 220 V (-15% / +10%), 50 Hz (±1 Hz).",
}

export const COVERAGE_LABELS: Record<"full" | "manufacturing_defects", Texts> = {
  full: { ro: "Funcțiile telefonului (Art. 2)", en: "The phone's functions (Art. 2)" },
  manufacturing_defects: { ro: "Doar defecte de fabricație (Art. 4)", en: "Manufacturing defects only (Art. 4)" },
}

export const STATUS_LABELS: Record<"pending" | "active" | "expired" | "void", Texts> = {
  pending: { ro: "În așteptare", en: "Pending" },
  active: { ro: "Activă", en: "Active" },
  expired: { ro: "Expirată", en: "Expired" },
  void: { ro: "Anulată", en: "Void" },
}

/** R1.3: the labels of the warranty card document (PDF). */
export const CARD_DOCUMENT_LABELS: Record<
  | "title"
  | "card_number"
  | "order"
  | "customer"
  | "product"
  | "variant"
  | "sku"
  | "serial"
  | "serial_missing"
  | "status"
  | "delivery"
  | "issued_at"
  | "length"
  | "coverage"
  | "starts_on"
  | "ends_on"
  | "ends_on_note"
  | "not_started"
  | "start_rule_title"
  | "battery_title"
  | "battery_ends_on"
  | "sale_health"
  | "readings"
  | "reading_date"
  | "reading_percent"
  | "reading_source"
  | "reading_kind"
  | "no_percent"
  | "oem_title"
  | "coverage_title"
  | "statutory_title"
  | "page",
  Texts
> = {
  title: { ro: "Certificat de garanție", en: "Warranty card" },
  card_number: { ro: "Număr card", en: "Card number" },
  order: { ro: "Comandă", en: "Order" },
  customer: { ro: "Client", en: "Customer" },
  product: { ro: "Produs", en: "Product" },
  variant: { ro: "Variantă", en: "Variant" },
  sku: { ro: "Cod produs (SKU)", en: "SKU" },
  serial: { ro: "Serie / IMEI", en: "Serial / IMEI" },
  serial_missing: { ro: "Se completează de magazin", en: "To be set by the shop" },
  status: { ro: "Stare", en: "Status" },
  delivery: { ro: "Livrare", en: "Delivery" },
  issued_at: { ro: "Data emiterii", en: "Issue date" },
  length: { ro: "Durata garanției", en: "Warranty length" },
  coverage: { ro: "Acoperire", en: "Coverage" },
  starts_on: { ro: "Data începerii", en: "Start date" },
  ends_on: { ro: "Data încheierii", en: "End date" },
  ends_on_note: { ro: "valabilă toată ziua de încheiere", en: "valid through the whole end day" },
  not_started: { ro: "încă nu a început", en: "not started yet" },
  start_rule_title: { ro: "Când începe garanția", en: "When the warranty starts" },
  battery_title: { ro: "Garanția bateriei", en: "Battery warranty" },
  battery_ends_on: { ro: "Garanția bateriei până la", en: "Battery warranty through" },
  sale_health: { ro: "Sănătatea bateriei la vânzare", en: "Battery health at sale" },
  readings: { ro: "Ultimele măsurători ale bateriei", en: "Latest battery readings" },
  reading_date: { ro: "Data", en: "Date" },
  reading_percent: { ro: "Sănătate", en: "Health" },
  reading_source: { ro: "Sursa", en: "Source" },
  reading_kind: { ro: "Tip baterie", en: "Battery kind" },
  no_percent: { ro: "procent neafișat", en: "no percentage shown" },
  oem_title: { ro: "Baterie OEM", en: "OEM battery" },
  coverage_title: { ro: "Ce acoperă garanția", en: "What the warranty covers" },
  statutory_title: { ro: "Drepturile dumneavoastră legale", en: "Your statutory rights" },
  page: { ro: "Pagina", en: "Page" },
}

/** R3.3: how the order reached the customer. */
export const DELIVERY_KIND_LABELS: Record<"pickup" | "courier", Texts> = {
  pickup: { ro: "Ridicare din magazin", en: "Pickup in store" },
  courier: { ro: "Curier", en: "Courier" },
}

/** R3.1-R3.3: when a card that has not started yet will start. */
export const START_RULE: Record<"pickup" | "courier", Texts> = {
  pickup: {
    ro: "Garanția începe în ziua în care primiți produsul și certificatul de garanție, la ridicarea din magazin.",
    en: "The warranty starts on the day you receive the product and the warranty card, at pickup in store.",
  },
  courier: {
    ro: "Pentru produsele livrate prin curier, garanția începe în ziua emiterii certificatului de garanție (a facturii).",
    en: "For products delivered by courier, the warranty starts on the day the warranty card (the invoice) is issued.",
  },
}

/** R4.6: where a battery-health reading comes from. */
export const BATTERY_SOURCE_LABELS: Record<"sale" | "intake" | "repair" | "customer_report", Texts> = {
  sale: { ro: "La vânzare", en: "At sale" },
  intake: { ro: "La primirea în service", en: "At service intake" },
  repair: { ro: "După reparație", en: "After repair" },
  customer_report: { ro: "Raportată de client", en: "Reported by the customer" },
}

/** R4.5, R4.6: the kind of battery a reading was taken on. */
export const BATTERY_KIND_LABELS: Record<"original" | "oem", Texts> = {
  original: { ro: "Originală", en: "Original" },
  oem: { ro: "OEM", en: "OEM" },
}

/** R2.1: a warranty length in months ("24 de luni" in Romanian from 20 up). */
export const WARRANTY_MONTHS = {
  ro: (months: number) =>
    months === 1
      ? "1 lună"
      : `${months}${months % 100 >= 20 || (months > 0 && months % 100 === 0) ? " de" : ""} luni`,
  en: (months: number) => (months === 1 ? "1 month" : `${months} months`),
}

/** R4.1: a battery warranty length in days ("90 de zile" in Romanian from 20 up). */
export const WARRANTY_DAYS = {
  ro: (days: number) =>
    days === 1 ? "1 zi" : `${days}${days % 100 >= 20 || (days > 0 && days % 100 === 0) ? " de" : ""} zile`,
  en: (days: number) => (days === 1 ? "1 day" : `${days} days`),
}

/** R4.1: the label of the battery warranty length on the card document. */
export const BATTERY_LENGTH_LABEL: Texts = {
  ro: "Durata garanției bateriei",
  en: "Battery warranty length",
}
