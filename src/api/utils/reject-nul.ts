import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * No body of a plugin route nests deeper than this (the claim form's address is 3 levels); a
 * body of arrays nested thousands deep is refused before any schema or check walks it.
 */
export const MAX_BODY_DEPTH = 16

const bad = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The first problem of a parsed body or query, or null: a text holding a NUL character (which
 * PostgreSQL refuses, a 500) named by its field (`a.b[0]`), or nesting past `maxDepth` named by
 * its top-level field. An iterative walk: no input can exhaust the stack, and every value is
 * visited at most once (the body parser's size limit bounds how many there are).
 */
export function findInputProblem(root: unknown, maxDepth = MAX_BODY_DEPTH): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: "", depth: 0 }]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      if (value.includes("\u0000")) {
        return `${path || "the body"} must not contain a NUL character`
      }
      continue
    }
    if (!value || typeof value !== "object") {
      continue
    }
    if (depth >= maxDepth) {
      const top = /^[^.[]+/.exec(path)?.[0]
      return `${top ?? "the body"} nests deeper than ${maxDepth} levels`
    }
    // Pushed in reverse so that the first field in document order is reported first.
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((child, i) => [`${path}[${i}]`, child])
      : Object.entries(value).map(([key, child]) => [path ? `${path}.${key}` : key, child])
    for (let i = entries.length - 1; i >= 0; i--) {
      stack.push({ value: entries[i][1], path: entries[i][0], depth: depth + 1 })
    }
  }
  return null
}

/** The whole path as sent, without its query (a mounted middleware's `req.path` is cut). */
const rawPath = (req: MedusaRequest) => (req.originalUrl ?? req.url).split("?")[0]

/**
 * Express's router answers a malformed escape (`%zz`) in a route parameter with a 400 that
 * Medusa's error handler turns into a 500.
 */
function pathProblem(req: MedusaRequest): string | null {
  const path = rawPath(req)
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return "the path has a malformed percent-encoding (such as %zz)"
  }
  return decoded.includes("\u0000") ? "the path must not contain a NUL character" : null
}

/**
 * Every plugin route, first: a path Express cannot decode, or a NUL character or absurd nesting
 * in the query, is a 400 (not a 500). Reads no body: a store route's body is checked only after
 * its caller is authenticated (`rejectBadBody`).
 */
export function rejectBadPath(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = pathProblem(req) ?? findInputProblem(req.query)
  next(problem ? bad(problem) : undefined)
}

/**
 * A body's NUL characters and nesting (see `findInputProblem`), only once the caller is
 * authenticated: Medusa authenticates `/admin` (a 401 otherwise) and reads a shopper's token on
 * `/store` before any plugin middleware. An anonymous store call's body is left to the route,
 * whose own `authenticate` answers 401 before reading it (the plugin's public store routes take
 * no body).
 */
export function rejectBadBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const caller = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  if (!caller || req.body === undefined) {
    return next()
  }
  // Every plugin body is an object of fields; a list or a bare value would read "Field '' is required".
  const notObject = typeof req.body !== "object" || req.body === null || Array.isArray(req.body)
  const problem = notObject ? "the body must be a JSON object of fields" : findInputProblem(req.body)
  next(problem ? bad(problem) : undefined)
}

/**
 * The checks above on the paths that match `paths`, mounted on `/store` and `/admin` themselves:
 * such a middleware runs before every route and route middleware, and its mount path captures
 * nothing (Express decodes what a `*` or `:id` matcher captures, so one of those would fail on
 * `%zz` before any check could answer). A `RegExp` matcher would do the same, but Medusa tells
 * one by `instanceof RegExp`, which a test runner's module sandbox can defeat.
 */
export function guardInputs(paths: RegExp) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (!paths.test(rawPath(req))) {
      return next()
    }
    rejectBadPath(req, res, (e?: unknown) => (e ? next(e) : rejectBadBody(req, res, next)))
  }
}

/** Express's own error for a route parameter it cannot decode (a 400 it sets, read by Medusa as a 500). */
const isUndecodablePath = (err: unknown) =>
  !!err && typeof err === "object" && (err as { status?: number }).status === 400 && /^Failed to decode param/.test(String((err as Error).message))

/**
 * Medusa's error handler, except that a path Express cannot decode on one of `paths` is a 400
 * naming the path. Needed beyond `guardInputs`: Medusa's own `/admin*` middleware (secret API key
 * context) captures the path and fails on `%zz` before any plugin middleware runs. An app that
 * sets its own `errorHandler` replaces this one (Medusa keeps one per app).
 */
export function pluginErrorHandler(paths: RegExp) {
  const medusa = errorHandler()
  return (err: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    if (isUndecodablePath(err) && paths.test(rawPath(req))) {
      return medusa(bad("the path has a malformed percent-encoding (such as %zz)"), req, res, next)
    }
    return medusa(err, req, res, next)
  }
}
