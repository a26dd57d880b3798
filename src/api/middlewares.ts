import {
  applyLocale,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { GetWarrantyClaimReceiptParams } from "./utils/receipt-params"
import {
  adminCardListQueryConfig,
  adminCardQueryConfig,
  storeCardListQueryConfig,
  storeCardQueryConfig,
} from "./query-config"
import { OWNERSHIP_ROUTES } from "./ownership-middlewares"
import { PHOTO_ROUTES } from "./photo-middlewares"
import { CART_CODE_ROUTES, guardCreditCodes } from "./utils/credit-code-guard"
import { guardReturnQuantity, RETURN_REQUEST_ROUTES } from "./utils/return-quantity-guard"
import {
  AdminGetWarrantyCardParams,
  AdminGetWarrantyCardsParams,
  AdminRecordBatteryHealth,
  AdminRecordWarrantyInvoice,
  AdminUpdateWarrantyCard,
  AdminUpsertWarrantyPolicy,
  AdminVoidWarrantyCard,
  GetWarrantyCardDocumentParams,
  StoreGetProductWarrantyParams,
  StoreGetWarrantyCardParams,
  StoreGetWarrantyCardsParams,
  AdminClaimNote,
  AdminClaimNoteOptional,
  AdminAcceptOffer,
  AdminDeclineOffer,
  AdminMakeOffer,
  AdminRecordQuoteAnswer,
  AdminMarkFeePaid,
  AdminWaiveFee,
  StoreAcceptOffer,
  StoreDeclineOffer,
  StorePayClaimFee,
  AdminDiagnoseClaim,
  AdminExtendClaim,
  AdminGetWarrantyClaimsParams,
  AdminMarkReadyClaim,
  AdminMarkUnrepairableClaim,
  AdminQuoteClaim,
  AdminReceiveClaim,
  AdminRejectClaim,
  AdminShipClaimReturn,
  EmptyBody,
  GetEligibilityParams,
  GetWarrantyClaimParams,
  StoreCancelWarrantyClaim,
  StoreClaimReturnDetails,
  StoreCreateWarrantyClaim,
  StoreGetWarrantyClaimsParams,
  StoreWarrantyCheckParams,
  AdminUpdateWarrantySettings,
  AdminGetWarrantySettingsParams,
} from "./validators"

import { guardInputs, pluginErrorHandler } from "./utils/reject-nul"
import { limitPublicCheck } from "./utils/public-check-limit"
import { authenticateShopper } from "./utils/shopper-auth"

// Verified once per request (the ownership route verified it already on card and claim routes).
const customer = authenticateShopper

/** Admin claim moves: one route per move, each with its body schema (R6-R9). */
const ADMIN_CLAIM_MOVES: [string, Parameters<typeof validateAndTransformBody>[0]][] = [
  ["receive", AdminReceiveClaim],
  ["diagnose", AdminDiagnoseClaim],
  ["quote", AdminQuoteClaim],
  ["start-repair", AdminClaimNoteOptional],
  ["send-to-manufacturer", AdminClaimNoteOptional],
  ["extend", AdminExtendClaim],
  ["mark-ready", AdminMarkReadyClaim],
  ["mark-unrepairable", AdminMarkUnrepairableClaim],
  ["reject", AdminRejectClaim],
  ["ship-return", AdminShipClaimReturn],
  ["close", AdminClaimNoteOptional],
  ["note", AdminClaimNote],
  ["offer", AdminMakeOffer],
  ["fee/mark-paid", AdminMarkFeePaid],
  ["fee/waive", AdminWaiveFee],
  ["recycle", AdminClaimNoteOptional],
  // The shopper's answer given at the counter, on the phone or by e-mail, recorded by staff.
  ["quote/accept", AdminRecordQuoteAnswer],
  ["quote/decline", AdminRecordQuoteAnswer],
  ["offer/accept", AdminAcceptOffer],
  ["offer/decline", AdminDeclineOffer],
]

/** Shopper claim moves on their own claims. */
const STORE_CLAIM_MOVES: [string, Parameters<typeof validateAndTransformBody>[0]][] = [
  ["quote/accept", EmptyBody],
  ["quote/decline", EmptyBody],
  ["return-details", StoreClaimReturnDetails],
  ["cancel", StoreCancelWarrantyClaim],
  ["offer/accept", StoreAcceptOffer],
  ["offer/decline", StoreDeclineOffer],
  ["fee/pay", StorePayClaimFee],
]

/**
 * Every route of the plugin (`warranty-*` under /store and /admin, and the product and order
 * routes), checked by one middleware mounted on /store and /admin (see `guardInputs`).
 */
const PLUGIN_PATHS =
  /^\/(?:store|admin)\/(?:warranty-[a-z-]+|products\/[^/]+(?:\/variants\/[^/]+)?\/warranty|orders\/[^/]+\/warranty-[a-z-]+)(?:\/|$)/

export default defineMiddlewares({
  // A path Express cannot decode on a plugin route is a 400 (Medusa's handler otherwise).
  errorHandler: pluginErrorHandler(PLUGIN_PATHS),
  routes: [
    // A malformed path, NUL characters and absurd nesting are a 400, never a 500; a body only
    // once the caller is authenticated.
    ...["/store", "/admin"].map((matcher) => ({ matcher, middlewares: [guardInputs(PLUGIN_PATHS)] })),
    // R8.3, R8.5: a warranty credit code is applied to a cart only for its claimant, logged in.
    ...CART_CODE_ROUTES.map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [guardCreditCodes] })),
    // R8.3, R8.5: a unit that came back (a claim's settled unit included) cannot be asked back again.
    ...RETURN_REQUEST_ROUTES.map(({ matcher, orderOf }) => ({ matcher, methods: ["POST" as const], middlewares: [guardReturnQuantity(orderOf)] })),
    // Store: the product page, no login (publishable key as usual).
    {
      matcher: "/store/products/:id/warranty",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetProductWarrantyParams, {})],
    },
    // Store: the public warranty check by IMEI (issue 11 s.4): the limit counts every request.
    {
      matcher: "/store/warranty-check",
      methods: ["GET"],
      middlewares: [limitPublicCheck, validateAndTransformQuery(StoreWarrantyCheckParams, {})],
    },
    // Store: the shopper's own cards.
    {
      matcher: "/store/warranty-cards",
      methods: ["GET"],
      middlewares: [customer, validateAndTransformQuery(StoreGetWarrantyCardsParams, storeCardListQueryConfig)],
    },
    {
      matcher: "/store/warranty-cards/:id",
      methods: ["GET"],
      middlewares: [customer, validateAndTransformQuery(StoreGetWarrantyCardParams, storeCardQueryConfig)],
    },
    {
      matcher: "/store/warranty-cards/:id/document",
      methods: ["GET"],
      middlewares: [customer, validateAndTransformQuery(GetWarrantyCardDocumentParams, {})],
    },
    // Store: claims, only the shopper's own (a foreign id is a 404).
    {
      matcher: "/store/warranty-cards/:id/eligibility",
      methods: ["GET"],
      middlewares: [customer, validateAndTransformQuery(GetEligibilityParams, {})],
    },
    {
      matcher: "/store/warranty-claims",
      methods: ["GET"],
      middlewares: [customer, validateAndTransformQuery(StoreGetWarrantyClaimsParams, {})],
    },
    {
      matcher: "/store/warranty-claims",
      methods: ["POST"],
      middlewares: [customer, validateAndTransformBody(StoreCreateWarrantyClaim)],
    },
    {
      matcher: "/store/warranty-claims/:id",
      methods: ["GET"],
      middlewares: [customer, validateAndTransformQuery(GetWarrantyClaimParams, {})],
    },
    {
      matcher: "/store/warranty-claims/:id/offer",
      methods: ["GET"],
      middlewares: [customer, validateAndTransformQuery(GetWarrantyClaimParams, {})],
    },
    {
      matcher: "/store/warranty-claims/:id/label",
      methods: ["GET"],
      middlewares: [customer, validateAndTransformQuery(GetWarrantyClaimParams, {})],
    },
    ...STORE_CLAIM_MOVES.map(([path, schema]) => ({
      matcher: `/store/warranty-claims/:id/${path}`,
      methods: ["POST" as const],
      middlewares: [customer, validateAndTransformBody(schema)],
    })),
    // Admin (Medusa authenticates /admin routes as users).
    {
      matcher: "/admin/warranty-cards/:id/eligibility",
      methods: ["GET"],
      middlewares: [applyLocale, validateAndTransformQuery(GetEligibilityParams, {})],
    },
    {
      matcher: "/admin/warranty-claims",
      methods: ["GET"],
      middlewares: [applyLocale, validateAndTransformQuery(AdminGetWarrantyClaimsParams, {})],
    },
    {
      matcher: "/admin/warranty-claims/:id",
      methods: ["GET"],
      middlewares: [applyLocale, validateAndTransformQuery(GetWarrantyClaimParams, {})],
    },
    {
      matcher: "/admin/warranty-claims/:id/label",
      methods: ["GET"],
      middlewares: [applyLocale, validateAndTransformQuery(GetWarrantyClaimParams, {})],
    },
    // The receipts are in the claim's language unless `?locale=` (validated) says otherwise.
    ...["intake-receipt", "handover-receipt"].map((path) => ({
      matcher: `/admin/warranty-claims/:id/${path}`,
      methods: ["GET" as const],
      middlewares: [validateAndTransformQuery(GetWarrantyClaimReceiptParams, {})],
    })),
    ...ADMIN_CLAIM_MOVES.map(([path, schema]) => ({
      matcher: `/admin/warranty-claims/:id/${path}`,
      methods: ["POST" as const],
      middlewares: [applyLocale, validateAndTransformBody(schema)],
    })),
    {
      matcher: "/admin/warranty-cards",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetWarrantyCardsParams, adminCardListQueryConfig)],
    },
    // Medusa applies its locale middleware to /store only; staff read texts in ro or en too.
    {
      matcher: "/admin/warranty-cards/:id",
      methods: ["GET"],
      middlewares: [applyLocale, validateAndTransformQuery(AdminGetWarrantyCardParams, adminCardQueryConfig)],
    },
    {
      matcher: "/admin/warranty-cards/:id",
      methods: ["POST"],
      middlewares: [
        validateAndTransformBody(AdminUpdateWarrantyCard),
        validateAndTransformQuery(AdminGetWarrantyCardParams, adminCardQueryConfig),
      ],
    },
    {
      matcher: "/admin/warranty-cards/:id/battery-health",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminRecordBatteryHealth)],
    },
    {
      matcher: "/admin/warranty-cards/:id/void",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminVoidWarrantyCard)],
    },
    {
      matcher: "/admin/warranty-cards/:id/document",
      methods: ["GET"],
      middlewares: [applyLocale, validateAndTransformQuery(GetWarrantyCardDocumentParams, {})],
    },
    {
      matcher: "/admin/products/:id/warranty",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpsertWarrantyPolicy)],
    },
    {
      matcher: "/admin/products/:id/variants/:variant_id/warranty",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpsertWarrantyPolicy)],
    },
    {
      matcher: "/admin/orders/:id/warranty-invoice",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminRecordWarrantyInvoice)],
    },
    // Issue 11 s.2, s.3: cards follow order transfers; card transfers (ownership-middlewares.ts).
    ...OWNERSHIP_ROUTES,
    // Evidence photos (issue 11 s.1, R11.4): multipart uploads and the images (photo-middlewares.ts).
    ...PHOTO_ROUTES,
    // Settings -> Warranty (issue 11 s.6): each value checked as its plugin option is.
    {
      matcher: "/admin/warranty-settings",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateWarrantySettings)],
    },
    {
      matcher: "/admin/warranty-settings",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetWarrantySettingsParams, {})],
    },
  ],
})
