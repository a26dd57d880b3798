/** The codes and statuses of claims (R5-R9, R11): API values, the same in every language. */

/** Every status a claim can be in (the transition table decides every move between them). */
export type WarrantyClaimStatus =
  | "submitted"
  | "received"
  | "diagnosing"
  | "awaiting_customer"
  | "repairing"
  | "at_manufacturer"
  | "ready"
  | "awaiting_return_details"
  | "returning"
  | "rejected"
  | "unrepairable"
  | "offered"
  | "recycling"
  | "closed"
  | "canceled"

/** Every move of the transition table (`allowed_moves` names these). */
export type WarrantyClaimMove =
  | "receive"
  | "cancel"
  | "diagnose"
  | "start_repair"
  | "quote"
  | "accept_quote"
  | "decline_quote"
  | "reject"
  | "mark_unrepairable"
  | "send_to_manufacturer"
  | "mark_ready"
  | "request_return_details"
  | "confirm_return_details"
  | "ship_return"
  | "close"
  | "extend"
  | "note"
  | "mark_overdue"
  | "make_offer"
  | "accept_offer"
  | "accept_trade_in"
  | "accept_trade_in_return"
  | "decline_offer"
  | "expire_offer"
  | "remind_offer"
  | "recycle"
  | "pay_fee"
  | "mark_fee_paid"
  | "waive_fee"

export type WarrantyClaimActor = "customer" | "admin" | "system"

/** R11.3: the free covers a claim can be under. */
export type WarrantyClaimCoverKind = "legal" | "commercial" | "battery"
/** The main cover of a claim: commercial, else legal, else battery; `paid` when none applies. */
export type WarrantyClaimCover = WarrantyClaimCoverKind | "paid"

/** R5.1: the covered functions of a phone; R5.2: `manufacturing_defect` is an accessory's only one. */
export type WarrantyDefectCode =
  | "original_phone"
  | "no_liquid_contact"
  | "display"
  | "touch_screen"
  | "biometric_unlock"
  | "battery"
  | "light_sensor"
  | "proximity_sensor"
  | "microphone"
  | "speaker"
  | "audio_jack"
  | "menu_button"
  | "power_button"
  | "volume_buttons"
  | "silent_switch"
  | "vibration"
  | "wifi"
  | "bluetooth"
  | "flashlight"
  | "gsm_navigation"
  | "cameras"
  | "autofocus"
  | "charging_port"
  | "sim_slot"
  | "manufacturing_defect"

/** R6.2: how the device reaches the service. */
export type WarrantyClaimDeliveryMethod = "drop_off" | "courier"

/** R9 (Art. 12): the reasons a defect is not covered, in the order of the terms. */
export type WarrantyExclusionReason =
  | "card_mismatch"
  | "card_missing"
  | "warranty_expired"
  | "outside_repair"
  | "non_original_parts"
  | "normal_wear"
  | "misuse_software"
  | "seals_broken"
  | "transport_or_handling"
  | "force_majeure"
  | "other_devices"
  | "software_or_malware"
  | "impact_liquid_damage"
  | "touch_screen_force"
  | "imei_tampered"
  | "improper_use"
  | "user_damage"
  | "water_damage"
  | "screen_misuse"
  | "screen_burn_in"

/** R7.2: why a service period may be extended. */
export type WarrantyExtensionReason = "manufacturer_service" | "no_replacement"
/** R4.4: a battery that fails is covered, wear is not. */
export type WarrantyBatteryFinding = "failure" | "wear"

/** Why a cover does not apply, or why a card cannot be claimed on. */
export type WarrantyEligibilityReasonCode =
  | "card_void"
  | "card_not_started"
  | "before_start"
  | "legal_ended"
  | "commercial_ended"
  | "commercial_not_covered"
  | "battery_ended"
  | "battery_wear"
  | "paid_service"
