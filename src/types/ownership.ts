/**
 * Issue 11, sections 2 and 3: who owns a card, its owner log, and card transfers. Type-only.
 * Medusa's own order transfer routes (`/store/orders/:id/transfer/*`) keep Medusa's types.
 */
import type { AdminWarrantyShopper, WarrantyDateTime } from "./common"
import type { AdminWarrantyCardDetail, StoreWarrantyCardDetail } from "./cards"

/** How a card came to an owner: bought it, its order was transferred, its owner or staff handed it on. */
export type WarrantyCardOwnerSource = "sale" | "order_transfer" | "card_transfer" | "admin_transfer"

export type WarrantyCardTransferStatus = "requested" | "accepted" | "canceled"

/** A card transfer the owner started: to whom, until when (the token is only in the e-mail). */
export type StoreWarrantyCardTransfer = {
  id: string
  warranty_card_id: string
  /** The new owner's e-mail address, in lower case. */
  email: string
  status: WarrantyCardTransferStatus
  expires_at: WarrantyDateTime
  created_at: WarrantyDateTime
}

/** `GET /store/warranty-cards/:id/transfer`: whether the shop transfers cards, and the open transfer if any. */
export type StoreWarrantyCardTransferStateResponse = {
  card_transfers: boolean
  warranty_card_transfer: StoreWarrantyCardTransfer | null
}

/** `POST /store/warranty-cards/:id/transfer` */
export type StoreRequestWarrantyCardTransferBody = { email: string }
export type StoreWarrantyCardTransferResponse = { warranty_card_transfer: StoreWarrantyCardTransfer }

/** `POST /store/warranty-cards/:id/transfer/accept`: the new owner's card. */
export type StoreAcceptWarrantyCardTransferBody = { token: string }
export type StoreAcceptWarrantyCardTransferResponse = { warranty_card: StoreWarrantyCardDetail }

/** `POST /store/warranty-cards/:id/transfer/cancel` */
export type StoreCancelWarrantyCardTransferResponse = { warranty_card_transfer: null }

/** `POST /admin/warranty-cards/:id/transfer` */
export type AdminTransferWarrantyCardBody = { customer_id: string; note?: string }
export type AdminTransferWarrantyCardResponse = { warranty_card: AdminWarrantyCardDetail }

/** One owner of a card, from `created_at` on; the first row is the buyer. */
export type AdminWarrantyCardOwner = {
  id: string
  customer_id: string | null
  /** The customer, named (null for a deleted customer). */
  customer: AdminWarrantyShopper | null
  source: WarrantyCardOwnerSource
  /** The source in words, in the reader's language. */
  source_label: string
  /** Who made the change: the customer who accepted, the staff member, or the plugin (sale, order transfer). */
  actor: "customer" | "admin" | "system"
  actor_id: string | null
  /** The staff member's e-mail, when staff made the change. */
  actor_email: string | null
  previous_customer_id: string | null
  /** Staff's note, or the order id of an order transfer. */
  note: string | null
  created_at: WarrantyDateTime
}

/** A storefront transfer as staff see it. */
export type AdminWarrantyCardTransfer = StoreWarrantyCardTransfer & {
  from_customer_id: string
  accepted_at: WarrantyDateTime | null
  accepted_by: string | null
  canceled_at: WarrantyDateTime | null
}

/** `GET /admin/warranty-cards/:id/owners`: the owner log, oldest first, and the storefront transfers. */
export type AdminWarrantyCardOwnersResponse = {
  warranty_card_owners: AdminWarrantyCardOwner[]
  warranty_card_transfers: AdminWarrantyCardTransfer[]
}
