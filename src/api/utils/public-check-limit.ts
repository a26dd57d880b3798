import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"
import { warrantyService } from "./warranty-cards"

const WINDOW_SECONDS = 60
const KEY_PREFIX = "warranty-check"

/**
 * One limiter per store and budget: in Redis when `REDIS_URL` is set (every server of the shop
 * counts against the same budget), else in this process's memory. Read at the request, so the
 * limiter follows the environment the server runs with.
 */
const limiters = new Map<string, Promise<RateLimiterAbstract>>()

async function redisLimiter(url: string, points: number, logger: Logger): Promise<RateLimiterAbstract> {
  // ioredis comes with @medusajs/framework (Medusa's own Redis modules use it); loaded only here.
  const { Redis } = await import("ioredis")
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  client.on("error", (e: Error) => logger.warn(`medusa-plugin-warranty: the warranty check's Redis (${url}): ${e.message}`))
  // The first checks wait (2 s at most) for the connection, so that they count in Redis too.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000)
    client.once("ready", () => {
      clearTimeout(timer)
      resolve()
    })
  })
  return new RateLimiterRedis({
    storeClient: client,
    keyPrefix: KEY_PREFIX,
    points,
    duration: WINDOW_SECONDS,
    // While Redis does not answer, each server counts in its own memory rather than failing open.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${KEY_PREFIX}-insurance`, points, duration: WINDOW_SECONDS }),
  })
}

function limiter(points: number, logger: Logger): Promise<RateLimiterAbstract> {
  const url = process.env.REDIS_URL || ""
  const key = `${url}|${points}`
  let found = limiters.get(key)
  if (!found) {
    found = url
      ? redisLimiter(url, points, logger)
      : Promise.resolve(new RateLimiterMemory({ keyPrefix: KEY_PREFIX, points, duration: WINDOW_SECONDS }))
    limiters.set(key, found)
  }
  return found
}

/**
 * The client address the budget is counted on: Express's `req.ip`. Medusa sets `trust proxy` to
 * 1, so it is the last address in `X-Forwarded-For` (the one the shop's own proxy appended), or
 * the socket's address without that header. See the README on running without a proxy.
 */
export function clientAddress(req: MedusaRequest): string {
  return req.ip || req.socket?.remoteAddress || "unknown"
}

/**
 * §4: the public warranty check, `public_check_per_minute` requests per client address per
 * minute (every request counts, a malformed one too); over it, 429 with `Retry-After` in seconds.
 */
export async function limitPublicCheck(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const points = warrantyService(req.scope).getOptions().public_check_per_minute
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const counted = await (await limiter(points, logger)).consume(clientAddress(req))
    res.setHeader("RateLimit-Limit", String(points))
    res.setHeader("RateLimit-Remaining", String(counted.remainingPoints))
    return next()
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000))
      res.setHeader("Retry-After", String(seconds))
      // A storefront on another origin reads the header only when CORS exposes it; the body says it too.
      res.setHeader("Access-Control-Expose-Headers", "Retry-After")
      res.status(429).json({
        type: "too_many_requests",
        message: `Too many warranty checks from this address: try again in ${seconds} seconds`,
        retry_after: seconds,
      })
      return
    }
    next(e)
  }
}
