import type { MedusaContainer } from "@medusajs/framework/types"
import type { Locale } from "../../i18n"
import { diagnosticFeeFor } from "../../modules/warranty/rules/fees"
import { assessCovers, type CoverCard } from "../../modules/warranty/rules/claim-covers"
import { hasBattery } from "../../modules/warranty/rules/has-battery"
import { namePeople } from "./claim-people"
import { warrantyService } from "./warranty-cards"

type Row = Record<string, unknown>

/** The claim's order's currency (lower case), or null when the order is gone. */
export async function orderCurrency(container: MedusaContainer, order_id: string): Promise<string | null> {
  const { data } = await container.resolve("query").graph({ entity: "order", fields: ["id", "currency_code"], filters: { id: order_id } })
  const code = (data[0] as { currency_code?: string } | undefined)?.currency_code
  return code ? code.toLowerCase() : null
}

/**
 * What the service desk reads beside a claim's record: whether the unit has a battery, the
 * order's currency and the diagnostic fee in it (R8.4), whether "not covered" needs an R9 reason
 * for each battery finding (the rule `planClaimMove` applies to `diagnose`), and who made each move.
 */
export async function adminClaimExtras(container: MedusaContainer, claim: Row, locale: Locale): Promise<Row> {
  const warranty = warrantyService(container)
  const options = await warranty.getSettings()
  const card = (claim.warranty_card ?? null) as (CoverCard & { battery_days?: number }) | null
  const order_currency_code = await orderCurrency(container, claim.order_id as string)
  const defects = (claim.defects ?? []) as string[]
  const freeCover = (finding: "failure" | "wear" | null) =>
    !!card && assessCovers(card, defects, claim.filed_on as string, options, locale, finding).covered
  const events = Array.isArray(claim.events) ? (claim.events as Row[]) : []
  return {
    has_battery: hasBattery(card ?? { kind: claim.product_kind }),
    order_currency_code,
    diagnostic_fee: diagnosticFeeFor(options.diagnostic_fee, order_currency_code),
    free_cover_by_battery_finding: { none: freeCover(null), failure: freeCover("failure"), wear: freeCover("wear") },
    events: await namePeople(container, events, {
      customer_id: (claim.customer_id as string | null) ?? null,
      contact: claim.contact as { name?: string } | null,
    }),
  }
}
