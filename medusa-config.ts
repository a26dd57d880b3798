import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * This folder is a publishable plugin; this file runs the same folder as a Medusa app for the
 * demo and the tests. A shop that installs the plugin registers it under `plugins` instead
 * (see README).
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    // The demo runs over plain http on localhost: a Secure cookie would silently break login.
    cookieOptions: { secure: false },
  },
  admin: {
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true",
  },
  modules: [
    {
      resolve: "./src/modules/warranty",
      options: {
        shop_name: process.env.WARRANTY_SHOP_NAME || "Swipe Refurbished",
        // R8.4: the terms' 20 EUR, and what this RON shop charges in lei (one fee per currency).
        diagnostic_fee: [
          { amount: 20, currency_code: "eur" },
          { amount: 100, currency_code: "ron" },
        ],
        // Issue 11: the storefront pages that accept an e-mailed order or card transfer link.
        ...(process.env.STOREFRONT_URL
          ? {
              storefront_order_transfer_url: `${process.env.STOREFRONT_URL}/account/orders/{id}/accept?token={token}`,
              storefront_card_transfer_url: `${process.env.STOREFRONT_URL}/account/cards/{id}/accept?token={token}`,
            }
          : {}),
      },
    },
    // R11.4: private files (claim photos) go to `private/`: outside `static/`, which Medusa serves
    // to anyone, and a folder `medusa develop` does not watch (a new file there restarts nothing).
    // A shop on S3 or another provider keeps them private there (the plugin stores them private).
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { private_upload_dir: process.env.PRIVATE_UPLOAD_DIR || "private" },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
  ],
})
