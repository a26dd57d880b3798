import type { WarrantyLocale } from "medusa-plugin-warranty/client"
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react"
import { labels, type Labels } from "../labels"
import { useShop } from "./shop"

type LocaleState = { locale: WarrantyLocale; t: Labels; setLocale: (locale: WarrantyLocale) => void }

const LocaleContext = createContext<LocaleState | null>(null)

/**
 * The visitor's language. The JS SDK sends it as `x-medusa-locale` on every call (the warranty
 * client too), so the API's texts (statuses, covered functions, offers) come in the same language.
 */
export function LocaleProvider({ initial, children }: { initial: WarrantyLocale; children: ReactNode }) {
  const { sdk } = useShop()
  const [locale, setState] = useState<WarrantyLocale>(initial)
  const setLocale = useCallback(
    (next: WarrantyLocale) => {
      sdk.setLocale(next)
      setState(next)
    },
    [sdk]
  )
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const value = useMemo(() => ({ locale, t: labels[locale], setLocale }), [locale, setLocale])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext)
  if (!state) {
    throw new Error("useLocale outside LocaleProvider")
  }
  return state
}
