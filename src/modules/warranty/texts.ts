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
