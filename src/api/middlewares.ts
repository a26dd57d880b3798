import {
  applyLocale,
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  adminCardListQueryConfig,
  adminCardQueryConfig,
  storeCardListQueryConfig,
  storeCardQueryConfig,
} from "./query-config"
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
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export default defineMiddlewares({
  routes: [
    // Store: the product page, no login (publishable key as usual).
    {
      matcher: "/store/products/:id/warranty",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetProductWarrantyParams, {})],
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
    // Admin (Medusa authenticates /admin routes as users).
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
  ],
})
