import type { CreateNotificationDTO, Logger, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TZDate } from "@date-fns/tz"
import { format } from "date-fns"
import {
  claimNotificationTemplate,
  claimNotificationText,
  isClaimNotificationKind,
  isLocale,
  textOf,
  texts,
  type ClaimNotificationInput,
  type ClaimNotificationKind,
  type DeviceReturn,
  type IssuedCredit,
  type Locale,
  type Money,
  type OfferSummary,
  type ShopMoment,
} from "../../i18n"
import type { Offer, Resolution } from "../../modules/warranty/rules/claim-offers"
import type { Fee } from "../../modules/warranty/rules/claim-moves"
import { dayIn } from "../../modules/warranty/rules/dates"
import type { WarrantySettings } from "./get-warranty-settings"

export type BuildClaimNotificationInput = {
  id: string
  /** `warranty_claim.<move>` or just `<move>`. */
  event: string
  settings: Pick<
    WarrantySettings,
    | "default_locale"
    | "shop_name"
    | "service_phone"
    | "storefront_claim_url"
    | "time_zone"
    | "credit_valid_days"
    | "replacement_fresh_term"
  >
}

/** What the notification texts read from a claim (json columns typed by the claims contract). */
type ClaimRow = {
  id: string
  ticket_number: string
  customer_id: string | null
  locale: string | null
  product_title: string
  delivery_method: "drop_off" | "courier"
  contact: { name?: string | null; contact_person?: string | null } | null
  due_on: string | null
  due_basis: string | null
  quote: (Money & { estimated_days: number; parts_to_order?: string[] | null; diagnostic_fee?: Money | null }) | null
  return_shipment: { carrier: string; tracking_number: string } | null
  rejection: { reason: string; note?: string | null } | null
  fees: Fee[] | null
  return_details: { confirmed_at: string } | null
  offer: Offer | null
  resolution: Resolution | null
  warranty_card: { id: string; ends_on: string | null } | null
}


type CustomerRow = { id: string; email: string | null; first_name: string | null }

const CLAIM_FIELDS = [
  "id",
  "ticket_number",
  "customer_id",
  "locale",
  "product_title",
  "delivery_method",
  "contact",
  "due_on",
  "due_basis",
  "quote",
  "return_shipment",
  "rejection",
  "fees",
  "return_details",
  "offer",
  "resolution",
  "warranty_card.id",
  "warranty_card.ends_on",
]

/** Store paths; a shop with a storefront would turn them into its own links. */
/**
 * Where a mail links to: the storefront's claim page when the shop set `storefront_claim_url`
 * (it offers the label download), else the store API paths a storefront can proxy.
 */
export const claimPath = (id: string, page?: string) => (page ? page.replace("{id}", id) : `/store/warranty-claims/${id}`)
export const claimLabelPath = (id: string, page?: string) => (page ? page.replace("{id}", id) : `${claimPath(id)}/label`)

type Common = Pick<ClaimNotificationInput["submitted"], "ticket_number" | "product_title" | "claim_url" | "name" | "shop_name">

function money(m: Money): Money {
  // Amounts stored in json may come back as strings.
  return { amount: Number(m.amount), currency_code: m.currency_code }
}

/** An instant as the shop's calendar day and clock time (R3.4: the shop's time zone). */
function shopMoment(at: string | Date, timeZone: string): ShopMoment {
  const instant = new Date(at)
  return { day: dayIn(instant, timeZone), time: format(new TZDate(instant, timeZone), "HH:mm") }
}

/** R8.4: the fees still owed, added up per currency (one diagnostic fee in practice). */
function owed(fees: Fee[] | null): Money | null {
  const due = (fees ?? []).filter((f) => f.status === "due")
  if (!due.length) {
    return null
  }
  const currency = due[0].currency_code
  return { amount: due.filter((f) => f.currency_code === currency).reduce((sum, f) => sum + Number(f.amount), 0), currency_code: currency }
}

/** The fees settled by the latest move of one kind (`paid` or `waived`): those with its settling instant. */
function lastSettled(fees: Fee[] | null, status: "paid" | "waived"): { fee: Money; first: Fee } | null {
  const settled = (fees ?? []).filter((f) => f.status === status && f.settled_at)
  if (!settled.length) {
    return null
  }
  const at = settled.map((f) => f.settled_at as string).sort().at(-1)
  const batch = settled.filter((f) => f.settled_at === at && f.currency_code === settled[0].currency_code)
  const first = batch[0] ?? settled[0]
  return {
    fee: { amount: batch.reduce((sum, f) => sum + Number(f.amount), 0), currency_code: first.currency_code },
    first,
  }
}

function deviceReturn(claim: ClaimRow): DeviceReturn {
  return { delivery_method: claim.delivery_method, return_details_confirmed: !!claim.return_details, fee_due: owed(claim.fees) }
}

type Lookups = {
  /** Product titles by id (suggested products, the product bought with a top-up). */
  products: Map<string, string>
  /** R8.2: the replacement unit's card end date. */
  new_card_ends_on: string | null
}

type Rendered = {
  data: ClaimNotificationInput[ClaimNotificationKind]
  subject: string
  text: string
  /** Tells two mails of the same kind on one claim apart (idempotency). */
  key_suffix: string
}

function render<K extends ClaimNotificationKind>(
  kind: K,
  locale: Locale,
  data: ClaimNotificationInput[K],
  key_suffix = ""
): Rendered {
  return { data, ...claimNotificationText(kind, locale, data), key_suffix }
}

/** The mail for one event, or null when the claim lacks what the mail is about. */
function renderClaimMail(
  kind: ClaimNotificationKind,
  claim: ClaimRow,
  common: Common,
  locale: Locale,
  settings: BuildClaimNotificationInput["settings"],
  lookups: Lookups
): Rendered | null {
  const offer = claim.offer
  const offerSummary = (o: Offer): OfferSummary => ({
    kind: o.kind,
    value: o.value ? money(o.value) : null,
    basis: o.basis,
    basis_note: o.basis_note,
    trade_in_reason: o.trade_in_reason,
    suggested_products: (o.suggested_product_ids ?? []).flatMap((id) => lookups.products.get(id) ?? []),
    note: o.note,
    expires: shopMoment(o.expires_at, settings.time_zone),
    credit_valid_days: settings.credit_valid_days,
    fresh_term: settings.replacement_fresh_term,
  })
  // A new offer (R8.2-R8.5) may replace an earlier one: each offer gets its own mails.
  const offerKey = offer ? `:${offer.made_at}` : ""
  switch (kind) {
    case "submitted":
      return render(kind, locale, { ...common, label_url: claimLabelPath(claim.id, settings.storefront_claim_url) })
    case "received":
      return render(kind, locale, { ...common, due_on: claim.due_on })
    case "quoted": {
      const quote = claim.quote
      if (!quote) {
        return null
      }
      return render(kind, locale, {
        ...common,
        quote: {
          ...money(quote),
          estimated_days: Number(quote.estimated_days),
          parts_to_order: quote.parts_to_order ?? [],
          diagnostic_fee: quote.diagnostic_fee ? money(quote.diagnostic_fee) : null,
        },
      })
    }
    case "return_details_requested":
      return render(kind, locale, { ...common, delivery_method: claim.delivery_method })
    case "return_shipped": {
      const shipment = claim.return_shipment
      if (!shipment) {
        return null
      }
      // A corrected tracking number is a new mail.
      return render(
        kind,
        locale,
        { ...common, carrier: shipment.carrier, tracking_number: shipment.tracking_number },
        `:${shipment.tracking_number}`
      )
    }
    case "rejected": {
      const rejection = claim.rejection
      if (!rejection) {
        return null
      }
      const reason = rejection.reason
      const fee = (claim.fees ?? []).find((f) => f.kind === "diagnostic" && f.status === "due")
      return render(kind, locale, {
        ...common,
        reason_text: textOf(texts(locale).claim.exclusion_reason, reason) ?? reason,
        note: rejection.note ?? null,
        fee: fee ? money(fee) : null,
      })
    }
    case "overdue": {
      const due_on = claim.due_on
      if (!due_on) {
        return null
      }
      const due_basis = claim.due_basis === "legal" || claim.due_basis === "commercial" ? claim.due_basis : null
      // After an extension (R7.2) the claim can be overdue again: a new due day, a new mail.
      return render(kind, locale, { ...common, due_on, due_basis, service_phone: settings.service_phone }, `:${due_on}`)
    }
    case "offer_made":
    case "offer_expiring":
      if (!offer) {
        return null
      }
      return render(kind, locale, { ...common, offer: offerSummary(offer) }, offerKey)
    case "offer_accepted": {
      const option = offer?.status === "accepted" ? offer.accepted_option : null
      if (!offer || !option) {
        return null
      }
      const resolution = claim.resolution ?? {}
      const credit: IssuedCredit | null = resolution.credit
        ? {
            ...money(resolution.credit),
            code: resolution.credit.code,
            expires_on: resolution.credit.expires_at ? dayIn(new Date(resolution.credit.expires_at), settings.time_zone) : null,
          }
        : null
      const old_ends_on = claim.warranty_card?.ends_on ?? null
      return render(
        kind,
        locale,
        {
          ...common,
          ...deviceReturn(claim),
          option,
          value: offer.value ? money(offer.value) : null,
          credit,
          refund: resolution.refund ? money(resolution.refund) : null,
          product: resolution.product_id ? (lookups.products.get(resolution.product_id) ?? null) : null,
          // R8.2: the new card keeps the old end date unless the shop gives a fresh term.
          card: lookups.new_card_ends_on
            ? { ends_on: lookups.new_card_ends_on, same_end_date: lookups.new_card_ends_on === old_ends_on }
            : !settings.replacement_fresh_term && old_ends_on
              ? { ends_on: old_ends_on, same_end_date: true }
              : null,
          fresh_term: settings.replacement_fresh_term,
          return_device: offer.return_device,
        },
        offerKey
      )
    }
    case "offer_declined":
    case "offer_expired":
      if (!offer) {
        return null
      }
      // R6.2, R7.4: the device goes back at the shopper's cost, once the return details are confirmed.
      return render(kind, locale, { ...common, ...deviceReturn(claim) }, offerKey)
    case "fee_due": {
      const due = (claim.fees ?? []).filter((f) => f.status === "due").sort((a, b) => a.created_at.localeCompare(b.created_at)).at(-1)
      if (!due) {
        return null
      }
      return render(
        kind,
        locale,
        { ...common, fee: money(due), reason: due.reason, delivery_method: claim.delivery_method },
        `:${due.created_at}`
      )
    }
    case "fee_paid": {
      const paid = lastSettled(claim.fees, "paid")
      if (!paid) {
        return null
      }
      const { first } = paid
      return render(
        kind,
        locale,
        {
          ...common,
          ...deviceReturn(claim),
          fee: paid.fee,
          paid_on: dayIn(new Date(first.settled_at as string), settings.time_zone),
          via: first.settled_via === "online" ? "online" : "counter",
          reference: first.settled_via === "counter" ? (first.reference ?? null) : null,
        },
        `:${first.created_at}`
      )
    }
    case "fee_waived": {
      const waived = lastSettled(claim.fees, "waived")
      if (!waived) {
        return null
      }
      // The waiver's reason is staff's record, not part of the shopper's mail.
      return render(kind, locale, { ...common, ...deviceReturn(claim), fee: waived.fee }, `:${waived.first.created_at}`)
    }
    case "resolved": {
      const resolution = claim.resolution ?? {}
      const option = offer?.status === "accepted" ? offer.accepted_option : null
      const credit = resolution.credit
      const amount = credit ? money(credit) : resolution.refund ? money(resolution.refund) : offer?.value ? money(offer.value) : null
      return render(kind, locale, {
        ...common,
        option,
        credit_code: credit?.code ?? null,
        amount: option === "replacement" ? null : amount,
        recycled: !!resolution.recycled_at,
        return_device: !!offer?.return_device,
      })
    }
  }
}

/** Product titles and the replacement card's end date, read only for the mails that show them. */
async function lookup(query: RemoteQueryFunction, kind: ClaimNotificationKind, claim: ClaimRow): Promise<Lookups> {
  const lookups: Lookups = { products: new Map(), new_card_ends_on: null }
  const product_ids =
    kind === "offer_made" || kind === "offer_expiring"
      ? (claim.offer?.suggested_product_ids ?? [])
      : kind === "offer_accepted" && claim.resolution?.product_id
        ? [claim.resolution.product_id]
        : []
  if (product_ids.length) {
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: product_ids } })
    for (const p of products as { id: string; title: string }[]) {
      lookups.products.set(p.id, p.title)
    }
  }
  const new_card_id = kind === "offer_accepted" ? claim.resolution?.new_card_id : null
  if (new_card_id) {
    const { data: cards } = await query.graph({ entity: "warranty_card", fields: ["id", "ends_on"], filters: { id: new_card_id } })
    lookups.new_card_ends_on = (cards[0] as { ends_on: string | null } | undefined)?.ends_on ?? null
  }
  return lookups
}

/**
 * Section 4: the shopper's e-mail for one claim event, in the claim's language, ready for
 * `sendNotificationsStep`. An empty list when there is no one to write to (no customer, no
 * e-mail) or nothing to say, so the event never fails for that.
 */
export const buildClaimNotificationStep = createStep(
  "build-claim-notification",
  async (input: BuildClaimNotificationInput, { container }) => {
    const kind = input.event.replace(/^warranty_claim\./, "")
    if (!isClaimNotificationKind(kind)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The claim event ${input.event} has no shopper notification`)
    }
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)

    const { data: claims } = await query.graph({
      entity: "warranty_claim",
      fields: CLAIM_FIELDS,
      filters: { id: input.id },
    })
    const claim = claims[0] as ClaimRow | undefined
    if (!claim) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty claim with id: ${input.id} was not found`)
    }

    const skip = (why: string) => {
      logger.warn(`warranty: no ${kind} notification for claim ${claim.ticket_number}: ${why}`)
      return new StepResponse<CreateNotificationDTO[]>([])
    }
    if (!claim.customer_id) {
      return skip("the claim has no customer")
    }
    const { data: customers } = await query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name"],
      filters: { id: claim.customer_id },
    })
    const customer = customers[0] as CustomerRow | undefined
    if (!customer?.email) {
      return skip("the customer has no e-mail address")
    }

    const locale: Locale = isLocale(claim.locale) ? claim.locale : input.settings.default_locale
    const common: Common = {
      ticket_number: claim.ticket_number,
      product_title: claim.product_title,
      claim_url: claimPath(claim.id, input.settings.storefront_claim_url),
      name: claim.contact?.contact_person || claim.contact?.name || customer.first_name,
      shop_name: input.settings.shop_name,
    }
    const mail = renderClaimMail(kind, claim, common, locale, input.settings, await lookup(query, kind, claim))
    if (!mail) {
      return skip("the claim has no data for it yet")
    }
    const { data, subject, text } = mail

    return new StepResponse<CreateNotificationDTO[]>([
      {
        to: customer.email,
        channel: "email",
        template: claimNotificationTemplate(kind),
        content: { subject, text },
        data: { ...data, locale, subject, text, claim_id: claim.id },
        trigger_type: `warranty_claim.${kind}`,
        resource_id: claim.id,
        resource_type: "warranty_claim",
        receiver_id: customer.id,
        idempotency_key: `warranty_claim.${kind}:${claim.id}${mail.key_suffix}`,
      },
    ])
  }
)
