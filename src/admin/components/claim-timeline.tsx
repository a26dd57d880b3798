import { ArrowRightMini } from "@medusajs/icons"
import type { ReactNode } from "react"
import { Badge, Text } from "@medusajs/ui"
import {
  BATTERY_FINDING_LABELS,
  CLAIM_COVER_LABELS,
  CLAIM_MOVE_LABELS,
  DEFECT_LABELS,
  DELIVERY_METHOD_LABELS,
  EXCLUSION_REASONS,
  exclusionLabel,
  EXTENSION_REASON_LABELS,
  formatDateTime,
  formatDay,
  formatMoney,
  humanize,
  OFFER_KIND_LABELS,
  OFFER_OPTION_LABELS,
  OFFER_STATUS_LABELS,
  TRADE_IN_REASON_LABELS,
  VALUE_BASIS_LABELS,
} from "../lib/format"
import type {
  WarrantyClaimCoverKind as ClaimCoverKind,
  AdminWarrantyClaimEvent as ClaimEvent,
  WarrantyExclusionReason as ExclusionReason,
} from "../../types"
import { ClaimStatusBadge } from "./claim-status-badge"
import { ClaimSection } from "./claim-section"

const isMoney = (value: unknown): value is { amount: number; currency_code: string } =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { amount?: unknown }).amount === "number" &&
  typeof (value as { currency_code?: unknown }).currency_code === "string"

const isCoverPeriod = (value: unknown): value is { kind: ClaimCoverKind; until: string } =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { kind?: unknown }).kind === "string" &&
  typeof (value as { until?: unknown }).until === "string"

/** One value of an event's data, readable: R9 codes by their label, days and money as such, lists joined. */
function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return "-"
  }
  if (typeof value === "boolean") {
    return value ? "Yes" : "No"
  }
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return formatDay(value)
    }
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
      return formatDateTime(value)
    }
    return EXCLUSION_REASONS.includes(value as ExclusionReason) ? exclusionLabel(value) : value
  }
  if (typeof value === "number") {
    return String(value)
  }
  if (Array.isArray(value)) {
    return value.length ? value.map(formatValue).join(", ") : "-"
  }
  if (isMoney(value)) {
    return formatMoney(value.amount, value.currency_code)
  }
  if (isCoverPeriod(value)) {
    return `${CLAIM_COVER_LABELS[value.kind] ?? value.kind} until ${formatDay(value.until)}`
  }
  return JSON.stringify(value)
}

/** How a shopper's answer staff recorded for them was given. */
const CHANNEL_LABELS: Record<string, string> = {
  counter: "at the counter",
  phone: "on the phone",
  email: "by e-mail",
}

/** Codes in an event's data that have a label of their own. */
const R9_LABELS = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, exclusionLabel(r)]))
const CODE_LABELS: Record<string, Record<string, string>> = {
  reason: { ...EXTENSION_REASON_LABELS, ...R9_LABELS },
  exclusion_reason: R9_LABELS,
  battery_finding: BATTERY_FINDING_LABELS,
  due_basis: { commercial: "30-day service period", legal: "15-day legal limit" },
  defects: DEFECT_LABELS,
  delivery_method: DELIVERY_METHOD_LABELS,
  decision: { pending: "Pending", accepted: "Accepted", declined: "Declined" },
  // R8.2-R8.5: the offer a move made or answered.
  kind: OFFER_KIND_LABELS,
  status: OFFER_STATUS_LABELS,
  options: OFFER_OPTION_LABELS,
  option: OFFER_OPTION_LABELS,
  accepted_option: OFFER_OPTION_LABELS,
  basis: VALUE_BASIS_LABELS,
  trade_in_reason: TRADE_IN_REASON_LABELS,
  paid_by: { customer: "Customer", shop: "Shop" },
  channel: CHANNEL_LABELS,
  // R11.4: the photos a line added, by stage.
  stage: { filing: "Filing", intake: "Intake", diagnosis: "Diagnosis" },
}

/** An offer inside an event's data (the open offer a new one replaced): its kind and value. */
const isOffer = (value: unknown): value is { kind: keyof typeof OFFER_KIND_LABELS; value: unknown } =>
  typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string" && "options" in value

/** Shown elsewhere on the line (note, time, who), or ids a person cannot read, so left out of the details. */
const SKIPPED_KEYS = [
  "note",
  "created_at",
  "made_at",
  "channel",
  "recorded_by",
  "product_id",
  "variant_id",
  "replacement_variant_id",
  "reservation_ids",
  "suggested_product_ids",
  "payment_collection_id",
  "payment_id",
  "order_id",
  "customer_id",
  "cart_id",
]

/** An id of Medusa's (`res_...`, `variant_...`): never printed where a person reads. */
const isId = (value: unknown): boolean =>
  typeof value === "string" && /^(res|variant|prod|cus|user|order|pay|paycol|cart|reg|promo|ful|ret|claim|exc)_[0-9A-Z]{10,}$/i.test(value)

/** Who made the move, as the API names them; a shopper's answer staff recorded says both. */
function whoLabel(event: ClaimEvent): string {
  const channel = typeof event.data?.channel === "string" ? event.data.channel : null
  if (channel) {
    const how = CHANNEL_LABELS[channel] ?? channel
    return `${event.actor_name} (${how}), recorded by ${event.recorded_by_name ?? "staff"}`
  }
  return event.actor_name
}

/** Rule ids ("(R8.2)") stay out of what a clerk reads: the shared labels carry some. */
const withoutRuleIds = (text: string) => text.replace(/\s*\(R\d+(?:\.\d+)?(?:[,-]\s*R?\d+(?:\.\d+)?)*\)/g, "")

function formatEntry(key: string, value: unknown): string {
  return withoutRuleIds(formatEntryText(key, value))
}

/** R11.4: the photos a line added (`{ id, original_name }`), by the names their devices gave. */
const isPhotoList = (key: string, value: unknown): value is { original_name: string }[] =>
  key === "photos" && Array.isArray(value) && value.every((p) => typeof p?.original_name === "string")

function formatEntryText(key: string, value: unknown): string {
  if (isPhotoList(key, value)) {
    return value.map((p) => p.original_name).join(", ")
  }
  if (isOffer(value)) {
    const kind = OFFER_KIND_LABELS[value.kind] ?? value.kind
    return isMoney(value.value) ? `${kind}, ${formatMoney(value.value.amount, value.value.currency_code)}` : kind
  }
  const labels = CODE_LABELS[key]
  if (labels && typeof value === "string") {
    return labels[value] ?? formatValue(value)
  }
  if (labels && Array.isArray(value)) {
    return value.map((v) => (typeof v === "string" ? (labels[v] ?? v) : formatValue(v))).join(", ") || "-"
  }
  return formatValue(value)
}

const EventItem = ({ event, last }: { event: ClaimEvent; last: boolean }) => {
  const note = typeof event.data?.note === "string" ? event.data.note : null
  const data = event.data ?? {}
  // A quote's amount and currency read as one sum.
  const withMoney = isMoney(data) ? { ...data, amount: { amount: data.amount, currency_code: data.currency_code } } : data
  const details = Object.entries(withMoney).filter(
    ([key, value]) =>
      !SKIPPED_KEYS.includes(key) &&
      !(key === "currency_code" && isMoney(data)) &&
      value !== null &&
      value !== undefined &&
      !isId(value) &&
      !(Array.isArray(value) && value.some(isId))
  )
  const moved = event.from_status && event.from_status !== event.to_status

  return (
    <li className="relative flex gap-x-3 pb-5 last:pb-0">
      {/* The line that joins one event to the next. */}
      {!last && <div aria-hidden className="bg-ui-border-base absolute left-[5px] top-4 h-full w-px" />}
      <div aria-hidden className="bg-ui-bg-base border-ui-border-strong mt-1 size-[11px] shrink-0 rounded-full border-2" />
      <div className="flex min-w-0 flex-1 flex-col gap-y-1">
        <div className="flex flex-wrap items-center justify-between gap-x-2">
          <Text size="small" leading="compact" weight="plus">
            {CLAIM_MOVE_LABELS[event.move] ?? humanize(event.move)}
          </Text>
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle whitespace-nowrap">
            {formatDateTime(event.created_at)}
          </Text>
        </div>
        {moved && event.from_status && (
          <div className="flex flex-wrap items-center gap-1">
            <ClaimStatusBadge status={event.from_status} />
            <ArrowRightMini className="text-ui-fg-muted" />
            <ClaimStatusBadge status={event.to_status} />
          </div>
        )}
        <div className="flex flex-wrap items-center gap-x-2">
          <Text size="xsmall" leading="compact" className="text-ui-fg-subtle" data-testid="claim-event-actor">
            {whoLabel(event)}
          </Text>
          {!event.visible_to_customer && (
            <Badge size="2xsmall" color="grey">
              Staff only
            </Badge>
          )}
        </div>
        {note && (
          <Text size="small" leading="compact" className="bg-ui-bg-subtle rounded-md px-2 py-1.5 whitespace-pre-line break-words">
            {note}
          </Text>
        )}
        {details.length > 0 && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
            {details.map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="txt-compact-xsmall text-ui-fg-subtle">{humanize(key)}</dt>
                <dd className="txt-compact-xsmall text-ui-fg-base break-words">{formatEntry(key, value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </li>
  )
}

/** Every move of the claim, newest first (the API lists them oldest first). */
export const ClaimTimeline = ({ events, action }: { events: ClaimEvent[]; action?: ReactNode }) => {
  const newestFirst = [...events].reverse()
  return (
    <ClaimSection title="Timeline" action={action}>
      <div className="px-6 py-4">
        {newestFirst.length ? (
          <ol>
            {newestFirst.map((event, i) => (
              <EventItem key={event.id} event={event} last={i === newestFirst.length - 1} />
            ))}
          </ol>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No events yet.
          </Text>
        )}
      </div>
    </ClaimSection>
  )
}
