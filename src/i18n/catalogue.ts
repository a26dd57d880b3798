/**
 * The shape of one language of the text catalogue: every text a shopper reads, whether the API
 * sends it, a PDF prints it, an e-mail says it or a storefront shows it. Each language is one
 * file typed by it (`en.ts`, `ro.ts`) and registered in `index.ts`. A text with values is a
 * function of them. Sections keyed by codes (statuses, moves, R9 reasons...) are keyed by the
 * API's own values, so a language that misses one, or names one that does not exist, does not
 * compile. Types only.
 */
import type {
  BatteryKind,
  BatteryReadingSource,
  WarrantyCardStatus,
  WarrantyClaimMove,
  WarrantyClaimStatus,
  WarrantyCoverage,
  WarrantyDeliveryKind,
  WarrantyOfferBlock,
  WarrantyOfferOption,
} from "../types"
import type { DefectCode, EligibilityReasonCode, ExclusionReason } from "../modules/warranty/codes"
import type { ClaimEmails } from "./claim-email"
import type { OwnershipTexts } from "./ownership-en"
import type { storefront } from "./en"
import type { PublicCheckTexts } from "./public-check-en"

/** R1.3: the labels of the warranty card document (PDF). */
type CardDocumentLabel =
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
  | "battery_length"
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
  | "page"

/** R6.5: the labels of the parcel label document (PDF). */
type ClaimLabelField =
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
  | "page"

/** The labels of the intake and handover receipts (PDF) printed at the service counter. */
type ReceiptField =
  | "intake_title"
  | "handover_title"
  | "ticket_number"
  | "card_number"
  | "customer"
  | "phone"
  | "device"
  | "serial"
  | "received_on"
  | "handed_over_on"
  | "delivery"
  | "delivery_drop_off"
  | "delivery_courier"
  | "received_title"
  | "accessories"
  | "no_accessories"
  | "packaging"
  | "seals"
  | "yes"
  | "no"
  | "seals_intact"
  | "seals_broken"
  | "damage"
  | "no_damage"
  | "battery_intake"
  | "defects_title"
  | "defects"
  | "description"
  | "due_title"
  | "service_title"
  | "service_address"
  | "service_hours"
  | "terms_title"
  | "outcome"
  | "work_title"
  | "findings"
  | "repair_note"
  | "parts"
  | "reason"
  | "battery_after"
  | "return_shipment"
  | "fees_title"
  | "no_fees"
  | "warranty_title"
  | "signatures_title"
  | "sign_clerk"
  | "sign_customer"
  | "page"

/** The demo storefront's own labels: English (`storefront` in `en.ts`) sets their keys. */
export type StorefrontTexts = typeof storefront

export type Catalogue = {
  /** How the language writes what is not a sentence. */
  format: {
    /** The BCP 47 tag a PDF declares (screen readers, hyphenation). */
    language_tag: string
    /** A `YYYY-MM-DD` calendar day as the PDFs print it; anything else as given. */
    document_day: (day: string) => string
    /** R2.1: a warranty length in months. */
    months: (months: number) => string
    /** R4.1: a length in days. */
    days: (days: number) => string
  }

  /** The terms every card carries. */
  warranty: {
    /** R5.3: the commercial warranty does not affect the consumer's statutory rights (Art. 5). */
    statutory_rights: string
    /** R5.2: what an accessory's warranty does not cover (Art. 4). */
    accessory_exclusions: string
    /** R4.1, R4.4: what the battery warranty covers. */
    battery_terms: (days: number, threshold: number) => string
    /** R4.5: what the "non-genuine part" message on OEM batteries means (Art. 3.1, 3.2). */
    oem_battery_note: string
    /** R10: power requirements (Art. 13), informational. */
    power_requirements: string
  }

  /** R5.1 the covered functions of a phone (Art. 2), R5.2 an accessory's manufacturing defects. */
  defect: Record<DefectCode, string>

  card: {
    status: Record<WarrantyCardStatus, string>
    coverage: Record<WarrantyCoverage, string>
    /** R3.3: how the order reached the customer. */
    delivery_kind: Record<WarrantyDeliveryKind, string>
    /** R3.1-R3.3: when a card that has not started yet will start. */
    start_rule: Record<WarrantyDeliveryKind, string>
    /** R4.6: where a battery-health reading comes from. */
    battery_source: Record<BatteryReadingSource, string>
    /** R4.5, R4.6: the kind of battery a reading was taken on. */
    battery_kind: Record<BatteryKind, string>
    document: Record<CardDocumentLabel, string>
  }

  claim: {
    status: Record<WarrantyClaimStatus, string>
    /** What each move means on the shopper's timeline (`submit` is the filing itself; `add_photos` is no move, R11.4). */
    move: Record<WarrantyClaimMove | "submit" | "add_photos", string>
    /** R9 (Art. 12): the reasons a claim is not covered. */
    exclusion_reason: Record<ExclusionReason, string>
    /** R11.3: why a cover does not apply, with the day, void reason or codes it names. */
    eligibility: Record<EligibilityReasonCode, (value: string) => string>
    /** R8.2, R8.3, R8.5: the choices of an offer... */
    offer_option: Record<WarrantyOfferOption, string>
    /** ...and what each one means for the shopper. */
    offer_detail: Record<WarrantyOfferOption, string>
    /** Why a choice cannot be taken now (`choices[].reason` of the store offer). */
    offer_blocked: Record<WarrantyOfferBlock, string>
  }

  /** R6.5: the parcel label a shopper prints after filing, and its instructions. */
  claim_label: {
    field: Record<ClaimLabelField, string>
    /** R6.2: cash-on-delivery parcels are refused; shipping both ways is paid by the customer. */
    no_cash_on_delivery: string
    /** R6.8: the service's opening hours, Monday to Friday, from the shop's settings. */
    service_hours: (opens: string, closes: string) => string
    /** R6.2: ship to the service, shipping paid by the customer both ways. */
    courier_instructions: string
    /** R6.2, R6.8: bring the device to the service address in its hours instead of shipping. */
    drop_off_instructions: (address: string, hours: string) => string
    /** R6.3 (Art. 7): what the customer does before handing the device in. */
    checklist: Record<"data_backup" | "lock_removed" | "films_removed", string>
    /** R6.4: the device goes in with all its accessories; the list is the one declared in the claim. */
    accessories_included: (accessories: string[]) => string
    /** R6.6: packing advice (bubble wrap, then a carton box). */
    packing_advice: string
    /** R6.7: an order from this shop is its own purchase document: no invoice is asked for. */
    no_invoice_needed: (shop: string) => string
  }

  /** The receipts the service counter prints when a device comes in and when it leaves. */
  receipts: {
    field: Record<ReceiptField, string>
    /** R7.1: the due day counts the shop's service period, e.g. "30-day service period". */
    due_commercial: (days: number) => string
    /** R11.2: the due day is the legal limit, in calendar or working days. */
    due_legal: (days: number, working: boolean) => string
    /** R7.2: the due day was moved (manufacturer's centre, no replacement available). */
    due_extended: string
    /** What became of the claim, as the handover receipt names it. */
    outcome: Record<"repaired" | "replaced" | "valued" | "returned_unrepaired" | "recycled", string>
    /** R8.4: a fee, and how it was settled. */
    fee: {
      diagnostic: string
      paid: string
      paid_counter: string
      waived: string
      due: string
    }
    /** An amount with its currency, as the receipts print it. */
    money: (amount: number, currency_code: string) => string
    /** The terms restated on the intake receipt. */
    terms: {
      /** R6.7: the shop answers for the device while it is in its care; the order is the purchase document. */
      care: (shop: string) => string
      /** R6.3 (Art. 7): the shop is not liable for data on the device. */
      data: string
      /** R7.1, R7.2: the service period from the day of receipt, and its extensions. */
      service_period: (days: number) => string
      /** R11.2: the legal limit for a free repair or replacement. */
      legal_limit: (days: number, working: boolean, fromFiling: boolean) => string
      /** R7.4, R6.2: how the device comes back. */
      collect: (hours: string) => string
    }
    /** The words of the handover receipt. */
    handover: {
      /** R7.6: a repair under warranty neither ends nor restarts the card. */
      warranty_continues: (card: string, endsOn: string) => string
      /** R8.2: the replacement unit has a card of its own. */
      warranty_new_card: (card: string, endsOn: string) => string
      /** R8.5: a trade-in device stays with the shop and is recycled at no cost. */
      recycled: string
      /** What signing means. */
      confirm: string
    }
    /** What signing the intake receipt means. */
    intake_confirm: string
  }

  /** The shopper's e-mail for each claim event. */
  claim_email: ClaimEmails

  /** Issue 11: order and card transfers (`ownership-en.ts`). */
  ownership: OwnershipTexts

  /** Issue 11 s.4: the public warranty check by IMEI (`public-check-en.ts`). */
  public_check: PublicCheckTexts

  storefront: StorefrontTexts
}
