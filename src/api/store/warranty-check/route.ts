import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { effectiveStatus } from "../../../modules/warranty/rules/status"
import { warrantyService } from "../../utils/warranty-cards"
import type { StoreWarrantyCheckParamsType } from "../../validators"
import type { StoreWarrantyCheck, StoreWarrantyCheckResponse } from "../../../types"

type CheckedCard = Pick<StoreWarrantyCheck, "product_title" | "ends_on" | "battery_ends_on"> & { status: string }

/** One answer for an unknown IMEI and a void card: nothing tells them apart. */
const NOT_FOUND = "No warranty found for this IMEI"

/**
 * Issue 11 s.4: the public warranty check by IMEI (publishable key only, rate-limited per client
 * address). Answers only the product, the status and the two end days (R3.4, R4.1) of the newest
 * card that is not void; nothing personal.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreWarrantyCheckParamsType>, res: MedusaResponse<StoreWarrantyCheckResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "warranty_card",
    // Only what the answer shows is read: nothing personal can leak through a later edit.
    fields: ["product_title", "status", "ends_on", "battery_ends_on"],
    // Void cards are left out by the query itself, so both "not found" answers take the same path.
    filters: { serial_number: req.validatedQuery.imei, status: { $ne: "void" } },
    pagination: { take: 1, skip: 0, order: { created_at: "DESC" } },
  })
  const card = (data as CheckedCard[])[0]
  const status = card ? effectiveStatus(card, warrantyService(req.scope).today()) : "void"
  if (!card || status === "void") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)
  }
  res.json({
    warranty_check: {
      product_title: card.product_title,
      status,
      ends_on: card.ends_on ?? null,
      battery_ends_on: card.battery_ends_on ?? null,
    },
  })
}
