import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { renderHandoverReceiptPdf, type HandoverReceiptInput } from "../../documents/handover-receipt-pdf"
import { renderIntakeReceiptPdf, type IntakeReceiptInput } from "../../documents/intake-receipt-pdf"
import type { ReceiptClaim, ReceiptShop } from "../../documents/receipt-layout"
import { isLocale, textOf, texts, type Locale } from "../../i18n"
import { handoverOutcome, hasBeenReceived } from "../../modules/warranty/rules/handover"
import { hasBattery } from "../../modules/warranty/rules/has-battery"
import { effectiveStatus } from "../../modules/warranty/rules/status"
import type { WarrantyOptions } from "../../modules/warranty/options"
import type {
  WarrantyClaimContact,
  WarrantyClaimFee,
  WarrantyClaimIntake,
  WarrantyClaimQuote,
  WarrantyClaimResolution,
  WarrantyClaimReturnShipment,
  WarrantyClientErrorBody,
  WarrantyClaimOffer,
  WarrantyClaimDiagnosis,
} from "../../types"
import type { GetWarrantyClaimReceiptParamsType } from "./receipt-params"
import { sendPdf } from "./send-pdf"
import { warrantyService } from "./warranty-cards"

type Card = {
  id: string
  card_number: string
  serial_number: string | null
  status: string
  ends_on: string | null
  kind: string
  battery_days: number
  battery_health_records?: { percent: number | null; measured_at: Date | string; source: string }[]
}

/** The columns of a claim the receipts read (the JSON columns as the contract describes them). */
type ReceiptRow = {
  id: string
  ticket_number: string
  status: string
  locale: string
  product_title: string
  variant_title: string | null
  serial_number: string | null
  product_kind: string
  defects: string[]
  description: string
  delivery_method: "drop_off" | "courier"
  contact: WarrantyClaimContact
  received_on: string | null
  received_at: Date | string | null
  due_on: string | null
  due_basis: "commercial" | "legal" | null
  extensions: unknown[] | null
  intake: WarrantyClaimIntake | null
  diagnosis: WarrantyClaimDiagnosis | null
  exclusion_reason: string | null
  quote: WarrantyClaimQuote | null
  fees: WarrantyClaimFee[] | null
  return_shipment: WarrantyClaimReturnShipment | null
  offer: WarrantyClaimOffer | null
  resolution: WarrantyClaimResolution | null
  ready_at: Date | string | null
  recycled_at: Date | string | null
  warranty_card: Card | null
  events: { move: string; data: Record<string, unknown> | null; created_at: Date | string }[] | null
}

const FIELDS = ["*", "warranty_card.*", "warranty_card.battery_health_records.*", "events.*"]

async function loadClaim(container: MedusaContainer, id: string): Promise<ReceiptRow> {
  const { data } = await container.resolve("query").graph({ entity: "warranty_claim", fields: FIELDS, filters: { id } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Warranty claim with id: ${id} was not found`)
  }
  return data[0] as unknown as ReceiptRow
}

/** R6.8: the shop as the receipts print it, from the plugin options. */
function receiptShop(options: WarrantyOptions): ReceiptShop {
  return {
    name: options.shop_name,
    service: { ...options.service_address, phone: options.service_phone, hours: options.service_hours },
  }
}

function receiptClaim(claim: ReceiptRow): ReceiptClaim {
  return {
    ticket_number: claim.ticket_number,
    card_number: claim.warranty_card?.card_number ?? null,
    product_title: claim.product_title,
    variant_title: claim.variant_title,
    // The IMEI may have been set on the card after filing.
    serial_number: claim.serial_number ?? claim.warranty_card?.serial_number ?? null,
    customer: { name: claim.contact?.name ?? "", phone: claim.contact?.phone ?? "" },
  }
}

const withBattery = (claim: ReceiptRow) => hasBattery(claim.warranty_card ?? { kind: claim.product_kind })

/** R7.1: what the intake receipt prints. */
export function intakeReceipt(claim: ReceiptRow, options: WarrantyOptions, locale: Locale): IntakeReceiptInput {
  const intake = claim.intake
  return {
    ...receiptClaim(claim),
    shop: receiptShop(options),
    delivery_method: claim.delivery_method,
    received_on: claim.received_on as string,
    intake: {
      accessories_received: intake?.accessories_received ?? [],
      original_packaging: intake?.original_packaging ?? false,
      seals_intact: intake?.seals_intact ?? false,
      damage_notes: intake?.damage_notes ?? null,
      battery_percent: intake?.battery_percent ?? null,
    },
    has_battery: withBattery(claim),
    defects: (claim.defects ?? []).map((code) => ({ code, label: textOf(texts(locale).defect, code) ?? code })),
    description: claim.description ?? "",
    due: claim.due_on ? { on: claim.due_on, basis: claim.due_basis, extended: !!claim.extensions?.length } : null,
    terms: {
      service_days: options.service_days,
      legal_days: options.legal_remedy_days,
      legal_working: options.legal_remedy_day_unit === "working",
      legal_from_filing: options.legal_remedy_from === "filing",
    },
  }
}

const time = (v: Date | string | null | undefined) => (v ? new Date(v).getTime() : 0)

/** R4.6: the `repair` reading taken since the device came in, the latest one. */
function batteryAfterRepair(claim: ReceiptRow): number | null {
  const since = time(claim.received_at)
  const readings = (claim.warranty_card?.battery_health_records ?? [])
    .filter((r) => r.source === "repair" && time(r.measured_at) >= since && r.percent !== null)
    .sort((a, b) => time(b.measured_at) - time(a.measured_at))
  return readings[0]?.percent ?? null
}

/** The note of the latest of these moves that left one. */
function lastNote(claim: ReceiptRow, moves: string[]): string | null {
  const notes = (claim.events ?? [])
    .filter((e) => moves.includes(e.move) && typeof e.data?.note === "string" && (e.data.note as string).trim())
    .sort((a, b) => time(b.created_at) - time(a.created_at))
  return (notes[0]?.data?.note as string | undefined) ?? null
}

/** R7.4: what the handover receipt prints, or null when there is nothing to hand over yet. */
export async function handoverReceipt(
  container: MedusaContainer,
  claim: ReceiptRow,
  locale: Locale
): Promise<HandoverReceiptInput | null> {
  const outcome = handoverOutcome(claim)
  if (!outcome) {
    return null
  }
  const warranty = warrantyService(container)
  const today = warranty.today()
  const card = claim.warranty_card
  let continues: HandoverReceiptInput["warranty"] = null
  if (outcome === "replaced" && claim.resolution?.new_card_id) {
    // R8.2: the replacement has a card of its own.
    const [fresh] = await warranty.listWarrantyCards({ id: claim.resolution.new_card_id }, { take: 1 })
    continues = fresh?.ends_on ? { card_number: fresh.card_number, ends_on: fresh.ends_on, new_card: true } : null
  } else if ((outcome === "repaired" || outcome === "returned_unrepaired") && card?.ends_on) {
    // R7.6: the repair neither ends nor restarts the card.
    const status = effectiveStatus({ status: card.status, ends_on: card.ends_on }, today)
    continues = status === "active" ? { card_number: card.card_number, ends_on: card.ends_on, new_card: false } : null
  }
  const reason = claim.exclusion_reason ? textOf(texts(locale).claim.exclusion_reason, claim.exclusion_reason) ?? null : null
  return {
    ...receiptClaim(claim),
    shop: receiptShop(await warranty.getSettings()),
    received_on: claim.received_on,
    handed_over_on: today,
    outcome,
    work: {
      findings: claim.diagnosis?.findings ?? null,
      repair_note: lastNote(claim, ["mark_ready", "start_repair"]),
      parts: claim.quote?.decision === "accepted" ? claim.quote.parts_to_order : [],
      reason: outcome === "returned_unrepaired" ? reason : null,
    },
    has_battery: withBattery(claim),
    battery_after: outcome === "repaired" ? batteryAfterRepair(claim) : null,
    fees: (claim.fees ?? []).map((f) => ({
      amount: f.amount,
      currency_code: f.currency_code,
      status: f.status,
      settled_via: f.settled_via ?? null,
      reference: f.settled_via === "counter" ? f.reference ?? null : null,
    })),
    warranty: continues,
    return_shipment: claim.return_shipment
      ? { carrier: claim.return_shipment.carrier, tracking_number: claim.return_shipment.tracking_number }
      : null,
  }
}

/**
 * Medusa's error handler replaces a 409's message with a generic text: answer it here, in words
 * a clerk can act on.
 */
function conflict(res: MedusaResponse<WarrantyClientErrorBody>, message: string): void {
  res.status(409).json({ type: "conflict", message })
}

/** The routes of a claim's intake and handover receipts (staff only). */
export function claimReceiptRoute(kind: "intake" | "handover") {
  return async (
    req: AuthenticatedMedusaRequest<unknown, GetWarrantyClaimReceiptParamsType>,
    res: MedusaResponse<WarrantyClientErrorBody>
  ) => {
    const claim = await loadClaim(req.scope, req.params.id)
    const asked = req.validatedQuery?.locale
    const locale: Locale = isLocale(asked) ? asked : isLocale(claim.locale) ? claim.locale : warrantyService(req.scope).getOptions().default_locale
    if (!hasBeenReceived(claim)) {
      conflict(res, `Claim ${claim.ticket_number} has not been received yet: its receipts print once the device is at the service (receive it first).`)
      return
    }
    if (kind === "intake") {
      const input = intakeReceipt(claim, await warrantyService(req.scope).getSettings(), locale)
      sendPdf(res, `${claim.ticket_number}-intake-receipt.pdf`, await renderIntakeReceiptPdf(input, locale))
      return
    }
    const input = await handoverReceipt(req.scope, claim, locale)
    if (!input) {
      conflict(res, `Claim ${claim.ticket_number} is still in service ("${claim.status}"): there is nothing to hand over yet.`)
      return
    }
    sendPdf(res, `${claim.ticket_number}-handover-receipt.pdf`, await renderHandoverReceiptPdf(input, locale))
  }
}
