/**
 * The stable codes a claim names, in the order of the terms. They are API values (request
 * bodies, stored claims, e-mail data); their words, in every language, are in `src/i18n`.
 * Pure, with no imports: the validators, the rules and the browser can all read them.
 */

/** R5.1: the covered functions of a phone (Art. 2), in the order of the terms. */
export const DEVICE_DEFECT_CODES = [
  "original_phone",
  "no_liquid_contact",
  "display",
  "touch_screen",
  "biometric_unlock",
  "battery",
  "light_sensor",
  "proximity_sensor",
  "microphone",
  "speaker",
  "audio_jack",
  "menu_button",
  "power_button",
  "volume_buttons",
  "silent_switch",
  "vibration",
  "wifi",
  "bluetooth",
  "flashlight",
  "gsm_navigation",
  "cameras",
  "autofocus",
  "charging_port",
  "sim_slot",
] as const

/** R5.2: accessories are covered for manufacturing defects only (Art. 4). */
export const ACCESSORY_DEFECT_CODE = "manufacturing_defect"

export type DeviceDefectCode = (typeof DEVICE_DEFECT_CODES)[number]
export type DefectCode = DeviceDefectCode | typeof ACCESSORY_DEFECT_CODE

export const DEFECT_CODES: readonly DefectCode[] = [...DEVICE_DEFECT_CODES, ACCESSORY_DEFECT_CODE]

/** R9 (Art. 12): the reasons a claim is not covered, in the order of the terms. */
export const EXCLUSION_REASON_CODES = [
  "card_mismatch",
  "card_missing",
  "warranty_expired",
  "outside_repair",
  "non_original_parts",
  "normal_wear",
  "misuse_software",
  "seals_broken",
  "transport_or_handling",
  "force_majeure",
  "other_devices",
  "software_or_malware",
  "impact_liquid_damage",
  "touch_screen_force",
  "imei_tampered",
  "improper_use",
  "user_damage",
  "water_damage",
  "screen_misuse",
  "screen_burn_in",
] as const

export type ExclusionReason = (typeof EXCLUSION_REASON_CODES)[number]

/** R7.2: why a service period may be extended. */
export const EXTENSION_REASON_CODES = ["manufacturer_service", "no_replacement"] as const

export type ExtensionReason = (typeof EXTENSION_REASON_CODES)[number]

/** R11.3: why a cover does not apply (or why a card cannot be claimed on), shown before filing. */
export const ELIGIBILITY_REASON_CODES = [
  "card_void",
  "card_not_started",
  "before_start",
  "legal_ended",
  "commercial_ended",
  "commercial_not_covered",
  "battery_ended",
  "battery_wear",
  "paid_service",
] as const

export type EligibilityReasonCode = (typeof ELIGIBILITY_REASON_CODES)[number]
