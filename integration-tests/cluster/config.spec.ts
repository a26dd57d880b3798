/**
 * Issue 12: what medusa-config.ts makes of REDIS_URL and MEDUSA_WORKER_MODE, and what a job's
 * schedule makes of WARRANTY_CRON_* (no process is started: the config is read as Medusa reads it).
 */
import { jobSchedule } from "../../src/jobs/_schedule"

type Config = {
  projectConfig: { workerMode?: string; redisUrl?: string }
  admin: { disable?: boolean }
  modules: Record<string, { resolve?: string; options?: { providers?: { resolve: string; is_default?: boolean }[] } }>
}

const KEYS = ["REDIS_URL", "MEDUSA_WORKER_MODE", "MEDUSA_FF_CACHING", "MEDUSA_DISABLE_ADMIN"]

function loadConfig(env: Record<string, string | undefined>): Config {
  const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]))
  for (const k of KEYS) {
    delete process.env[k]
  }
  Object.assign(process.env, env)
  try {
    let config: Config | undefined
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      config = require("../../medusa-config")
    })
    return config as Config
  } finally {
    for (const k of KEYS) {
      if (saved[k] === undefined) {
        delete process.env[k]
      } else {
        process.env[k] = saved[k]
      }
    }
  }
}

describe("medusa-config.ts", () => {
  it("without REDIS_URL: Medusa's in-memory modules, one shared process, the Caching Module in memory", () => {
    const c = loadConfig({})
    expect(c.projectConfig.workerMode).toBe("shared")
    expect(c.projectConfig.redisUrl).toBeUndefined()
    expect(c.modules.event_bus?.resolve).not.toBe("@medusajs/medusa/event-bus-redis")
    expect(c.modules.workflows?.resolve).not.toBe("@medusajs/medusa/workflow-engine-redis")
    // The shopper's owner check remembers its last pass there (no Redis event-bus jobs to add).
    expect(c.modules.caching?.options).toEqual({ in_memory: { enable: true } })
  })

  it("with REDIS_URL: Medusa's Redis event bus, workflow engine, locking provider and sessions", () => {
    const c = loadConfig({ REDIS_URL: "redis://redis.internal:6379" })
    expect(c.projectConfig.redisUrl).toBe("redis://redis.internal:6379")
    expect(c.modules.event_bus.resolve).toBe("@medusajs/medusa/event-bus-redis")
    expect(c.modules.workflows.resolve).toBe("@medusajs/medusa/workflow-engine-redis")
    expect(c.modules.locking.options?.providers).toEqual([
      expect.objectContaining({ resolve: "@medusajs/medusa/locking-redis", is_default: true }),
    ])
    // The Caching Module only with Medusa's caching flag (it would only add a job per event otherwise).
    expect(c.modules.caching).toBeUndefined()
    const cached = loadConfig({ REDIS_URL: "redis://redis.internal:6379", MEDUSA_FF_CACHING: "true" })
    expect(cached.modules.caching.options?.providers).toEqual([
      expect.objectContaining({ resolve: "@medusajs/medusa/caching-redis", is_default: true }),
    ])
  })

  it("MEDUSA_WORKER_MODE: server and worker taken, a worker serves no dashboard, anything else refused by name", () => {
    // (.env.test turns the dashboard off for the HTTP suites: set it on here.)
    expect(loadConfig({ MEDUSA_WORKER_MODE: "server", MEDUSA_DISABLE_ADMIN: "false" }).admin.disable).toBe(false)
    const worker = loadConfig({ MEDUSA_WORKER_MODE: "worker", MEDUSA_DISABLE_ADMIN: "false" })
    expect(worker.projectConfig.workerMode).toBe("worker")
    expect(worker.admin.disable).toBe(true)
    expect(() => loadConfig({ MEDUSA_WORKER_MODE: "both" })).toThrow(
      'MEDUSA_WORKER_MODE must be one of shared, server, worker (got "both")'
    )
  })
})

describe("the jobs' schedules (WARRANTY_CRON_*)", () => {
  afterEach(() => {
    delete process.env.WARRANTY_CRON_TEST
  })

  it("the default when unset; five fields, or six with seconds first, when set", () => {
    expect(jobSchedule("WARRANTY_CRON_TEST", "20 0 * * *")).toBe("20 0 * * *")
    process.env.WARRANTY_CRON_TEST = "*/3 * * * * *"
    expect(jobSchedule("WARRANTY_CRON_TEST", "20 0 * * *")).toBe("*/3 * * * * *")
    process.env.WARRANTY_CRON_TEST = " 30 2 * * 1-5 "
    expect(jobSchedule("WARRANTY_CRON_TEST", "20 0 * * *")).toBe("30 2 * * 1-5")
  })

  it("a malformed one stops the start naming the variable", () => {
    for (const bad of ["daily", "* * * *", "0 0 0 * * * *", "0 0; rm * * *"]) {
      process.env.WARRANTY_CRON_TEST = bad
      expect(() => jobSchedule("WARRANTY_CRON_TEST", "20 0 * * *")).toThrow(/^WARRANTY_CRON_TEST must be a cron expression/)
    }
  })
})
