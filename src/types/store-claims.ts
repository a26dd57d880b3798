/** The shopper's claims: filing, reading and their moves (R6-R8, R11). */
import type {
  WarrantyClaimDeliveryMethod,
  WarrantyClaimMove,
  WarrantyClaimStatus,
  WarrantyDefectCode,
} from "./claim-codes"
import type {
  WarrantyClaimAddressBody,
  WarrantyClaimBase,
  WarrantyClaimCard,
  WarrantyClaimListCard,
  WarrantyClaimSortField,
} from "./claims"
import type { WarrantyDateTime, WarrantyPageParams, WarrantyPaginatedResponse, WarrantySortOrder } from "./common"

/** One entry of the shopper's timeline: a move they can see, labelled in their language. */
export type StoreWarrantyClaimTimelineEntry = {
  move: WarrantyClaimMove | "submit"
  status: WarrantyClaimStatus
  label: string
  note: string | null
  created_at: WarrantyDateTime
}

/** A claim in the shopper's list. */
export type StoreWarrantyClaim = WarrantyClaimBase & {
  warranty_card: WarrantyClaimListCard | null
  /** R5.3: the statutory rights stay whole. */
  statement: string
}

/** One claim as the shopper reads it. */
export type StoreWarrantyClaimDetail = Omit<StoreWarrantyClaim, "warranty_card"> & {
  warranty_card: WarrantyClaimCard | null
  /** Oldest first. */
  timeline: StoreWarrantyClaimTimelineEntry[]
  /** R6.5, R6.8: where the device goes and when the service answers (the shop's settings). */
  service: StoreWarrantyClaimService
}

/** R6.5, R6.8: the service a claim's device is sent or brought to. */
export type StoreWarrantyClaimService = {
  name: string
  address_1: string
  address_2: string | null
  postal_code: string
  city: string
  country_code: string
  phone: string
  /** Monday to Friday, `HH:MM`. */
  hours: { opens: string; closes: string }
  /** The hours in the reader's language ("Monday to Friday 09:00-18:00"). */
  hours_text: string
}

/** `GET /store/warranty-claims` */
export type StoreWarrantyClaimListParams = WarrantyPageParams & {
  order?: WarrantySortOrder<WarrantyClaimSortField>
  order_id?: string
  warranty_card_id?: string
  status?: WarrantyClaimStatus | WarrantyClaimStatus[]
}

/** `GET /store/warranty-claims` */
export type StoreWarrantyClaimListResponse = WarrantyPaginatedResponse<{ warranty_claims: StoreWarrantyClaim[] }>

/**
 * `GET /store/warranty-claims/:id`, `POST /store/warranty-claims` (201) and every store move
 * (quote accept/decline, return details, cancel, offer accept/decline, fee pay).
 */
export type StoreWarrantyClaimResponse = { warranty_claim: StoreWarrantyClaimDetail }

/** `POST /store/warranty-claims` (R6.1) */
export type StoreCreateWarrantyClaimBody = {
  warranty_card_id: string
  /** R5.1 codes of a phone (the card's `covered` list), or `["manufacturing_defect"]` for an accessory (R5.2). */
  defects: WarrantyDefectCode[]
  /** Up to 2000 characters. */
  description: string
  delivery_method: WarrantyClaimDeliveryMethod
  /** R6.5: defaults from the order's shipping address; a given `address` replaces it whole. */
  contact?: {
    name?: string
    contact_person?: string
    phone?: string
    address?: WarrantyClaimAddressBody
  }
  acknowledgements: {
    /** R6.3: each must be `true`. */
    data_backup: true
    lock_removed: true
    films_removed: true
    /** R6.4 */
    accessories_included: boolean
    accessories?: string[]
  }
  /** R11.3: required (`true`) when no free cover applies. */
  paid_service_accepted?: boolean
}

/** `POST /store/warranty-claims/:id/return-details` (R7.4) */
export type StoreWarrantyClaimReturnDetailsBody = { name: string; phone: string; address: WarrantyClaimAddressBody }

/** `POST /store/warranty-claims/:id/cancel`, before intake. */
export type StoreCancelWarrantyClaimBody = { reason?: string | null }

/** `POST /store/warranty-claims/:id/quote/accept` and `/quote/decline` take no fields. */
export type StoreWarrantyClaimEmptyBody = Record<string, never>

/** `POST /store/warranty-claims/:id/fee/pay` (R8.4) */
export type StorePayWarrantyClaimFeeBody = {
  /** The payment provider of the session to create when the storefront has not; default `pp_system_default`. */
  provider_id?: string
}
