import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type { Resolution } from "../../modules/warranty/rules/claim-moves"
import type WarrantyModuleService from "../../modules/warranty/service"

export type MarkClaimsDeviceBoughtInput = { order_id: string; customer_id: string | null; codes: string[] }

type Previous = { id: string; resolution: Record<string, unknown> | null }

/**
 * R8.5: the customer's claims whose credit code this order used now name the order that bought
 * another device (that makes the broken device's return free). Only the resolution changes, not
 * the claim's status; the compensation puts the old resolution back.
 */
export const markClaimsDeviceBoughtStep = createStep(
  "mark-claims-device-bought",
  async (input: MarkClaimsDeviceBoughtInput, { container }) => {
    if (!input.customer_id || !input.codes.length) {
      return new StepResponse([] as string[], [] as Previous[])
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const claims = await warranty.listWarrantyClaims({ customer_id: input.customer_id }, { select: ["id", "resolution"] })
    const codes = new Set(input.codes)
    const hits = claims.filter((c) => {
      const resolution = c.resolution as Resolution | null
      const credit = resolution?.credit as { code?: string } | undefined
      return !!credit?.code && codes.has(credit.code) && !resolution?.device_bought_order_id
    })
    if (!hits.length) {
      return new StepResponse([] as string[], [] as Previous[])
    }
    const previous: Previous[] = hits.map((c) => ({ id: c.id, resolution: (c.resolution as Record<string, unknown> | null) ?? null }))
    await warranty.updateWarrantyClaims(
      previous.map((c) => ({ id: c.id, resolution: { ...c.resolution, device_bought_order_id: input.order_id } }))
    )
    return new StepResponse(
      hits.map((c) => c.id),
      previous
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.updateWarrantyClaims(previous.map((c) => ({ id: c.id, resolution: c.resolution })))
  }
)
