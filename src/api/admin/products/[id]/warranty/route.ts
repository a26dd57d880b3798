import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deletePolicy, getPolicy, upsertPolicy } from "../../../../utils/policy-routes"
import type { AdminUpsertWarrantyPolicyType } from "../../../../validators"
import type { AdminDeleteWarrantyPolicyResponse, AdminWarrantyPolicyResponse, WarrantyJsonSource } from "../../../../../types"

/** R2.2: the product's own warranty terms. */
export const GET = (req: AuthenticatedMedusaRequest, res: MedusaResponse<WarrantyJsonSource<AdminWarrantyPolicyResponse>>) => getPolicy(req, res, null)
export const POST = (req: AuthenticatedMedusaRequest<AdminUpsertWarrantyPolicyType>, res: MedusaResponse<WarrantyJsonSource<AdminWarrantyPolicyResponse>>) =>
  upsertPolicy(req, res, null)
export const DELETE = (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDeleteWarrantyPolicyResponse>) => deletePolicy(req, res, null)
