import { BuildingStorefront, ShieldCheck, ShoppingCart, User } from "@medusajs/icons"
import { clx } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, NavLink } from "react-router-dom"
import { useAuth } from "../lib/auth"
import { useCart } from "../lib/cart"
import { LOCALES, texts, useLocale } from "../lib/i18n"

function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale()
  return (
    <div role="group" aria-label={t.storefront.nav.language} className="shadow-borders-base flex rounded-md p-0.5">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale === l}
          // Each language is named in itself, so a visitor finds theirs whatever the page shows.
          aria-label={texts(l).storefront.nav.languageName}
          onClick={() => setLocale(l)}
          className={clx(
            "txt-compact-small-plus rounded px-2 py-1 uppercase",
            locale === l ? "bg-sf-link text-ui-fg-on-color" : "text-ui-fg-base hover:bg-ui-bg-base-hover"
          )}
        >
          {l}
        </button>
      ))}
    </div>
  )
}

const navClass = ({ isActive }: { isActive: boolean }) =>
  clx(
    "txt-compact-medium-plus flex items-center gap-x-1.5 rounded-md px-2 py-1.5",
    isActive ? "bg-ui-bg-base-pressed text-ui-fg-base" : "text-ui-fg-subtle hover:text-ui-fg-base"
  )

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useLocale()
  const { signedIn } = useAuth()
  const { count } = useCart()
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-ui-bg-base focus:p-2">
        {t.storefront.nav.skip}
      </a>
      <header className="bg-ui-bg-base border-ui-border-base border-b">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link to="/" className="txt-compact-large-plus text-ui-fg-base flex items-center gap-x-2">
            <BuildingStorefront aria-hidden="true" />
            {t.storefront.nav.shopName}
          </Link>
          <nav aria-label={t.storefront.nav.main} className="order-last flex w-full flex-wrap items-center gap-1 md:order-none md:w-auto">
            <NavLink to="/" end className={navClass}>
              {t.storefront.nav.catalogue}
            </NavLink>
            <NavLink to="/warranty-check" className={navClass}>
              <ShieldCheck aria-hidden="true" />
              {t.public_check.nav}
            </NavLink>
            <NavLink to="/cart" className={navClass}>
              <ShoppingCart aria-hidden="true" />
              {t.storefront.nav.cart(count)}
            </NavLink>
            <NavLink to="/account" className={navClass}>
              <User aria-hidden="true" />
              {signedIn ? t.storefront.nav.account : t.storefront.nav.signIn}
            </NavLink>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:py-10">
        {children}
      </main>
      <footer className="border-ui-border-base bg-ui-bg-base border-t">
        <div className="text-ui-fg-subtle txt-small mx-auto max-w-6xl px-4 py-4">{t.storefront.nav.footer}</div>
      </footer>
    </div>
  )
}
