import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deletePolicy, getPolicy, upsertPolicy } from "../../../../../../utils/policy-routes"
import type { AdminUpsertWarrantyPolicyType } from "../../../../../../validators"
import type { AdminDeleteWarrantyPolicyResponse, AdminWarrantyPolicyResponse, WarrantyJsonSource } from "../../../../../../../types"

/** R2.2: one variant's own warranty terms (they win over the product's). */
export const GET = (req: AuthenticatedMedusaRequest, res: MedusaResponse<WarrantyJsonSource<AdminWarrantyPolicyResponse>>) => getPolicy(req, res, req.params.variant_id)
export const POST = (req: AuthenticatedMedusaRequest<AdminUpsertWarrantyPolicyType>, res: MedusaResponse<WarrantyJsonSource<AdminWarrantyPolicyResponse>>) =>
  upsertPolicy(req, res, req.params.variant_id)
export const DELETE = (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDeleteWarrantyPolicyResponse>) =>
  deletePolicy(req, res, req.params.variant_id)
