import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react"
import { texts, type Catalogue, type Locale } from "./catalogue"
import { useShop } from "./shop"

export { isLocale, LOCALES, texts, type Catalogue, type Locale } from "./catalogue"

/** `t` is the whole catalogue in the visitor's language: read a text by its path (`t.storefront.nav.cart`). */
type LocaleState = { locale: Locale; t: Catalogue; setLocale: (locale: Locale) => void }

const LocaleContext = createContext<LocaleState | null>(null)

/**
 * The visitor's language. The JS SDK sends it as `x-medusa-locale` on every call (the warranty
 * client too), so the API's texts (statuses, covered functions, offers) come in the same language.
 */
export function LocaleProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const { sdk } = useShop()
  const [locale, setState] = useState<Locale>(initial)
  const setLocale = useCallback(
    (next: Locale) => {
      sdk.setLocale(next)
      setState(next)
    },
    [sdk]
  )
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const value = useMemo(() => ({ locale, t: texts(locale), setLocale }), [locale, setLocale])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext)
  if (!state) {
    throw new Error("useLocale outside LocaleProvider")
  }
  return state
}
