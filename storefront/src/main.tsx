import { TooltipProvider } from "@medusajs/ui"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { App } from "./App"
import { AuthProvider } from "./lib/auth"
import { CartProvider } from "./lib/cart"
import { loadConfig } from "./lib/config"
import { isLocale, LocaleProvider, LOCALES, texts } from "./lib/i18n"
import { createShop, ShopProvider } from "./lib/shop"
import "./index.css"

const root = createRoot(document.getElementById("root")!)

async function start() {
  const config = await loadConfig()
  const shop = createShop(config)
  // The visitor's own choice (the JS SDK keeps it) wins over the shop's default language.
  const chosen = shop.sdk.getLocale()
  const locale = isLocale(chosen) ? chosen : config.default_locale
  shop.sdk.setLocale(locale)
  const signedIn = Boolean(await shop.sdk.client.getToken())
  root.render(
    <StrictMode>
      <ShopProvider shop={shop}>
        <LocaleProvider initial={locale}>
          <AuthProvider initial={signedIn}>
            <CartProvider>
              <TooltipProvider>
                <App />
              </TooltipProvider>
            </CartProvider>
          </AuthProvider>
        </LocaleProvider>
      </ShopProvider>
    </StrictMode>
  )
}

start().catch((e: unknown) => {
  // Without its settings the storefront knows neither the shop nor its language: say so in every one.
  const detail = e instanceof Error ? e.message : String(e)
  root.render(
    <main className="mx-auto max-w-xl p-6">
      <h1 className="txt-xlarge-plus mb-2" lang="en">
        {texts("en").storefront.errors.configTitle}
      </h1>
      {LOCALES.map((l) => (
        <p key={l} className="txt-medium mb-2" lang={l}>
          {texts(l).storefront.errors.configText}
        </p>
      ))}
      <p className="txt-small text-ui-fg-subtle">{detail}</p>
    </main>
  )
})
