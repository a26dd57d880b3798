import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { EXCLUSION_REASON_CODES, EXTENSION_REASON_CODES } from "../modules/warranty/codes"
import { BatteryKind, BatteryReadingSource } from "../modules/warranty/models/battery-health-record"
import { WarrantyCardStatus } from "../modules/warranty/models/warranty-card"
import { ClaimStatus } from "../modules/warranty/models/warranty-claim"
import { ProductKind, WarrantyCoverage } from "../modules/warranty/models/warranty-policy"
import { ANSWER_CHANNELS, OFFER_KINDS, OFFER_OPTIONS, TRADE_IN_REASONS, VALUE_BASES } from "../modules/warranty/rules/claim-offers"
import { normalizeSerialNumber, passesLuhn, serialNumberProblem } from "../modules/warranty/rules/serial"
import { settingsPatchSchema, type SettingsPatchBody } from "../modules/warranty/rules/settings"
// Every date and date-time field uses these (an impossible day is a 400 naming the field).
import { calendarDate, isoDateTime } from "./utils/date-fields"

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

/**
 * A list's search text: what a clerk types (a ticket, an IMEI in groups, a name, an e-mail, a
 * phone). Longer text names nothing and is refused with a 400 naming `q` (NUL bytes are refused
 * by the routes' middleware, also naming `q`).
 */
const searchText = z
  .string()
  .trim()
  // Refinements, not min/max: Medusa's error formatter replaces a too_small/too_big message with
  // its own ("Value for field 'q' too big"); a custom issue keeps the words a caller can act on.
  .refine((v) => v.length >= 1, { message: "q must not be empty" })
  .refine((v) => v.length <= 100, { message: "q must be at most 100 characters" })
  .optional()

/** An id filter (`customer_id=cus_...`): one id or a list of ids, as Medusa writes them. */
const idFilter = (field: string) => {
  const id = z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, { message: `${field} must be an id such as cus_01H... (letters, digits, _ and -)` })
  return z.union([id, z.array(id).refine((ids) => ids.length <= 100, { message: `${field} takes at most 100 ids` })]).optional()
}

// Medusa's find params let a negative limit or offset through to SQL (a 500): bound them here.
// Only one value each (`limit[]=1` is refused), in our words (refinements, see `text`).
const pageNumber = (message: string, ok: (n: number) => boolean, fallback: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v) : v),
    z.number({ message }).refine((n) => Number.isSafeInteger(n) && ok(n), { message }).default(fallback)
  )
const page = {
  limit: pageNumber("limit must be a whole number from 1 to 200", (n) => n >= 1 && n <= 200, 20),
  offset: pageNumber("offset must be a whole number, 0 or more", (n) => n >= 0, 0),
}

export const StoreGetProductWarrantyParams = z.object({}).strict()
export type StoreGetProductWarrantyParamsType = z.infer<typeof StoreGetProductWarrantyParams>

export const StoreGetWarrantyCardsParams = createFindParams({ limit: 20, offset: 0 }).omit({ with_deleted: true }).extend({
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

export const AdminGetWarrantyCardsParams = createFindParams({ limit: 20, offset: 0 }).omit({ with_deleted: true }).extend({
  ...page,
  order,
  q: searchText,
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
  customer_id: idFilter("customer_id"),
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

export type AdminTransferWarrantyCardType = z.infer<typeof AdminTransferWarrantyCard>
export type StoreRequestCardTransferType = z.infer<typeof StoreRequestCardTransfer>
export type StoreAcceptCardTransferType = z.infer<typeof StoreAcceptCardTransfer>

/** Issue 11 s.3: staff give a card to another customer (the phone was resold). */
export const AdminTransferWarrantyCard = z
  .object({
    customer_id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, { message: "customer_id must be a customer id such as cus_01H..." }),
    note: z.string().trim().max(500).optional(),
  })
  .strict()

/** Issue 11 s.3: the owner hands the card on to the account with this e-mail address. */
export const StoreRequestCardTransfer = z
  .object({ email: z.string().trim().toLowerCase().pipe(z.email({ message: "email must be an e-mail address such as ana@example.com" })) })
  .strict()

/** Issue 11 s.3: the token of the e-mailed link. */
export const StoreAcceptCardTransfer = z
  .object({ token: z.string().trim().min(1, { message: "token is required" }).max(200, { message: "token is at most 200 characters" }) })
  .strict()

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

// ---------------------------------------------------------------------------------------------
// Claims (R5-R9, R11)

// Refinements, not min/max: Medusa's error formatter replaces a too_small/too_big message with its
// own words; a custom issue keeps ours (the rule ids too).
const text = (field: string, max: number) =>
  z
    .string({ message: `${field} must be text` })
    .trim()
    .refine((v) => v.length >= 1, { message: `${field} must not be empty` })
    .refine((v) => v.length <= max, { message: `${field} must be at most ${max} characters` })

const optionalText = (field: string, max: number) => text(field, max).nullish()

const mustBeTrue = (field: string, rule: string) =>
  z.literal(true, { message: `acknowledgements.${field} must be true (${rule})` })

const ClaimAddress = (field: string) =>
  z
    .object({
      address_1: text(`${field}.address_1`, 200),
      address_2: optionalText(`${field}.address_2`, 200),
      city: text(`${field}.city`, 100),
      postal_code: text(`${field}.postal_code`, 20),
      province: optionalText(`${field}.province`, 100),
      country_code: z
        .string()
        .regex(/^[a-zA-Z]{2}$/, { message: `${field}.country_code must be a 2-letter ISO country code` })
        .transform((v) => v.toLowerCase()),
    })
    .strict()

const phone = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{6,24}$/, { message: `${field} must be a phone number (digits, spaces, + ( ) . / -)` })

const claimStatus = z.enum(ClaimStatus)

export const StoreCreateWarrantyClaim = z
  .object({
    warranty_card_id: text("warranty_card_id", 100),
    // R5.1/R5.2: codes are checked against the card's product kind in the workflow.
    defects: z
      .array(z.string().trim().min(1).max(50), { message: "defects must be a list of defect codes" })
      .refine((d) => d.length >= 1, { message: "defects must name at least one defect" })
      .refine((d) => d.length <= 24, { message: "defects must name at most 24 defects" })
      .transform((d) => [...new Set(d)]),
    description: text("description", 2000),
    delivery_method: z.enum(["drop_off", "courier"], { message: "delivery_method must be drop_off or courier (R6.2)" }),
    contact: z
      .object({
        name: text("contact.name", 200).optional(),
        contact_person: text("contact.contact_person", 200).optional(),
        phone: phone("contact.phone").optional(),
        address: ClaimAddress("contact.address").optional(),
      })
      .strict()
      .optional(),
    acknowledgements: z
      .object(
        {
          data_backup: mustBeTrue("data_backup", "R6.3: back up your data, the shop is not liable for lost data"),
          lock_removed: mustBeTrue("lock_removed", "R6.3: remove the screen lock code"),
          films_removed: mustBeTrue("films_removed", "R6.3: remove protective films and stickers"),
          accessories_included: z.boolean({ message: "acknowledgements.accessories_included must be true or false (R6.4)" }),
          accessories: z.array(text("acknowledgements.accessories[]", 100)).max(20).optional(),
        },
        { message: "acknowledgements must be an object with data_backup, lock_removed, films_removed and accessories_included" }
      )
      .strict(),
    paid_service_accepted: z.boolean().optional(),
  })
  .strict()
export type StoreCreateWarrantyClaimType = z.infer<typeof StoreCreateWarrantyClaim>

const CLAIM_SORTABLE = ["created_at", "updated_at", "due_on", "ticket_number", "status"]
const claimOrder = z
  .string()
  .refine((v) => CLAIM_SORTABLE.includes(v.replace(/^-/, "")), {
    message: `order must be one of ${CLAIM_SORTABLE.join(", ")}, optionally with a leading -`,
  })
  .optional()

export const StoreGetWarrantyClaimsParams = z.object({
  ...page,
  order: claimOrder,
  order_id: z.string().optional(),
  warranty_card_id: z.string().optional(),
  status: z.union([claimStatus, z.array(claimStatus)]).optional(),
})
export type StoreGetWarrantyClaimsParamsType = z.infer<typeof StoreGetWarrantyClaimsParams>

/** Reads of one claim (and its label) take no parameters of their own (`locale` is Medusa's). */
export const GetWarrantyClaimParams = z.object({})

export const AdminGetWarrantyClaimsParams = z.object({
  ...page,
  order: claimOrder,
  q: searchText,
  status: z.union([claimStatus, z.array(claimStatus)]).optional(),
  cover: z
    .union([z.enum(["legal", "commercial", "battery", "paid"]), z.array(z.enum(["legal", "commercial", "battery", "paid"]))])
    .optional(),
  overdue: booleanString().optional(),
  warranty_card_id: z.union([z.string(), z.array(z.string())]).optional(),
  customer_id: idFilter("customer_id"),
  product_id: z.union([z.string(), z.array(z.string())]).optional(),
  order_id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type AdminGetWarrantyClaimsParamsType = z.infer<typeof AdminGetWarrantyClaimsParams>


export const GetEligibilityParams = z
  .object({
    on: calendarDate("on").optional(),
    defects: z
      .string({ message: "defects must be a comma-separated list of defect codes" })
      .transform((v) => v.split(",").map((d) => d.trim()).filter(Boolean))
      .refine((d) => d.length > 0, { message: "defects must name at least one defect" }),
  })
export type GetEligibilityParamsType = z.infer<typeof GetEligibilityParams>


export const StoreClaimReturnDetails = z
  .object({
    name: text("name", 200),
    phone: phone("phone"),
    address: ClaimAddress("address"),
  })
  .strict()

export const StoreCancelWarrantyClaim = z.object({ reason: optionalText("reason", 500) }).strict()
export const EmptyBody = z.object({}).strict()

const percent = z
  .number({ message: "battery_percent must be a number" })
  .int({ message: "battery_percent must be a whole number" })
  .refine((v) => v >= 0 && v <= 100, { message: "battery_percent must be 0-100" })

export const AdminReceiveClaim = z
  .object({
    accessories_received: z.array(text("accessories_received[]", 100)).max(20).optional(),
    original_packaging: z.boolean({ message: "original_packaging must be true or false" }),
    seals_intact: z.boolean({ message: "seals_intact must be true or false" }),
    damage_notes: optionalText("damage_notes", 2000),
    battery_percent: percent.nullable().optional(),
  })
  .strict()

const exclusionReason = (field: string) =>
  z.enum(EXCLUSION_REASON_CODES, {
    message: `${field} must be one of the R9 reasons: ${EXCLUSION_REASON_CODES.join(", ")}`,
  })

export const AdminDiagnoseClaim = z
  .object({
    findings: text("findings", 4000),
    covered: z.boolean({ message: "covered must be true or false" }),
    exclusion_reason: exclusionReason("exclusion_reason").nullish(),
    battery_finding: z.enum(["failure", "wear"], { message: "battery_finding must be failure or wear (R4.4)" }).nullish(),
  })
  .strict()

export const AdminQuoteClaim = z
  .object({
    amount: z
      .number({ message: "amount must be a number" })
      .refine((v) => v > 0, { message: "amount must be greater than 0" })
      .refine((v) => v <= 100000, { message: "amount must be at most 100000" }),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a 3-letter ISO 4217 code" }),
    parts_to_order: z.array(text("parts_to_order[]", 200)).max(30).optional(),
    // R7.3: a repair takes 3 to 30 days.
    estimated_days: z
      .number({ message: "estimated_days must be a number" })
      .int({ message: "estimated_days must be a whole number" })
      .refine((v) => v >= 3 && v <= 30, { message: "estimated_days must be between 3 and 30 (R7.3)" }),
    // A quote in another currency than the order's needs this explicit choice.
    confirm_other_currency: z.boolean({ message: "confirm_other_currency must be true or false" }).optional(),
  })
  .strict()

export const AdminClaimNoteOptional = z.object({ note: optionalText("note", 2000) }).strict()

export const AdminMarkReadyClaim = z
  .object({ note: optionalText("note", 2000), battery_percent: percent.nullable().optional() })
  .strict()

export const AdminMarkUnrepairableClaim = z.object({ note: text("note", 2000) }).strict()

export const AdminExtendClaim = z
  .object({
    reason: z.enum(EXTENSION_REASON_CODES, {
      message: `reason must be one of ${EXTENSION_REASON_CODES.join(", ")} (R7.2)`,
    }),
    due_on: calendarDate("due_on"),
    note: optionalText("note", 2000),
  })
  .strict()

export const AdminRejectClaim = z
  .object({
    reason: exclusionReason("reason"),
    note: optionalText("note", 2000),
    charge_diagnostic_fee: z.boolean().optional(),
  })
  .strict()

export const AdminShipClaimReturn = z
  .object({ carrier: text("carrier", 100), tracking_number: text("tracking_number", 100) })
  .strict()

export const AdminClaimNote = z
  .object({ note: text("note", 2000), visible_to_customer: z.boolean().optional() })
  .strict()

// ---------------------------------------------------------------------------------------------
// Outcomes (R8.2-R8.5)

const money = (field: string) =>
  z
    .object({
      // Medusa rewords zod's own bound checks; refinements keep the field's name and our words.
      amount: z
        .number({ message: `${field}.amount must be a number` })
        .refine((v) => v > 0, { message: `${field}.amount must be greater than 0` })
        .refine((v) => v <= 100000, { message: `${field}.amount must be at most 100000` }),
      currency_code: z
        .string({ message: `${field}.currency_code must be text` })
        .regex(/^[a-zA-Z]{3}$/, { message: `${field}.currency_code must be a 3-letter ISO 4217 code` })
        .transform((v) => v.toLowerCase()),
    })
    .strict()

const id = (field: string, prefix: string) =>
  z
    .string({ message: `${field} must be text` })
    .regex(new RegExp(`^${prefix}_[A-Za-z0-9]{1,64}$`), { message: `${field} must be an id starting with ${prefix}_` })

export const AdminMakeOffer = z
  .object({
    kind: z.enum(OFFER_KINDS, { message: `kind must be one of: ${OFFER_KINDS.join(", ")}` }),
    // Without a currency, the order's (the only one a credit or a refund can be in, R8.3).
    value: money("value")
      .extend({ currency_code: money("value").shape.currency_code.optional() })
      .optional(),
    basis: z.enum(VALUE_BASES, { message: `basis must be one of: ${VALUE_BASES.join(", ")}` }).optional(),
    basis_note: optionalText("basis_note", 500),
    trade_in_reason: z.enum(TRADE_IN_REASONS, { message: `trade_in_reason must be one of: ${TRADE_IN_REASONS.join(", ")}` }).optional(),
    replacement_variant_id: id("replacement_variant_id", "variant").optional(),
    suggested_product_ids: z
      .array(id("suggested_product_ids[]", "prod"))
      .refine((ids) => ids.length <= 20, { message: "suggested_product_ids takes at most 20 products" })
      .optional(),
    // Stored and compared as UTC, whatever offset the caller wrote.
    expires_at: isoDateTime("expires_at")
      .transform((v) => new Date(v).toISOString())
      .optional(),
    note: optionalText("note", 2000),
  })
  .strict()
export type AdminMakeOfferType = z.infer<typeof AdminMakeOffer>

export const StoreAcceptOffer = z
  .object({
    option: z.enum(OFFER_OPTIONS, { message: `option must be one of: ${OFFER_OPTIONS.join(", ")}` }),
    product_id: id("product_id", "prod").optional(),
    variant_id: id("variant_id", "variant").optional(),
    // R8.5: a trade-in shopper who wants the broken device back.
    return_device: z.boolean({ message: "return_device must be true or false" }).optional(),
  })
  .strict()
export type StoreAcceptOfferType = z.infer<typeof StoreAcceptOffer>

export const StoreDeclineOffer = z.object({ reason: optionalText("reason", 1000) }).strict()

// Staff record the shopper's own answer (counter, phone, e-mail): the store body plus how it was given.
const channel = z.enum(ANSWER_CHANNELS, { message: `channel must be one of: ${ANSWER_CHANNELS.join(", ")} (how the shopper gave the answer)` })
export const AdminRecordQuoteAnswer = z.object({ channel }).strict()
export const AdminAcceptOffer = StoreAcceptOffer.extend({ channel }).strict()
export type AdminAcceptOfferType = z.infer<typeof AdminAcceptOffer>
export const AdminDeclineOffer = StoreDeclineOffer.extend({ channel }).strict()
export type AdminDeclineOfferType = z.infer<typeof AdminDeclineOffer>

export const StorePayClaimFee = z
  .object({ provider_id: text("provider_id", 200).optional() })
  .strict()
export type StorePayClaimFeeType = z.infer<typeof StorePayClaimFee>

export const AdminMarkFeePaid = z.object({ reference: optionalText("reference", 200) }).strict()
export const AdminWaiveFee = z.object({ reason: text("reason", 1000) }).strict()

// ---------------------------------------------------------------------------------------------
// Shop settings (issue 11 s.6): each value checked by its plugin option's own schema and words.

/** `POST /admin/warranty-settings`: `version` and any shop settings (null resets one); other keys are refused. */
export const AdminUpdateWarrantySettings = settingsPatchSchema()
/** GET /admin/warranty-settings takes no query parameters. */
export const AdminGetWarrantySettingsParams = z.object({}).strict()
export type AdminUpdateWarrantySettingsType = SettingsPatchBody

// ---------------------------------------------------------------------------------------------
// Evidence photos (R11.4): the files come as multipart `files`; these are the text fields.

const staffPhotoStage = z.enum(["intake", "diagnosis"], { message: "stage must be intake or diagnosis" })

/** `POST /admin/warranty-claims/:id/photos`: multipart text fields are strings. */
export const AdminUploadClaimPhotos = z
  .object({
    stage: staffPhotoStage,
    visible_to_customer: z
      .enum(["true", "false"], { message: "visible_to_customer must be true or false" })
      .optional()
      .transform((v) => v === "true"),
  })
  .strict()
export type AdminUploadClaimPhotosType = z.infer<typeof AdminUploadClaimPhotos>

export const AdminGetClaimPhotosParams = z
  .object({ stage: z.enum(["filing", "intake", "diagnosis"], { message: "stage must be filing, intake or diagnosis" }).optional() })
  .strict()

// ---------------------------------------------------------------------------------------------
// The public warranty check (issue 11 s.4)

/** R1.2: an IMEI as printed (spaces or dashes between groups allowed), stored as its 15 digits. */
export const StoreWarrantyCheckParams = z
  .object({
    imei: z
      .string({ message: "imei must be given once: the phone's 15-digit IMEI (*#06# shows it)" })
      .transform((v) => v.replace(/[\s-]/g, ""))
      .superRefine((v, ctx) => {
        if (!/^\d{15}$/.test(v)) {
          ctx.addIssue({ code: "custom", message: "imei must be 15 digits (spaces or dashes between groups are fine)" })
        } else if (!passesLuhn(v)) {
          ctx.addIssue({ code: "custom", message: "imei is not a valid IMEI: its check digit (Luhn) does not match" })
        }
      }),
  })
  .strict()
export type StoreWarrantyCheckParamsType = z.infer<typeof StoreWarrantyCheckParams>
