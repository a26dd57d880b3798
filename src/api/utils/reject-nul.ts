import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The first field (as `a.b[0]`) whose text holds a NUL character, or null. */
function findNul(value: unknown, path: string): string | null {
  if (typeof value === "string") {
    return value.includes("\u0000") ? path : null
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}[${i}]`)
      if (hit) {
        return hit
      }
    }
    return null
  }
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      const hit = findNul(child, path ? `${path}.${key}` : key)
      if (hit) {
        return hit
      }
    }
  }
  return null
}

/** The whole request path, decoded (a mounted middleware's `req.path` is cut at its mount point). */
function decodedPath(req: MedusaRequest): string {
  const path = (req.originalUrl ?? req.url).split("?")[0]
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/**
 * PostgreSQL refuses the NUL character in text, which would surface as a 500; the plugin's
 * routes answer a 400 naming the field (or the path) instead.
 */
export function rejectNulBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const where = decodedPath(req).includes("\u0000") ? "the path" : findNul(req.query, "") ?? findNul(req.body, "")
  if (where) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${where} must not contain a NUL character`))
  }
  next()
}
