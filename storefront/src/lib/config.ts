import { isLocale, type Locale } from "./catalogue"

/** What the server that hosts the storefront tells it (`npm run demo` answers `/config.json`). */
export type StorefrontConfig = {
  backend_url: string
  publishable_key: string
  /** The plugin's `default_locale`: the language before the visitor picks one. */
  default_locale: Locale
}

export async function loadConfig(): Promise<StorefrontConfig> {
  const res = await fetch("/config.json", { headers: { accept: "application/json" } })
  if (!res.ok) {
    throw new Error(`/config.json answered ${res.status}`)
  }
  const body: Partial<Record<keyof StorefrontConfig, unknown>> = await res.json()
  if (typeof body.backend_url !== "string" || typeof body.publishable_key !== "string") {
    throw new Error("/config.json needs backend_url and publishable_key")
  }
  return {
    backend_url: body.backend_url,
    publishable_key: body.publishable_key,
    default_locale: isLocale(body.default_locale) ? body.default_locale : "ro",
  }
}
