import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * Issue 12: each job's schedule is a cron expression a shop can set in the environment (five
 * fields, or six with seconds first: `*\/5 * * * * *` ticks every 5 s). Medusa's job loader
 * reads `config.schedule` when the file loads, so the value is read then; a malformed one stops
 * the start with the variable's name instead of a job that never runs. The leading underscore
 * keeps this file out of Medusa's job loader.
 */
export function jobSchedule(envName: string, fallback: string): string {
  const raw = process.env[envName]?.trim()
  if (!raw) {
    return fallback
  }
  const fields = raw.split(/\s+/)
  if (fields.length < 5 || fields.length > 6 || !fields.every((f) => /^[0-9A-Za-z*/,?#-]+$/.test(f))) {
    throw new Error(
      `${envName} must be a cron expression of 5 fields, or 6 with seconds first (got ${JSON.stringify(raw)})`
    )
  }
  return raw
}

/** What Medusa hands a job besides the container: the tick it runs for. */
export type JobContext = { scheduledFor?: Date }

/**
 * One line per run, on whichever worker ran it: with several workers on one Redis each tick
 * must appear once across all their logs (the cluster suite counts them).
 */
export function logJobRun(container: MedusaContainer, name: string, context: JobContext | undefined, summary: string) {
  const tick = context?.scheduledFor instanceof Date ? context.scheduledFor.toISOString() : "unknown"
  container.resolve("logger").info(`warranty job ${name} ran (pid ${process.pid}, tick ${tick}): ${summary}`)
}
