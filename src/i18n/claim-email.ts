/**
 * The shopper's e-mails about a warranty claim: which claim events write one and the data each
 * one is built from. The words are in each language's file (`claim_email`), and
 * `claimNotificationText` (`index.ts`) picks one. Pure: no I/O, no clock.
 */
import type {
  WarrantyMoney,
  WarrantyOfferKind,
  WarrantyOfferOption,
  WarrantyTradeInReason,
  WarrantyValueBasis,
} from "../types"

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

export type Money = WarrantyMoney

/** What every claim e-mail names. */
export type ClaimMailBase = {
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
  submitted: ClaimMailBase & { label_url: string }
  /** R7.1, R11.2: the device reached the workshop; the service clock runs to `due_on`. */
  received: ClaimMailBase & { due_on: string | null }
  /** R7.3, R8.4: a repair quote waiting for the shopper's answer. */
  quoted: ClaimMailBase & {
    quote: Money & { estimated_days: number; parts_to_order?: string[]; diagnostic_fee?: Money | null }
  }
  /** R7.4: service ended; the device goes back only once the return details are confirmed. */
  return_details_requested: ClaimMailBase & { delivery_method?: "drop_off" | "courier" }
  /** Shipped back. */
  return_shipped: ClaimMailBase & { carrier: string; tracking_number: string }
  /** R9: not covered; `reason_text` is the customer-facing text of the R9 code. */
  rejected: ClaimMailBase & { reason_text: string; note?: string | null; fee?: Money | null }
  /** R7.1 / R11.2: the service period passed. */
  overdue: ClaimMailBase & { due_on: string; due_basis: "legal" | "commercial" | null; service_phone?: string | null }
  /** R8.2, R8.3, R8.5: a resolution offer waiting for the shopper's choice until `expires`. */
  offer_made: ClaimMailBase & { offer: OfferSummary }
  /** Reminder before the offer lapses (then R6.2: the device goes back at the shopper's cost). */
  offer_expiring: ClaimMailBase & { offer: OfferSummary }
  /** R8.2-R8.5: what happens next for the option the shopper took. */
  offer_accepted: ClaimMailBase & AcceptedOffer
  /** R6.2, R7.4: declined; the device goes back at the shopper's cost once the return details are confirmed. */
  offer_declined: ClaimMailBase & DeviceReturn
  /** Same consequence as a decline. */
  offer_expired: ClaimMailBase & DeviceReturn
  /** R8.4: the diagnostic fee to pay (online or at the counter) before the device goes back. */
  fee_due: ClaimMailBase & { fee: Money; reason: string; delivery_method: "drop_off" | "courier" }
  /** R8.4: a receipt for the fee. */
  fee_paid: ClaimMailBase & DeviceReturn & { fee: Money; paid_on: string; via: "online" | "counter"; reference?: string | null }
  /** R8.4: staff waived the fee; nothing is paid, so this is not a receipt. */
  fee_waived: ClaimMailBase & DeviceReturn & { fee: Money }
  /** R8.2-R8.5: the claim is settled; one line says how. */
  resolved: ClaimMailBase & Outcome
}

/** An instant in the shop's time zone: `YYYY-MM-DD` and, when known, `HH:mm`. */
export type ShopMoment = { day: string; time?: string | null }

/** What the shopper is offered (from `claim.offer`, product titles looked up). */
export type OfferSummary = {
  kind: WarrantyOfferKind
  /** The valuation (R8.3) or trade-in credit (R8.5); null for a replacement (R8.2). */
  value: Money | null
  basis: WarrantyValueBasis | null
  basis_note?: string | null
  trade_in_reason?: WarrantyTradeInReason | null
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
  option: WarrantyOfferOption
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
  option: WarrantyOfferOption | null
  credit_code?: string | null
  amount?: Money | null
  recycled: boolean
  return_device: boolean
}

export type ClaimMessage = { subject: string; text: string }

/** One subject and one plain-text body per notification, built from the data each one needs. */
export type ClaimEmails = {
  [K in ClaimNotificationKind]: (d: ClaimNotificationInput[K]) => ClaimMessage
}

/** A staff-written fragment as a sentence: trimmed, ending in a full stop. */
export function sentence(s: string): string {
  const t = s.trim()
  return /[.!?]$/.test(t) ? t : `${t}.`
}

