import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolvePolicy } from "../../modules/warranty/rules/policy"
import { deleteWarrantyPolicyWorkflow } from "../../workflows/delete-warranty-policy"
import { upsertWarrantyPolicyWorkflow } from "../../workflows/upsert-warranty-policy"
import type { AdminUpsertWarrantyPolicyType } from "../validators"
import { productWithPolicies, warrantyService } from "./warranty-cards"
import type { AdminDeleteWarrantyPolicyResponse, AdminWarrantyPolicyResponse, WarrantyJsonSource } from "../../types"

/** Shared by the product and the variant policy routes: `variant_id` null means the product's own. */
async function describePolicy(
  req: AuthenticatedMedusaRequest,
  product_id: string,
  variant_id: string | null
): Promise<WarrantyJsonSource<AdminWarrantyPolicyResponse>["warranty_policy"]> {
  const { product, variant_ids, policies } = await productWithPolicies(req.scope, product_id)
  if (!product || (variant_id && !variant_ids.includes(variant_id))) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      variant_id ? `Variant with id: ${variant_id} was not found on product ${product_id}` : `Product with id: ${product_id} was not found`
    )
  }
  const effective = resolvePolicy(policies, product_id, variant_id, await warrantyService(req.scope).getSettings())
  const own = policies.find((p) => (p.variant_id ?? null) === variant_id) ?? null
  return { product_id, variant_id, policy: own, effective }
}

export async function getPolicy(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<WarrantyJsonSource<AdminWarrantyPolicyResponse>>,
  variant_id: string | null
) {
  res.json({ warranty_policy: await describePolicy(req, req.params.id, variant_id) })
}

export async function upsertPolicy(
  req: AuthenticatedMedusaRequest<AdminUpsertWarrantyPolicyType>,
  res: MedusaResponse<WarrantyJsonSource<AdminWarrantyPolicyResponse>>,
  variant_id: string | null
) {
  await upsertWarrantyPolicyWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id, variant_id },
  })
  res.json({ warranty_policy: await describePolicy(req, req.params.id, variant_id) })
}

export async function deletePolicy(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminDeleteWarrantyPolicyResponse>,
  variant_id: string | null
) {
  const { result } = await deleteWarrantyPolicyWorkflow(req.scope).run({
    input: { product_id: req.params.id, variant_id },
  })
  res.json({ id: result, object: "warranty_policy", deleted: true })
}
