import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { textOf, texts } from "../../../../../i18n"
import { offerOpen, type Offer } from "../../../../../modules/warranty/rules/claim-offers"
import { readerLocale } from "../../../../utils/locale"
import { claimOfferStates } from "../../../../utils/offer-options"
import { findClaim } from "../../../../utils/warranty-claims"
import { warrantyService } from "../../../../utils/warranty-cards"
import type { StoreWarrantyClaimOfferResponse, StoreWarrantyOffer } from "../../../../../types"

/**
 * The shopper's offer (R8.2, R8.3, R8.5): what is offered, the choices with their meaning and
 * whether each can be taken now (with the reason when not), until when, and the products staff suggest. Someone else's claim, or one without an offer, is a 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreWarrantyClaimOfferResponse>) {
  const claim = await findClaim(req.scope, { id: req.params.id, customer_id: req.auth_context.actor_id })
  const offer = claim.offer as unknown as Offer | null
  if (!offer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty claim ${claim.ticket_number} has no offer`)
  }
  const locale = readerLocale(req)
  const now = new Date().toISOString()
  const open = offerOpen(offer, now)
  // Per choice: would accepting it now work? Read again each time (stock may have gone since).
  const states = (await claimOfferStates(req.scope, claim, now)) ?? []
  let suggested_products: StoreWarrantyOffer["suggested_products"] = []
  if (offer.suggested_product_ids.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "thumbnail", "variants.id", "variants.title"],
      filters: { id: offer.suggested_product_ids, status: "published" },
    })
    suggested_products = data
  }
  res.json({
    offer: {
      ...offer,
      // An offer past its time is expired for the shopper even before the hourly job records it.
      status: offer.status === "open" && !open ? "expired" : offer.status,
      // A closed offer (past its time, or the claim moved on) reads `offer_closed` on every choice.
      can_accept: states.some((s) => s.can_accept),
      choices: states.map((state) => ({
        ...state,
        label: textOf(texts(locale).claim.offer_option, state.option) ?? state.option,
        detail: textOf(texts(locale).claim.offer_detail, state.option) ?? null,
        reason_text: state.reason ? (textOf(texts(locale).claim.offer_blocked, state.reason) ?? null) : null,
      })),
      suggested_products,
    },
    claim: { id: claim.id, ticket_number: claim.ticket_number, status: claim.status },
    today: warrantyService(req.scope).today(),
  })
}
