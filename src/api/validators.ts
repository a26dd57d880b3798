import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { BatteryKind, BatteryReadingSource } from "../modules/warranty/models/battery-health-record"
import { WarrantyCardStatus } from "../modules/warranty/models/warranty-card"
import { ProductKind, WarrantyCoverage } from "../modules/warranty/models/warranty-policy"
import { isCalendarDate } from "../modules/warranty/rules/dates"
import { normalizeSerialNumber, serialNumberProblem } from "../modules/warranty/rules/serial"

// Medusa prints a custom issue's message as it is, so each message names its field.
const calendarDate = (field: string) =>
  z.string().refine(isCalendarDate, { message: `${field} must be a calendar date written YYYY-MM-DD` })

const isoDateTime = (field: string) =>
  z.string().refine((v) => /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: `${field} must be an ISO 8601 date-time`,
  })

const statusFilter = z
  .union([z.enum(WarrantyCardStatus), z.array(z.enum(WarrantyCardStatus))])
  .optional()

const SORTABLE = ["created_at", "updated_at", "card_number", "product_title", "unit_index", "status", "starts_on", "ends_on"]

// Only the card's own columns sort a list (`-` for descending).
const order = z
  .string()
  .refine((v) => SORTABLE.includes(v.replace(/^-/, "")), {
    message: `order must be one of ${SORTABLE.join(", ")}, optionally with a leading -`,
  })
  .optional()

// Medusa's find params let a negative limit or offset through to SQL (a 500): bound them here.
const page = {
  limit: z.preprocess((v) => (v === undefined ? undefined : Number(v)), z.number().int().min(1).max(200).default(20)),
  offset: z.preprocess((v) => (v === undefined ? undefined : Number(v)), z.number().int().min(0).default(0)),
}

export const StoreGetProductWarrantyParams = z.object({}).strict()
export type StoreGetProductWarrantyParamsType = z.infer<typeof StoreGetProductWarrantyParams>

export const StoreGetWarrantyCardsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  ...page,
  order,
  order_id: z.string().optional(),
  status: statusFilter,
})
export type StoreGetWarrantyCardsParamsType = z.infer<typeof StoreGetWarrantyCardsParams>

export const StoreGetWarrantyCardParams = createSelectParams()
export type StoreGetWarrantyCardParamsType = z.infer<typeof StoreGetWarrantyCardParams>

export const GetWarrantyCardDocumentParams = z.object({}).strict()
export type GetWarrantyCardDocumentParamsType = z.infer<typeof GetWarrantyCardDocumentParams>

export const AdminGetWarrantyCardsParams = createFindParams({ limit: 20, offset: 0 }).extend({
  ...page,
  order,
  q: z.string().trim().min(1).max(100).optional(),
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
  customer_id: z.union([z.string(), z.array(z.string())]).optional(),
  product_id: z.union([z.string(), z.array(z.string())]).optional(),
  serial_number: z.string().optional(),
  card_number: z.string().optional(),
  status: statusFilter,
  battery_replacement_due: booleanString().optional(),
})
export type AdminGetWarrantyCardsParamsType = z.infer<typeof AdminGetWarrantyCardsParams>

export const AdminGetWarrantyCardParams = createSelectParams()

const serialNumber = z
  .string()
  .max(64)
  .superRefine((value, ctx) => {
    const problem = serialNumberProblem(value)
    if (problem) {
      ctx.addIssue({ code: "custom", message: `serial_number ${problem}` })
    }
  })
  .transform(normalizeSerialNumber)

export const AdminUpdateWarrantyCard = z
  .object({
    serial_number: serialNumber.nullable().optional(),
    starts_on: calendarDate("starts_on").optional(),
    reason: z.string().trim().min(3).max(500).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.starts_on && !body.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reason is required when starts_on is corrected" })
    }
    if (body.serial_number === undefined && body.starts_on === undefined) {
      ctx.addIssue({ code: "custom", path: ["serial_number"], message: "serial_number or starts_on is required" })
    }
  })
export type AdminUpdateWarrantyCardType = z.infer<typeof AdminUpdateWarrantyCard>

export const AdminRecordBatteryHealth = z
  .object({
    percent: z.number().int().min(0).max(100).nullable(),
    source: z.enum(BatteryReadingSource),
    battery_kind: z.enum(BatteryKind).optional(),
    measured_at: isoDateTime("measured_at").optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
export type AdminRecordBatteryHealthType = z.infer<typeof AdminRecordBatteryHealth>

export const AdminVoidWarrantyCard = z.object({ reason: z.string().trim().min(3).max(500) }).strict()
export type AdminVoidWarrantyCardType = z.infer<typeof AdminVoidWarrantyCard>

export const AdminUpsertWarrantyPolicy = z
  .object({
    months: z.number().int().min(1).max(120),
    battery_days: z.number().int().min(0).max(3650).optional(),
    coverage: z.enum(WarrantyCoverage).optional(),
    kind: z.enum(ProductKind).optional(),
  })
  .strict()
export type AdminUpsertWarrantyPolicyType = z.infer<typeof AdminUpsertWarrantyPolicy>

export const AdminRecordWarrantyInvoice = z.object({ issued_on: calendarDate("issued_on") }).strict()
export type AdminRecordWarrantyInvoiceType = z.infer<typeof AdminRecordWarrantyInvoice>
