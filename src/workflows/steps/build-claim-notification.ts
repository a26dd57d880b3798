import type { CreateNotificationDTO, Logger, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  claimNotificationTemplate,
  claimNotificationText,
  isClaimNotificationKind,
  type ClaimNotificationInput,
  type ClaimNotificationKind,
  type Money,
} from "../../modules/warranty/claim-notification-texts"
import { EXCLUSION_REASONS, type ExclusionReason } from "../../modules/warranty/claim-texts"
import type { Locale } from "../../modules/warranty/texts"
import type { WarrantySettings } from "./get-warranty-settings"

export type BuildClaimNotificationInput = {
  id: string
  /** `warranty_claim.<move>` or just `<move>`. */
  event: string
  settings: Pick<WarrantySettings, "default_locale" | "shop_name" | "service_phone" | "storefront_claim_url">
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
  fees: (Money & { kind: string; status: string })[] | null
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
  settings: BuildClaimNotificationInput["settings"]
): Rendered | null {
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
        reason_text: isExclusionReason(reason) ? EXCLUSION_REASONS[reason][locale] : reason,
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
  }
}

function isExclusionReason(code: string): code is ExclusionReason {
  return code in EXCLUSION_REASONS
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

    const locale: Locale = claim.locale === "ro" || claim.locale === "en" ? claim.locale : input.settings.default_locale
    const common: Common = {
      ticket_number: claim.ticket_number,
      product_title: claim.product_title,
      claim_url: claimPath(claim.id, input.settings.storefront_claim_url),
      name: claim.contact?.contact_person || claim.contact?.name || customer.first_name,
      shop_name: input.settings.shop_name,
    }
    const mail = renderClaimMail(kind, claim, common, locale, input.settings)
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
