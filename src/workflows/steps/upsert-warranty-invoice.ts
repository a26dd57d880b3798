import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"

type InvoiceInput = { order_id: string; issued_on: string; recorded_by: string }
type Undo = { previous: { id: string; issued_on: string; recorded_by: string } | null; created_id: string | null }

/** Records (or replaces) the invoice date of an order; compensation restores the previous one. */
export const upsertWarrantyInvoiceStep = createStep(
  "upsert-warranty-invoice",
  async (input: InvoiceInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [previous] = await warranty.listWarrantyInvoices({ order_id: input.order_id })
    if (previous) {
      const updated = await warranty.updateWarrantyInvoices({ id: previous.id, ...input })
      const undo: Undo = { previous, created_id: null }
      return new StepResponse(updated, undo)
    }
    const created = await warranty.createWarrantyInvoices(input)
    const undo: Undo = { previous: null, created_id: created.id }
    return new StepResponse(created, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    if (undo.created_id) {
      await warranty.deleteWarrantyInvoices(undo.created_id)
    } else if (undo.previous) {
      await warranty.updateWarrantyInvoices({
        id: undo.previous.id,
        issued_on: undo.previous.issued_on,
        recorded_by: undo.previous.recorded_by,
      })
    }
  }
)
