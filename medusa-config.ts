import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Issue 12: one process (`shared`, the default), or an HTTP-only `server` and a background
 * `worker` (subscribers, scheduled jobs, workflow retries) started as separate processes on the
 * same database and Redis. Medusa itself reads MEDUSA_WORKER_MODE too, but quietly treats an
 * unknown value as "no workers at all" (no job would ever run): refuse it here instead.
 */
const WORKER_MODES = ["shared", "server", "worker"] as const
type WorkerMode = (typeof WORKER_MODES)[number]
const workerMode = (process.env.MEDUSA_WORKER_MODE || "shared") as WorkerMode
if (!WORKER_MODES.includes(workerMode)) {
  throw new Error(
    `MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")} (got ${JSON.stringify(process.env.MEDUSA_WORKER_MODE)})`
  )
}

/**
 * With REDIS_URL set, Medusa's own Redis modules replace the in-memory ones, so that several
 * processes share one event queue, one workflow engine (and its scheduler: each job runs once
 * per tick on one worker), one lock space and one cache. Without it nothing changes.
 */
const redisUrl = process.env.REDIS_URL
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl,
          // BullMQ's worker (only on `worker` and `shared` processes). Several events at once: card
          // issuance waits on the database most of its time. A worker that dies mid-event leaves
          // the event's lock to expire; the stalled check hands it to a live worker (issuance is
          // idempotent and cards are unique per unit, so a second delivery adds nothing).
          workerOptions: {
            concurrency: Number(process.env.EVENT_BUS_CONCURRENCY) || 10,
            lockDuration: 15000,
            stalledInterval: 5000,
            maxStalledCount: 3,
          },
          // A subscriber that throws is retried (only the subscribers that failed, by Medusa's
          // event bus); failed events stay in Redis a week for inspection.
          jobOptions: {
            attempts: 3,
            backoff: { type: "exponential", delay: 1000 },
            removeOnComplete: true,
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
      // Medusa 2.21's Caching Module is read by core only under its work-in-progress feature flag
      // (MEDUSA_FF_CACHING=true). Without the flag nothing reads the cache, yet the module would
      // subscribe to every event ("*") to invalidate it: each event without a subscriber of its
      // own (1,500 `warranty_card.issued` for 1,000 orders) would become a queued job as well.
      ...(process.env.MEDUSA_FF_CACHING === "true"
        ? [
            {
              resolve: "@medusajs/medusa/caching",
              options: {
                providers: [
                  { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
                ],
              },
            },
          ]
        : []),
    ]
  : // One process: the Caching Module in memory. The shopper's owner check (src/api/utils/
    // shopper-owner-check.ts) remembers its last pass there, cleared by the module's own
    // invalidation when an order changes hands or a card changes; without it every read checks.
    [{ resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } }]

/**
 * This folder is a publishable plugin; this file runs the same folder as a Medusa app for the
 * demo and the tests. A shop that installs the plugin registers it under `plugins` instead
 * (see README).
 */
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // Sessions (the dashboard's login cookie) live in Redis, so any server answers for them.
    ...(redisUrl ? { redisUrl } : {}),
    workerMode,
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
    // A worker serves no HTTP: it builds and serves no dashboard either.
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true" || workerMode === "worker",
  },
  modules: [
    ...redisModules,
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
