import type { CreateNotificationDTO, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TZDate } from "@date-fns/tz"
import { format } from "date-fns"
import { isLocale, texts, type Locale } from "../../i18n"
import { dayIn } from "../../modules/warranty/rules/dates"
import type { WarrantySettings } from "./get-warranty-settings"

type Settings = Pick<
  WarrantySettings,
  "default_locale" | "shop_name" | "time_zone" | "storefront_card_transfer_url" | "storefront_order_transfer_url" | "order_transfer_email"
>

/** A storefront page with `{id}` and `{token}` filled in, or null when the shop set none. */
const page = (template: string | undefined, id: string, token: string) =>
  template ? template.replace("{id}", encodeURIComponent(id)).replace("{token}", encodeURIComponent(token)) : null

export type BuildCardTransferMailInput = {
  transfer: { id: string; email: string; expires_at: Date | string; locale: string | null }
  token: string
  card: { id: string; card_number: string; product_title: string }
  from: { first_name: string | null; last_name: string | null }
  settings: Settings
}

/** Issue 11 s.3: the new owner's e-mail with the one-time link, in the owner's language. */
export const buildCardTransferMailStep = createStep("build-card-transfer-mail", async (input: BuildCardTransferMailInput) => {
  const { transfer, token, card, settings } = input
  const locale: Locale = isLocale(transfer.locale) ? transfer.locale : settings.default_locale
  const expires = new Date(transfer.expires_at)
  const data = {
    shop_name: settings.shop_name,
    card_number: card.card_number,
    product_title: card.product_title,
    from_name: [input.from.first_name, input.from.last_name].filter(Boolean).join(" ") || null,
    url: page(settings.storefront_card_transfer_url, card.id, token),
    token,
    card_id: card.id,
    expires: { day: dayIn(expires, settings.time_zone), time: format(new TZDate(expires, settings.time_zone), "HH:mm") },
  }
  const { subject, text } = texts(locale).ownership.card_transfer_email(data)
  return new StepResponse<CreateNotificationDTO[]>([
    {
      to: transfer.email,
      channel: "email",
      template: "warranty-card-transfer-requested",
      content: { subject, text },
      data: { ...data, locale, subject, text, transfer_id: transfer.id },
      trigger_type: "warranty_card.transfer_requested",
      resource_id: transfer.id,
      resource_type: "warranty_card_transfer",
      idempotency_key: `warranty_card.transfer_requested:${transfer.id}`,
    },
  ])
})

type OrderChangeRow = {
  id: string
  order_id: string
  change_type: string | null
  actions: { action: string; details: { token?: string; original_email?: string } | null }[]
}

/**
 * Issue 11 s.2: Medusa's order transfer request carries a token and sends nothing; this e-mails
 * it to the order's own address (who placed the order proves it by opening the link), in the
 * shop's default language. Nothing when the shop turned it off, or for a transfer without a token
 * (staff's transfer to a guest completes at once).
 */
export const buildOrderTransferMailStep = createStep(
  "build-order-transfer-mail",
  async (input: { order_id: string; order_change_id: string; settings: Settings }, { container }) => {
    const { settings } = input
    if (!settings.order_transfer_email) {
      return new StepResponse<CreateNotificationDTO[]>([])
    }
    const query = container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)
    const { data: changes } = await query.graph({
      entity: "order_change",
      fields: ["id", "order_id", "change_type", "actions.action", "actions.details"],
      filters: { id: input.order_change_id },
    })
    const change = changes[0] as OrderChangeRow | undefined
    const action = change?.actions?.find((a) => a.action === "TRANSFER_CUSTOMER")
    const token = action?.details?.token
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id", "email"], filters: { id: input.order_id } })
    const order = orders[0] as { id: string; display_id: number | null; email: string | null } | undefined
    const to = action?.details?.original_email ?? order?.email
    if (!change || change.change_type !== "transfer" || !token || !to || !order) {
      return new StepResponse<CreateNotificationDTO[]>([])
    }
    const locale = settings.default_locale
    const data = {
      shop_name: settings.shop_name,
      order_number: String(order.display_id ?? order.id),
      url: page(settings.storefront_order_transfer_url, order.id, token),
      token,
      order_id: order.id,
    }
    const { subject, text } = texts(locale).ownership.order_transfer_email(data)
    return new StepResponse<CreateNotificationDTO[]>([
      {
        to,
        channel: "email",
        template: "order-transfer-requested",
        content: { subject, text },
        data: { ...data, locale, subject, text, order_change_id: change.id },
        trigger_type: "order.transfer_requested",
        resource_id: order.id,
        resource_type: "order",
        idempotency_key: `order.transfer_requested:${change.id}`,
      },
    ])
  }
)
