import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ClaimCover, ClaimDeliveryMethod, ClaimStatus } from "../modules/warranty/models/warranty-claim"
import { assessCovers, mainCover } from "../modules/warranty/rules/claim-covers"
import { CLAIM_SUBMITTED_EVENT } from "../modules/warranty/rules/claim-transitions"
import type { Locale } from "../i18n"
import { createWarrantyClaimStep, NewWarrantyClaim } from "./steps/create-warranty-claim"
import { getWarrantySettingsStep } from "./steps/get-warranty-settings"
import { reserveClaimTicketStep } from "./steps/reserve-claim-ticket"
import { retrieveWarrantyCardStep } from "./steps/retrieve-warranty-card"
import { ClaimContact, validateClaimFilingStep } from "./steps/validate-claim-filing"
import { validateNoOpenClaimStep } from "./steps/validate-no-open-claim"

export const submitWarrantyClaimWorkflowId = "submit-warranty-claim"

export type SubmitWarrantyClaimInput = {
  customer_id: string
  warranty_card_id: string
  defects: string[]
  description: string
  delivery_method: "drop_off" | "courier"
  contact?: Partial<ClaimContact> & { address?: Partial<ClaimContact["address"]> }
  acknowledgements: {
    data_backup: boolean
    lock_removed: boolean
    films_removed: boolean
    accessories_included: boolean
    accessories?: string[]
  }
  paid_service_accepted?: boolean
  locale: Locale
  /** The request's `Idempotency-Key` (its stored row): the claim is tied to it as it is written. */
  idempotency_key_id?: string | null
}

/** JSON columns are typed as objects; lists are stored in them as they are. */
const json = (value: unknown) => value as Record<string, unknown>

type OrderAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
}

/**
 * R6.1: a shopper files a claim on one of their own cards and gets a ticket number. The covers
 * that apply on the filing day are recorded (R11.3); the label's contact block defaults from the
 * order's shipping address (R6.5); R6.3 acknowledgements are checked by the route's schema.
 */
export const submitWarrantyClaimWorkflow = createWorkflow(
  submitWarrantyClaimWorkflowId,
  (input: SubmitWarrantyClaimInput) => {
    const settings = getWarrantySettingsStep()
    const card = retrieveWarrantyCardStep(
      transform({ input }, ({ input }) => ({ id: input.warranty_card_id, customer_id: input.customer_id }))
    )
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "email",
        "shipping_address.first_name",
        "shipping_address.last_name",
        "shipping_address.phone",
        "shipping_address.address_1",
        "shipping_address.address_2",
        "shipping_address.city",
        "shipping_address.postal_code",
        "shipping_address.province",
        "shipping_address.country_code",
      ],
      filters: transform({ card }, ({ card }) => ({ id: card.order_id })),
    })

    const eligibility = transform({ input, card, settings }, ({ input, card, settings }) =>
      assessCovers(card, input.defects, settings.today, settings, input.locale)
    )
    const contact = transform({ input, orders }, ({ input, orders }) => {
      const a = ((orders[0] as { shipping_address?: OrderAddress } | undefined)?.shipping_address ?? {}) as OrderAddress
      const given = input.contact ?? {}
      const name = [a.first_name, a.last_name].filter(Boolean).join(" ")
      return {
        name: given.name ?? (name || undefined),
        contact_person: given.contact_person ?? given.name ?? (name || undefined),
        phone: given.phone ?? a.phone ?? undefined,
        // A new address replaces the order's whole, never field by field (no mixed addresses).
        address: given.address
          ? { ...given.address, address_2: given.address.address_2 ?? null, province: given.address.province ?? null }
          : {
              address_1: a.address_1 ?? undefined,
              address_2: a.address_2 ?? null,
              city: a.city ?? undefined,
              postal_code: a.postal_code ?? undefined,
              province: a.province ?? null,
              country_code: a.country_code ?? undefined,
            },
      } as Partial<ClaimContact>
    })
    const checkedContact = validateClaimFilingStep(
      transform({ input, card, eligibility, contact }, ({ input, card, eligibility, contact }) => ({
        card: { kind: card.kind, coverage: card.coverage },
        defects: input.defects,
        eligibility,
        paid_service_accepted: input.paid_service_accepted,
        contact,
      }))
    )
    validateNoOpenClaimStep(transform({ card }, ({ card }) => ({ warranty_card_id: card.id })))
    const ticket = reserveClaimTicketStep(
      transform({ settings }, ({ settings }) => ({ prefix: settings.claim_ticket_prefix, today: settings.today }))
    )

    const newClaim = transform(
      { input, card, settings, eligibility, checkedContact, ticket },
      ({ input, card, settings, eligibility, checkedContact, ticket }): NewWarrantyClaim => ({
        ticket_number: ticket,
        warranty_card_id: card.id,
        order_id: card.order_id,
        customer_id: input.customer_id,
        product_id: card.product_id,
        variant_id: card.variant_id,
        product_title: card.product_title,
        variant_title: card.variant_title,
        serial_number: card.serial_number,
        product_kind: card.kind,
        defects: json(input.defects),
        description: input.description,
        delivery_method: input.delivery_method as ClaimDeliveryMethod,
        contact: checkedContact,
        acknowledgements: { ...input.acknowledgements, accessories: input.acknowledgements.accessories ?? [] },
        locale: input.locale,
        status: ClaimStatus.SUBMITTED,
        cover: mainCover(eligibility.covers) as ClaimCover,
        covers: json(eligibility.covers),
        filed_covers: json(eligibility.covers),
        filed_on: settings.today,
        submitted_at: new Date(settings.now),
        version: 0,
      })
    )
    const claim = createWarrantyClaimStep(
      transform({ newClaim, input }, ({ newClaim, input }) => ({
        claim: newClaim,
        actor_id: input.customer_id,
        idempotency_key_id: input.idempotency_key_id,
      }))
    )

    emitEventStep({
      eventName: CLAIM_SUBMITTED_EVENT,
      data: transform({ claim }, ({ claim }) => ({
        id: claim.id,
        ticket_number: claim.ticket_number,
        customer_id: claim.customer_id,
        status: claim.status,
        from_status: null,
      })),
    })
    return new WorkflowResponse(claim)
  }
)
