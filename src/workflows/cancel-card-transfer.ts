import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { WARRANTY_MODULE } from "../modules/warranty"
import { CardTransferStatus } from "../modules/warranty/models/warranty-card-transfer"
import type WarrantyModuleService from "../modules/warranty/service"
import { retrieveWarrantyCardStep } from "./steps/retrieve-warranty-card"

export const cancelCardTransferWorkflowId = "cancel-card-transfer"

const cancelOpenTransfersStep = createStep("cancel-open-card-transfers", async (input: { warranty_card_id: string }, { container }) => {
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const open = await warranty.listWarrantyCardTransfers(
    { warranty_card_id: input.warranty_card_id, status: CardTransferStatus.REQUESTED },
    { select: ["id"] }
  )
  if (!open.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "warranty_card: there is no open transfer of this card to cancel")
  }
  await warranty.updateWarrantyCardTransfers(open.map((t) => ({ id: t.id, status: CardTransferStatus.CANCELED, canceled_at: new Date() })))
  return new StepResponse(open.map((t) => t.id), open.map((t) => t.id))
}, async (ids, { container }) => {
  if (!ids?.length) {
    return
  }
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  await warranty.updateWarrantyCardTransfers(ids.map((id) => ({ id, status: CardTransferStatus.REQUESTED, canceled_at: null })))
})

/** Issue 11 s.3: the owner takes back an open card transfer; its link stops working. */
export const cancelCardTransferWorkflow = createWorkflow(cancelCardTransferWorkflowId, (input: { id: string; customer_id: string }) => {
  const card = retrieveWarrantyCardStep({ id: input.id, customer_id: input.customer_id })
  return new WorkflowResponse(cancelOpenTransfersStep({ warranty_card_id: card.id }))
})
