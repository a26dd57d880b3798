import {
  applyLocale,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { adminCardQueryConfig, storeCardQueryConfig } from "./query-config"
import { syncAdminCard, syncAdminClaim, syncShopperCards } from "./utils/card-owners"
import { authenticateShopper } from "./utils/shopper-auth"
import {
  AdminGetWarrantyCardParams,
  AdminTransferWarrantyCard,
  EmptyBody,
  GetWarrantyCardDocumentParams,
  StoreAcceptCardTransfer,
  StoreGetWarrantyCardParams,
  StoreRequestCardTransfer,
} from "./validators"

const customer = authenticateShopper

/**
 * Every store route of cards and claims (all need a signed-in shopper). The end is a lookahead:
 * Express skips a `use` layer whose match is followed by anything but `/` or `.`, so a match
 * that swallowed the slash would never run on `/store/warranty-cards/:id`.
 */
const STORE_CARDS_AND_CLAIMS = /^\/store\/warranty-(?:cards|claims)(?=\/|$)/

/**
 * Issue 11, sections 2 and 3: cards and claims follow Medusa's order transfers (synced before
 * every store read and move, and on staff's card and claim pages), and card transfers.
 */
export const OWNERSHIP_ROUTES: MiddlewareRoute[] = [
  // Authenticated first: the sync runs only for a signed-in shopper, on their own cards. A
  // regular expression without capturing groups, so a malformed path reaches the plugin's 400.
  { matcher: STORE_CARDS_AND_CLAIMS, middlewares: [customer, syncShopperCards] },
  { matcher: "/admin/warranty-cards/:id", methods: ["GET"], middlewares: [syncAdminCard] },
  { matcher: "/admin/warranty-claims/:id", methods: ["GET"], middlewares: [syncAdminClaim] },
  {
    matcher: "/store/warranty-cards/:id/transfer",
    methods: ["GET"],
    middlewares: [customer, validateAndTransformQuery(GetWarrantyCardDocumentParams, {})],
  },
  {
    matcher: "/store/warranty-cards/:id/transfer",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StoreRequestCardTransfer)],
  },
  {
    matcher: "/store/warranty-cards/:id/transfer/accept",
    methods: ["POST"],
    middlewares: [
      customer,
      validateAndTransformBody(StoreAcceptCardTransfer),
      validateAndTransformQuery(StoreGetWarrantyCardParams, storeCardQueryConfig),
    ],
  },
  {
    matcher: "/store/warranty-cards/:id/transfer/cancel",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(EmptyBody)],
  },
  {
    matcher: "/admin/warranty-cards/:id/transfer",
    methods: ["POST"],
    middlewares: [
      applyLocale,
      syncAdminCard,
      validateAndTransformBody(AdminTransferWarrantyCard),
      validateAndTransformQuery(AdminGetWarrantyCardParams, adminCardQueryConfig),
    ],
  },
  {
    matcher: "/admin/warranty-cards/:id/owners",
    methods: ["GET"],
    middlewares: [applyLocale, syncAdminCard, validateAndTransformQuery(GetWarrantyCardDocumentParams, {})],
  },
]
